package io.github.ladorules.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Opens the dashboard in a real headless Chromium (the Debian chromium and chromium-driver packages, which
 * {@code .ci/run} installs) and checks that every chart renders, that the console has no errors, and that every
 * figure on the page equals the same figure in the JSON. Without a browser the test is skipped, saying why; a
 * skipped run has not tested the dashboard.
 */
class DashboardBrowserTest {
    private static final List<Path> CHROMIUM = List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"));
    private static final List<Path> DRIVER = List.of(Path.of("/usr/bin/chromedriver"),
            Path.of("/usr/lib/chromium/chromedriver"));
    private static ChromeDriver browser;

    @BeforeAll
    static void openBrowser() {
        Path chromium = CHROMIUM.stream().filter(Files::isExecutable).findFirst().orElse(null);
        Path driver = DRIVER.stream().filter(Files::isExecutable).findFirst().orElse(null);
        Assumptions.assumeTrue(chromium != null && driver != null, "no headless browser: install the Debian "
                + "packages chromium and chromium-driver (.ci/run does) to test the dashboard in a real browser");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1400,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyChartRendersWithNoConsoleErrorsAndTheFiguresMatchTheJson(@TempDir Path dir) throws IOException {
        Report report = ReportOutputTest.dorset();
        Path page = dir.resolve("dashboard.html");
        Files.writeString(page, ReportHtml.write(report));
        JsonNode json = Mappers.JSON.readTree(ReportJson.write(report));

        browser.get(page.toUri().toString());

        List<Table> charted = ReportTables.of(report).stream().filter(t -> t.chart() != null && !t.rows().isEmpty())
                .toList();
        List<WebElement> charts = browser.findElements(By.cssSelector("figure.chart svg"));
        assertThat(charts).hasSize(charted.size());
        JavascriptExecutor js = browser;
        for (WebElement svg : charts) {
            assertThat(svg.getSize().getHeight()).isGreaterThan(100);
            assertThat(svg.getSize().getWidth()).isGreaterThan(300);
            Long drawn = (Long) js.executeScript("return arguments[0].querySelectorAll('rect,path').length;", svg);
            assertThat(drawn).as("shapes drawn in " + svg.getAttribute("id")).isGreaterThan(5);
        }

        List<WebElement> figures = browser.findElements(By.cssSelector("td[data-path]"));
        assertThat(figures).hasSizeGreaterThan(100);
        for (WebElement cell : figures) {
            String path = cell.getAttribute("data-path");
            JsonNode value = json.at(path);
            assertThat(value.isMissingNode()).as("the JSON has " + path).isFalse();
            assertThat(cell.getText()).as(path).isEqualTo(value.asText());
        }
        assertThat(browser.findElement(By.cssSelector("td[data-path='/contacts']")).getText()).isEqualTo("492");

        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(errors).as("console errors").isEmpty();
    }

    @Test
    void theConsoleCheckCanFail(@TempDir Path dir) throws IOException {
        // Guards the guard: a page with a script error must show up in the log this test reads.
        Path page = dir.resolve("broken.html");
        Files.writeString(page, "<!DOCTYPE html><html><body><script>notDefined();</script></body></html>");
        browser.get(page.toUri().toString());
        assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
                .anySatisfy(e -> assertThat(e.getLevel()).isEqualTo(Level.SEVERE));
    }
}
