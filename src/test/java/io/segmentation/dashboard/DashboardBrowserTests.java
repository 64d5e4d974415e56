package io.segmentation.dashboard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.segmentation.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard in a real browser (the system's headless Chromium through /usr/bin/chromedriver), end to end on the
 * real Online Retail sample: it loads without console errors, draws every chart, shows the API's figures, filters the
 * customers by a clicked segment, predicts, and uploads with a report. Screenshots go to {@code target/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "test.store=dashboard-browser")
@AutoConfigureRestTestClient
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTests {

    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    RestTestClient http;

    private WebDriver browser;
    private Path profile;

    @BeforeAll
    void startBrowserOnTheSample() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
                "skipped: " + CHROMEDRIVER + " or " + CHROMIUM + " is absent (apt-get install chromium chromium-driver;"
                        + " .ci/run installs them)");
        Path sample = SharedData.file("online_retail_sample_30k.csv");
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("file", new FileSystemResource(sample));
        http.post().uri("/uploads").contentType(MediaType.MULTIPART_FORM_DATA).body(form).exchange()
                .expectStatus().isCreated();

        profile = Files.createTempDirectory("dashboard-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--enable-unsafe-swiftshader", "--window-size=1280,800",
                "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    @Order(1)
    void pageLoadsWithoutConsoleErrorsAndDrawsEveryChart() throws IOException {
        long start = System.nanoTime();
        browser.get(url("/"));
        waitFor(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-loaded")));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("dashboard page complete in %d ms (first load, 1280x800, headless Chromium)%n", millis);
        start = System.nanoTime();
        browser.navigate().refresh();
        waitFor(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-loaded")));
        System.out.printf("dashboard page complete in %d ms (reload)%n", (System.nanoTime() - start) / 1_000_000);

        List<WebElement> charts = browser.findElements(By.cssSelector("[data-chart]"));
        assertThat(charts).hasSizeGreaterThanOrEqualTo(10);
        for (WebElement chart : charts) {
            assertThat(chart.getAttribute("data-rendered")).as(chart.getAttribute("id")).isEqualTo("true");
            assertThat(chart.findElements(By.tagName("canvas"))).as(chart.getAttribute("id")).isNotEmpty();
        }
        assertThat(severe()).as("console errors").isEmpty();
        screenshot("dashboard-1280x800.png");
        ((JavascriptExecutor) browser).executeScript("document.body.style.zoom='1'; window.scrollTo(0, 0)");
        fullPageScreenshot("dashboard-full.png");
    }

    @Test
    @Order(2)
    void headerShowsTheApisFigures() {
        JsonNode summary = api("/dashboard/summary");
        assertThat(figure("customers")).isEqualTo(summary.path("customers").asString());
        assertThat(figure("orders")).isEqualTo(summary.path("orders").asString());
        assertThat(Double.parseDouble(figure("revenue"))).isEqualTo(summary.path("revenue").asDouble());
        assertThat(Double.parseDouble(figure("averageOrderValue"))).isEqualTo(summary.path("averageOrderValue").asDouble());
        assertThat(figure("asOf")).isEqualTo(summary.path("asOf").asString());
        assertThat(figure("run")).isEqualTo(summary.path("runId").asString());
        assertThat(figure("freshness")).isEqualTo(summary.path("lastPurchase").asString());
        assertThat(figure("customers")).isEqualTo(api("/customers?size=1").path("totalElements").asString());
        assertThat(browser.findElement(By.cssSelector("[data-figure=revenue]")).getText())
                .contains(summary.path("currency").asString());
        // the real sample's reference figures (../shared/data/README.md)
        assertThat(summary.path("customers").asLong()).isEqualTo(3546);
        assertThat(summary.path("orders").asLong()).isEqualTo(11206);
    }

    @Test
    @Order(3)
    void clickingASegmentFiltersTheCustomersTable() throws IOException {
        WebElement button = browser.findElement(By.cssSelector("#segment-buttons button[data-segment=at-risk]"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
        WebElement table = browser.findElement(By.id("customer-table"));
        waitFor(d -> "at-risk".equals(table.getAttribute("data-segment")));
        long expected = api("/customers?segment=at-risk&size=1").path("totalElements").asLong();
        waitFor(d -> String.valueOf(expected).equals(table.getAttribute("data-total")));
        List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
        assertThat(rows).hasSize((int) Math.min(20, expected));
        for (WebElement row : rows) {
            String id = row.getAttribute("data-customer");
            assertThat(api("/customers/" + id).path("rfmSegment").asString()).isEqualTo("at-risk");
        }
        screenshot("dashboard-segment-filter.png");
    }

    @Test
    @Order(4)
    void predictionFormAnswers() throws IOException {
        WebElement form = browser.findElement(By.id("predict-form"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", form);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement out = browser.findElement(By.id("prediction"));
        waitFor(d -> out.getAttribute("data-cluster") != null);
        String body = http.post().uri("/predict").contentType(MediaType.APPLICATION_JSON)
                .body("{\"features\": {\"recencyDays\": 12, \"frequency\": 5, \"monetary\": 830.5}}").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        JsonNode prediction = JSON.readTree(body);
        assertThat(out.getAttribute("data-cluster")).isEqualTo(prediction.path("clusterId").asString());
        assertThat(out.getText()).contains(prediction.path("segmentName").asString());
        screenshot("dashboard-prediction.png");
    }

    @Test
    @Order(5)
    void uploadThroughThePageShowsItsReport() throws IOException {
        Path file = Path.of("target", "dashboard-browser-upload.csv").toAbsolutePath();
        Files.createDirectories(file.getParent());
        Files.write(file, RetailFiles.retail(150, 90_000));
        WebElement input = browser.findElement(By.id("upload-file"));
        input.sendKeys(file.toString());
        browser.findElement(By.cssSelector("#upload-form button[type=submit]")).click();
        WebElement report = browser.findElement(By.id("upload-report"));
        waitFor(d -> report.getAttribute("data-upload") != null);
        String id = report.getAttribute("data-upload");
        JsonNode stored = api("/uploads/" + id);
        assertThat(report.getText()).contains("dashboard-browser-upload.csv")
                .contains(String.format("%,d rows read", stored.path("rows").path("read").asLong()))
                .contains(stored.path("run").path("id").asString());
        assertThat(browser.findElement(By.id("upload-progress")).getAttribute("value")).isEqualTo("100");
        waitFor(d -> figure("customers").equals(api("/dashboard/summary").path("customers").asString()));
        assertThat(severe()).as("console errors").isEmpty();
        screenshot("dashboard-upload.png");
    }

    @Test
    @Order(6)
    void readableOnAPhone() throws IOException {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        browser.navigate().refresh();
        waitFor(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-loaded")));
        Number overflow = (Number) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth");
        assertThat(overflow.intValue()).as("horizontal overflow in px").isLessThanOrEqualTo(0);
        screenshot("dashboard-phone.png");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 800));
    }

    private String figure(String name) {
        return browser.findElement(By.cssSelector("[data-figure=" + name + "]")).getAttribute("data-value");
    }

    private List<LogEntry> severe() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()).toList();
    }

    private void waitFor(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(condition::apply);
    }

    private JsonNode api(String path) {
        return JSON.readTree(http.get().uri(path).accept(MediaType.APPLICATION_JSON).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void screenshot(String name) throws IOException {
        Path target = Path.of("target", "screenshots", name);
        Files.createDirectories(target.getParent());
        Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    /** The whole page at 1280 px wide: the window is stretched to the document's height for one shot. */
    private void fullPageScreenshot(String name) throws IOException {
        Number height = (Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, Math.min(6000, height.intValue())));
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        screenshot(name);
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 800));
    }
}
