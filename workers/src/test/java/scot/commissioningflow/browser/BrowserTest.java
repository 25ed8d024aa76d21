package scot.commissioningflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;
import scot.commissioningflow.journey.JourneyTest;

/**
 * Journeys in a real browser: Debian's headless Chromium, driven through chromedriver by Selenium, against the
 * application the journey tests share (same context, its random web port). Each test gets a fresh browser profile.
 * Every page a journey visits is checked with axe-core (no serious or critical violation of WCAG 2.2 A/AA rules)
 * and saved as a screenshot under {@code target/browser/}.
 */
public abstract class BrowserTest extends JourneyTest {

    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Paths.get("target", "browser");
    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");
    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    @Value("${local.server.port}")
    private int port;

    protected ChromeDriver browser;
    private Path profile;

    @BeforeEach
    void openBrowser() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The browser tests drive Debian's Chromium through chromedriver, and "
                    + CHROMIUM + " or " + CHROMEDRIVER + " is missing: install them with "
                    + "`apt-get install -y chromium chromium-driver` and run the tests again.");
        }
        profile = Files.createTempDirectory("cf-browser-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // Without the background-networking flags Chromium keeps trying hosts this machine cannot reach.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** Opens a page of the application. */
    protected void visit(String path) {
        browser.get("http://localhost:" + port + path);
    }

    /** Signs in at the sign-in page as a person would, and lands on the home page. */
    protected void signIn(String username, String password) {
        visit("/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /**
     * Sends the form whose button says this, and waits for the page that answers: the next step looks at that page,
     * not at the one it was sent from, however long the answer takes on a busy machine.
     */
    protected void send(String button) {
        send(browser.findElement(By.xpath("//button[normalize-space()='" + button + "']")));
    }

    /** The same, for a button found otherwise (one of several that say the same). */
    protected void send(WebElement button) {
        button.click();
        waitFor(driver -> isGone(button));
    }

    /**
     * Whether the element's page has been left. Chrome says so as a stale element, or, caught while it swaps the
     * documents, as an element that "does not belong to the document"; anything else is a real fault.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException gone) {
            return true;
        } catch (WebDriverException fault) {
            if (String.valueOf(fault.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw fault;
        }
    }

    /** Waits up to 30 seconds for the browser to show what the condition looks for, and returns it. */
    protected <V> V waitFor(Function<? super WebDriver, V> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(condition);
    }

    /** A file of this size for an upload, all zeros, without writing them: the file system leaves it sparse. */
    protected static Path largerThan(DataSize size, String name) throws IOException {
        Path file = Files.createTempDirectory("cf-upload").resolve(name);
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(size.toBytes());
        }
        return file;
    }

    protected WebElement heading() {
        return browser.findElement(By.tagName("h1"));
    }

    /**
     * Checks the page in view with axe-core and saves a screenshot of it as {@code target/browser/<name>.png}; fails
     * naming each serious or critical violation and where it is.
     */
    protected void checkPage(String name) {
        screenshot(name);
        Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(browser);
        List<String> blocking = results.getViolations().stream()
                .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
                .map(BrowserTest::describe).toList();
        assertThat(blocking).as("serious or critical accessibility problems on " + browser.getCurrentUrl()).isEmpty();
    }

    /** Saves the page as it looks now, the whole page's height, as {@code target/browser/<name>.png}. */
    protected Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Dimension window = browser.manage().window().getSize();
            long height = ((Number) browser.executeScript("return document.documentElement.scrollHeight")).longValue();
            browser.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(height + 140, 4000)));
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
            browser.manage().window().setSize(window);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What the page in view cost to load, as the browser's resource timing tells it: bytes over the network (after
     * compression, zero for what came from the cache) and the size of everything it used.
     */
    protected PageWeight pageWeight() {
        @SuppressWarnings("unchecked")
        List<Number> sums = (List<Number>) browser.executeScript("""
                const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
                return [entries.reduce((sum, e) => sum + e.transferSize, 0),
                        entries.reduce((sum, e) => sum + e.encodedBodySize, 0),
                        entries.length];""");
        return new PageWeight(sums.get(0).longValue(), sums.get(1).longValue(), sums.get(2).intValue());
    }

    /** @param transferred bytes over the network; {@code encoded} bytes of every body used; {@code requests} */
    protected record PageWeight(long transferred, long encoded, int requests) {
    }

    private static String describe(Rule rule) {
        return rule.getImpact() + ": " + rule.getId() + " (" + rule.getHelp() + ") at " + rule.getNodes().stream()
                .map(node -> String.valueOf(node.getTarget())).toList();
    }
}
