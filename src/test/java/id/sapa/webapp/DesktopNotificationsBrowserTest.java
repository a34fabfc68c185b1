package id.sapa.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

import id.sapa.support.Sandbox;
import id.sapa.support.TestAccounts.SignedIn;

/**
 * Desktop notifications for a new chat while Sapa is behind another window. The browser's
 * Notification API is replaced by a recorder (the operating system's notifications are not ours to
 * read), and the page is told it does not have the focus.
 */
class DesktopNotificationsBrowserTest extends BrowserTestSupport {

    private static final String RECORDER = """
            window.__notifications = [];
            class RecordedNotification {
              static permission = 'default';
              static async requestPermission() { RecordedNotification.permission = 'granted'; return 'granted'; }
              constructor(title, options) { window.__notifications.push({ title, body: options?.body, tag: options?.tag }); }
              close() {}
            }
            window.Notification = RecordedNotification;
            document.hasFocus = () => false;
            """;

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> shown(Page page) {
        return (List<Map<String, Object>>) page.evaluate("() => window.__notifications");
    }

    @Test
    void aNewChatIsShownOnTheDesktopOnceTurnedOnAndNotAfterItIsTurnedOff() {
        SignedIn owner = accounts.registerBusiness("Toko Desktop");
        Sandbox sandbox = new Sandbox(api, owner.token());
        sandbox.connect();
        context.addInitScript(RECORDER);
        Page page = signIn(context, owner);

        page.locator("#desktop-notifications").click();
        assertThat(page.locator("#desktop-notifications")).hasText("Matikan notifikasi desktop");
        awaitSocketOf(owner);
        sandbox.customerSays("081234509001", "Rudi", "Kak, sepatu ukuran 42 ada?");

        await().atMost(Duration.ofSeconds(10)).until(() -> !shown(page).isEmpty());
        Map<String, Object> first = shown(page).get(0);
        assertThat(first.get("title")).isEqualTo("Percakapan baru dari Rudi");
        assertThat(first.get("body")).isEqualTo("Kak, sepatu ukuran 42 ada?");
        assertThat((String) first.get("tag")).startsWith("#/inbox/");

        page.locator("#desktop-notifications").click();
        assertThat(page.locator("#desktop-notifications")).hasText("Nyalakan notifikasi desktop");
        sandbox.customerSays("081234509002", "Sinta", "Halo");
        assertThat(page.locator(".conversations li").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Sinta"))).hasCount(1);
        assertThat(shown(page)).hasSize(1);
    }
}
