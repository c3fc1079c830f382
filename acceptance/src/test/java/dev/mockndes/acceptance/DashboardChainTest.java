package dev.mockndes.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockndes.junit.MockNdesExtension;
import dev.mockndes.scenario.Hop;
import dev.mockndes.scenario.Scenario;
import dev.mockndes.scenario.ScenarioLibrary;
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
 * The dashboard's picture of where it breaks, in a real headless chromium: the chain device → proxy →
 * IIS → mscep.dll → policy module → CA, the hop the scenario in force names in {@code breaks:} marked
 * with its log line, and the hop where a device run from the page stopped lit.
 *
 * <p>{@code -Ddashboard.screenshot=true} rewrites {@code docs/where-it-breaks.png}, the picture the
 * README and docs/scenarios.md show.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardChainTest {
    private static final Path SCREENSHOT = Path.of("..", "docs", "where-it-breaks.png");
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final By MARKED = By.cssSelector("#chain-grid .hop.breaks");
    private static final By LIT = By.cssSelector("#chain-grid .hop.lit");

    @TempDir
    static Path profile;
    @RegisterExtension
    static MockNdesExtension ndes = MockNdesExtension.builder().build();
    private static ChromeDriver browser;
    private static WebDriverWait await;

    @BeforeAll
    static void openBrowser() {
        browser = HeadlessChromium.open(profile, 1400, 1100);
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
    void theDiagramShowsTheSixHopsInOrderAndUnderHealthyNoneIsMarked() {
        await.until(ExpectedConditions.textToBe(By.id("scenario-name"), "healthy"));
        List<String> hops = browser.findElements(By.cssSelector("#chain-grid .hop")).stream().map(hop -> hop.getAttribute("data-hop")).toList();
        assertThat(hops).isEqualTo(Hop.words());
        assertThat(browser.findElements(By.cssSelector("#chain-grid .hop .hop-name")).stream().map(WebElement::getText).toList())
                .containsExactly("Device", "Proxy / network", "IIS / HTTP.sys", "mscep.dll", "Policy module / connector", "CA");
        assertThat(browser.findElements(MARKED)).isEmpty();
        assertThat(browser.findElement(By.id("breaks-callout")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("breaks-none")).isDisplayed()).isTrue();
    }

    /** Every library scenario, switched by clicking: the marked hop and the log line are the scenario's own. */
    @Test
    @Order(2)
    void switchingScenariosMarksTheHopEachSaysItBreaksAtWithItsLogLine() throws Exception {
        List<Scenario> library = ScenarioLibrary.builtIn().list();
        assertThat(library).filteredOn(scenario -> scenario.breaks() != null).hasSizeGreaterThanOrEqualTo(15);
        for (Scenario scenario : library) {
            browser.findElement(By.cssSelector("#scenario-list button[data-name='" + scenario.name() + "']")).click();
            await.until(ExpectedConditions.textToBe(By.id("scenario-name"), scenario.name()));
            JsonNode shown = JSON.readTree(admin("GET", "/scenario"));
            assertThat(shown.path("name").asText()).isEqualTo(scenario.name());
            if (scenario.breaks() == null) {
                assertThat(shown.has("breaks")).as(scenario.name()).isFalse();
                await.until(ExpectedConditions.numberOfElementsToBe(MARKED, 0));
                assertThat(browser.findElement(By.id("breaks-none")).isDisplayed()).as(scenario.name()).isTrue();
                continue;
            }
            assertThat(shown.at("/breaks/hop").asText()).isEqualTo(scenario.breaks().hop());
            await.until(ExpectedConditions.numberOfElementsToBe(MARKED, 1));
            assertThat(browser.findElement(MARKED).getAttribute("data-hop")).as(scenario.name()).isEqualTo(scenario.breaks().hop());
            assertThat(browser.findElement(MARKED).getText()).contains("breaks here");
            assertThat(text("breaks-log")).as(scenario.name()).isEqualTo(scenario.breaks().log());
            assertThat(browser.findElement(By.id("breaks-callout")).isDisplayed()).isTrue();
            assertThat(browser.findElement(By.id("breaks-none")).isDisplayed()).isFalse();
        }
    }

    @Test
    @Order(3)
    void aDeviceRunThatFailsLightsTheHopWhereItStopped() throws Exception {
        switchTo("challenge-rejected");
        runDevice();
        await.until(ExpectedConditions.textToBe(By.id("device-outcome"), "scep-failure badRequest"));
        await.until(ExpectedConditions.numberOfElementsToBe(LIT, 1));
        assertThat(browser.findElement(LIT).getAttribute("data-hop")).isEqualTo("policy-module");
        assertThat(browser.findElement(LIT).getText()).contains("device stopped here");
        assertThat(text("chain-run-text")).isEqualTo("android: scep-failure badRequest, stopped at Policy module / connector");

        switchTo("app-pool-stopped");
        await.until(ExpectedConditions.numberOfElementsToBe(LIT, 0));
        assertThat(browser.findElement(By.id("chain-run")).isDisplayed()).as("the last run met another scenario").isFalse();
        runDevice();
        await.until(ExpectedConditions.textToBe(By.id("device-outcome"), "http-status 503"));
        await.until(ExpectedConditions.numberOfElementsToBe(LIT, 1));
        assertThat(browser.findElement(LIT).getAttribute("data-hop")).isEqualTo("iis").isEqualTo(browser.findElement(MARKED).getAttribute("data-hop"));
        assertThat(text("breaks-log")).contains("503 1 AppOffline SCEP");
        if (Boolean.getBoolean("dashboard.screenshot")) {
            Path png = browser.findElement(By.id("chain")).getScreenshotAs(OutputType.FILE).toPath();
            Files.createDirectories(SCREENSHOT.getParent());
            Files.copy(png, SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    @Order(4)
    void aDeviceThatEnrolsLightsNoHop() {
        switchTo("healthy");
        runDevice();
        await.until(ExpectedConditions.textToBe(By.id("device-outcome"), "success"));
        await.until(ExpectedConditions.textToBe(By.id("chain-run-text"), "android: success, no hop failed"));
        assertThat(browser.findElements(LIT)).isEmpty();
        assertThat(browser.findElements(MARKED)).isEmpty();
    }

    /** A switch made elsewhere (the CLI, a test suite) reaches the picture through the page's polling. */
    @Test
    @Order(5)
    void aSwitchThroughTheAdminApiMovesTheMarkWithoutAClick() throws Exception {
        HttpResponse<String> switched = HTTP.send(HttpRequest.newBuilder(URI.create(ndes.adminUrl() + "/scenario"))
                .header("Content-Type", "application/yaml")
                .PUT(HttpRequest.BodyPublishers.ofString("name: ca-down\ntitle: The CA does not answer\nextends: challenge-rejected\n"
                        + "breaks: {hop: ca, log: \"Application log, Event 31: cannot submit the request (0x800706ba)\"}\n"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(switched.statusCode()).as(switched.body()).isEqualTo(200);

        await.until(ExpectedConditions.textToBe(By.id("scenario-name"), "ca-down"));
        await.until(ExpectedConditions.attributeToBe(MARKED, "data-hop", "ca"));
        await.until(ExpectedConditions.textToBe(By.id("breaks-log"), "Application log, Event 31: cannot submit the request (0x800706ba)"));
        assertThat(browser.findElements(MARKED)).hasSize(1);
    }

    private static void switchTo(String name) {
        browser.findElement(By.cssSelector("#scenario-list button[data-name='" + name + "']")).click();
        await.until(ExpectedConditions.textToBe(By.id("scenario-name"), name));
    }

    private static void runDevice() {
        WebElement run = browser.findElement(By.id("device-run"));
        await.until(ExpectedConditions.elementToBeClickable(run));
        run.click();
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private static String admin(String method, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(ndes.adminUrl() + path)).method(method, HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
