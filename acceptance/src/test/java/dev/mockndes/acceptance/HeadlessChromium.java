package dev.mockndes.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium, headless, driven through its chromedriver (both installed by {@code .ci/run};
 * Selenium is given their paths so it never looks for downloads): the browser of the dashboard tests.
 */
final class HeadlessChromium {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Selenium warns that it has no DevTools bindings for this chromium; the tests do not use DevTools. */
    private static final java.util.logging.Logger DEVTOOLS = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

    private HeadlessChromium() {
    }

    /** A browser whose profile lives in {@code profileDir}, with a window of the given size. */
    static ChromeDriver open(Path profileDir, int width, int height) {
        assertThat(CHROMIUM).as("Debian's chromium (apt-get install chromium chromium-driver, see .ci/run)").isExecutable();
        assertThat(CHROMEDRIVER).as("Debian's chromedriver (apt-get install chromium-driver, see .ci/run)").isExecutable();
        DEVTOOLS.setLevel(java.util.logging.Level.SEVERE);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                        "--user-data-dir=" + profileDir.resolve("chromium"), "--window-size=" + width + "," + height);
        return new ChromeDriver(service, options);
    }
}
