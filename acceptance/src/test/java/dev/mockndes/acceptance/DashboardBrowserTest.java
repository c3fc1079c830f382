package dev.mockndes.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockndes.MockNdes;
import dev.mockndes.config.ServerConfig;
import dev.mockndes.junit.MockNdesExtension;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real headless browser ({@link HeadlessChromium}).
 * One browser and one server for the class; the tests run in order, as a person would demo.
 *
 * <p>{@code -Ddashboard.screenshot=true} rewrites {@code docs/dashboard.png}, the picture docs/admin-api.md shows.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTest {
    private static final Path SCREENSHOT = Path.of("..", "docs", "dashboard.png");
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path profile;
    @RegisterExtension
    static MockNdesExtension ndes = MockNdesExtension.builder().build();
    private static ChromeDriver browser;
    private static WebDriverWait await;

    @BeforeAll
    static void openBrowser() throws Exception {
        browser = HeadlessChromium.open(profile, 1400, 1350);
        await = new WebDriverWait(browser, PATIENCE);
        browser.get(ndes.adminUrl() + "/");
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @Order(1)
    void showsTheScenarioInForceAndTheCaThumbprints() {
        await.until(ExpectedConditions.textToBe(By.id("scenario-name"), "healthy"));
        assertThat(text("scenario-title")).isEqualTo(ndes.scenario().title());
        await.until(ExpectedConditions.textToBe(By.id("ca-sha256"), ndes.server().caThumbprints().sha256()));
        assertThat(text("ca-sha1")).isEqualTo(ndes.server().caThumbprints().sha1());
        assertThat(text("ca-md5")).isEqualTo(ndes.server().caThumbprints().md5());
        assertThat(browser.findElements(By.cssSelector("#scenario-list button"))).hasSizeGreaterThanOrEqualTo(18);
    }

    @Test
    @Order(2)
    void offersTheAppleProfileAsAQrCodeOfItsUrl() {
        await.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#apple-qr svg path")));
        assertThat(text("apple-url")).isEqualTo(ndes.adminUrl() + "/devices/apple.mobileconfig");
        browser.findElement(By.id("apple-challenge")).sendKeys("s3cret");
        browser.findElement(By.id("apple-download")).click();
        await.until(ExpectedConditions.textToBe(By.id("apple-url"), ndes.adminUrl() + "/devices/apple.mobileconfig?challenge=s3cret"));
        await.until(ExpectedConditions.presenceOfElementLocated(By.id("apple-profile-link")));
        assertThat(browser.findElement(By.id("apple-profile-link")).getAttribute("download")).isEqualTo("mock-ndes.mobileconfig");
    }

    @Test
    @Order(2)
    void switchingToAStoppedAppPoolByClickingMakesTheDeviceSee503() throws Exception {
        browser.findElement(By.cssSelector("#scenario-list button[data-name='app-pool-stopped']")).click();

        await.until(ExpectedConditions.textToBe(By.id("scenario-name"), "app-pool-stopped"));
        assertThat(text("scenario-symptom")).contains("HTTP Error 503");
        assertThat(text("scenario-resolution")).contains("Start the SCEP pool");
        assertThat(text("scenario-expect")).contains("android: http-status 503");
        assertThat(browser.findElement(By.cssSelector("#scenario-list button.active")).getText()).isEqualTo("app-pool-stopped");
        assertThat(new ObjectMapper().readTree(admin("GET", "/scenario").body()).get("name").asText()).isEqualTo("app-pool-stopped");

        runDevice();
        await.until(ExpectedConditions.textToBe(By.id("device-outcome"), "http-status 503"));
        assertThat(text("device-log")).contains("Sending GetCACaps(ca)", "503");
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.id("log-httperr"), "AppOffline"));
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.id("log-events"), "w3wp.exe"));
    }

    @Test
    @Order(3)
    void backToHealthyTheDeviceEnrolsAndItsRequestsAppearInTheIisTail() throws Exception {
        browser.findElement(By.cssSelector("#scenario-list button[data-name='healthy']")).click();
        await.until(ExpectedConditions.textToBe(By.id("scenario-name"), "healthy"));
        assertThat(text("log-iis")).as("no SCEP request reached IIS yet").doesNotContain("PKIOperation");

        runDevice();
        await.until(ExpectedConditions.textToBe(By.id("device-outcome"), "success"));

        ndes.server().logs().awaitWritten();
        List<String> iis = ndes.iisLog();
        String pkiOperation = iis.stream().filter(line -> line.contains("PKIOperation")).reduce((a, b) -> b).orElseThrow();
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.id("log-iis"), pkiOperation));
        assertThat(text("device-log")).contains("Received '200 OK' when sending PKIOperation", "Certificate enrollment succeeded");
    }

    @Test
    @Order(4)
    void revokingTheIssuedCertificateFromThePageMarksItRevoked() throws Exception {
        BigInteger serial = ndes.server().certificates().recent(1).get(0).getSerialNumber();
        By row = By.cssSelector("#certificates-rows tr[data-serial='" + serial.toString(16) + "']");
        await.until(ExpectedConditions.presenceOfElementLocated(row));
        assertThat(browser.findElement(row).findElement(By.cssSelector("td.status")).getText()).isEqualTo("valid");

        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("revoke-reason"))).selectByValue("4");
        await.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(driver -> {
                    driver.findElement(row).findElement(By.cssSelector("button.revoke")).click();
                    return true;
                });

        await.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(driver ->
                driver.findElement(row).findElement(By.cssSelector("td.status")).getText().startsWith("revoked"));
        assertThat(browser.findElement(row).findElement(By.cssSelector("td.status")).getText()).contains("(reason 4)");
        assertThat(browser.findElement(row).findElements(By.cssSelector("button.revoke"))).isEmpty();
        assertThat(ndes.server().certificates().revocation(serial)).hasValueSatisfying(r -> assertThat(r.reason()).isEqualTo(4));
    }

    @Test
    @Order(5)
    void thePendingSectionSaysWhetherTheServerHasAPendingQueue() throws Exception {
        boolean available = admin("GET", "/pending").statusCode() == 200;
        By shown = available ? By.id("pending-table") : By.id("pending-unavailable");
        await.until(ExpectedConditions.visibilityOfElementLocated(shown));
        if (!available) {
            assertThat(text("pending-unavailable")).startsWith("Not available");
        }
        if (Boolean.getBoolean("dashboard.screenshot")) {
            Path png = browser.getScreenshotAs(OutputType.FILE).toPath();
            Files.createDirectories(SCREENSHOT.getParent());
            Files.copy(png, SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    @Order(6)
    void withAnAdminTokenThePageLoadsAndAsksForTheTokenBeforeShowingData() throws Exception {
        try (MockNdes guarded = MockNdes.start(ServerConfig.defaults().withAdminToken("dash-token"))) {
            browser.get(guarded.adminUrl() + "/");
            await.until(ExpectedConditions.visibilityOfElementLocated(By.id("token-needed")));
            assertThat(text("scenario-name")).isEqualTo("…");

            WebElement field = browser.findElement(By.id("token"));
            field.sendKeys("dash-token");
            browser.findElement(By.cssSelector("#token-form button[type='submit']")).click();

            await.until(ExpectedConditions.textToBe(By.id("scenario-name"), "healthy"));
            await.until(ExpectedConditions.invisibilityOfElementLocated(By.id("token-needed")));
            await.until(ExpectedConditions.textToBe(By.id("ca-sha256"), guarded.caThumbprints().sha256()));
            assertThat(browser.getCurrentUrl()).doesNotContain("dash-token");
        }
    }

    private static void runDevice() {
        WebElement run = browser.findElement(By.id("device-run"));
        await.until(ExpectedConditions.elementToBeClickable(run));
        run.click();
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private static HttpResponse<String> admin(String method, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(ndes.adminUrl() + path)).method(method, HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
