package id.sapa.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Value;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import id.sapa.support.Chromium;
import id.sapa.support.TestAccounts;
import id.sapa.support.TestAccounts.SignedIn;
import id.sapa.support.WebTestSupport;

/**
 * The web app in a real Chromium against the whole server: one browser per test class, a fresh
 * profile per test; skipped, saying why, without Chromium.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestSupport extends WebTestSupport {

    static final Browser.NewContextOptions DESKTOP = new Browser.NewContextOptions().setViewportSize(1280, 800)
            .setLocale("id-ID").setTimezoneId("Asia/Jakarta");

    static final Browser.NewContextOptions PHONE = new Browser.NewContextOptions().setViewportSize(360, 740)
            .setLocale("id-ID").setIsMobile(true).setHasTouch(true);

    @Value("${local.server.port}")
    int port;

    Chromium chromium;
    BrowserContext context;

    @BeforeAll
    void startBrowser() {
        if (Chromium.installed()) {
            chromium = Chromium.launch();
            PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
        }
    }

    @AfterAll
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void newContext() {
        Chromium.assumeInstalled();
        context = chromium.open(DESKTOP);
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    String url(String route) {
        return "http://localhost:" + port + "/#/" + route;
    }

    /** Signs in through the sign-in page (in Bahasa Indonesia) and waits for the inbox. */
    Page signIn(BrowserContext browser, SignedIn user) {
        return signIn(browser, port, user);
    }

    static Page signIn(BrowserContext browser, int port, SignedIn user) {
        Page page = browser.newPage();
        page.navigate("http://localhost:" + port + "/#/login");
        page.getByLabel("E-mail").fill(user.email());
        page.getByLabel("Kata sandi").fill(TestAccounts.PASSWORD);
        page.locator("button[type=submit]").click();
        assertThat(page.locator(".conversations")).isAttached();
        return page;
    }

    /**
     * Waits until the user's page has its socket: it put them online. An event pushed before that
     * does not reach the page, by design (it reloads what it shows when it connects).
     */
    void awaitSocketOf(SignedIn user) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> "online".equals(api.get("/api/cs-operators/" + user.userId())
                .token(user.token()).send().json().get("status").asString()));
    }

    /** Nothing is wider than a 360 px phone screen. */
    static int pageWidth(Page page) {
        return ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
    }
}
