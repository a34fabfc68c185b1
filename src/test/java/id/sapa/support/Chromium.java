package id.sapa.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * The machine's Chromium driven by Playwright, one per test class. Playwright never downloads a
 * browser of its own here: the tests use Debian's {@code chromium} and are skipped, saying why, on
 * a machine without it ({@code .ci/run} installs it): call {@link #assumeInstalled()} before each test.
 */
public final class Chromium implements AutoCloseable {

    public static final Path EXECUTABLE = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final AtomicBoolean told = new AtomicBoolean();

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static boolean installed() {
        return Files.isExecutable(EXECUTABLE);
    }

    /**
     * Skips the calling test, saying why, on a developer's machine without Chromium. Under CI
     * ({@code CI=true}, which {@code .ci/run} installs Chromium for) a missing browser fails the
     * test instead: a CI run must never pass by skipping the browser tests.
     */
    public static void assumeInstalled() {
        if (!installed()) {
            String reason = "Browser test skipped: no Chromium at " + EXECUTABLE
                    + " (install it with: apt-get install -y chromium, or set CHROMIUM_PATH)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError("No Chromium at " + EXECUTABLE + " under CI: .ci/run installs it; the browser"
                        + " tests must run, not be skipped");
            }
            if (!told.getAndSet(true)) {
                System.out.println(reason);
            }
            assumeTrue(false, reason);
        }
    }

    /** Starts the machine's Chromium (see {@link #installed()}). */
    public static Chromium launch() {
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(EXECUTABLE)
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-background-networking", "--disable-dev-shm-usage")));
            return new Chromium(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** A fresh browser profile; what its pages log to the console goes to the test output. */
    public BrowserContext open(Browser.NewContextOptions options) {
        BrowserContext context = browser.newContext(options);
        context.onPage(page -> {
            page.onConsoleMessage(message -> System.out.println("[browser " + message.type() + "] " + message.text()));
            page.onPageError(error -> System.out.println("[browser error] " + error));
        });
        return context;
    }

    /** Saves a full-page screenshot as target/screenshots/NAME.png. */
    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(false));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
