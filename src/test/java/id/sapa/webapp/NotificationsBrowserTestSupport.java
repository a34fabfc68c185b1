package id.sapa.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import id.sapa.support.Api;
import id.sapa.support.TestAccounts.SignedIn;
import tools.jackson.databind.JsonNode;

/** What the Notifikasi screen's browser tests share: opening the screen, a key made on it, notices sent. */
abstract class NotificationsBrowserTestSupport extends BrowserTestSupport {

    protected Page openNotifications(SignedIn user) {
        Page page = signIn(context, user);
        page.locator(".nav a[href='#/notifications']").click();
        assertThat(page.locator("h1")).hasText("Notifikasi");
        return page;
    }

    /** Creates a key on the API keys tab; answers the key the dialog showed, once. */
    protected static String createKeyOnScreen(Page page, String name) {
        page.locator("#notice-tab-api-keys").click();
        page.locator("#api-key-name").fill(name);
        assertThat(page.locator("#scope-notifications-send")).isChecked();
        assertThat(page.locator("#scope-notifications-read")).isChecked();
        page.locator("#create-api-key").click();
        Locator dialog = page.locator("#api-key-dialog");
        assertThat(dialog).isVisible();
        assertThat(dialog).containsText("Sapa tidak akan menampilkannya lagi");
        assertThat(page.locator("#new-api-key")).hasValue(Pattern.compile("^sapa_\\w+_\\w+$"));
        String key = page.locator("#new-api-key").inputValue();
        page.locator("#close-api-key").click();
        assertThat(dialog).hasCount(0);
        return key;
    }

    protected JsonNode send(String key, String phone, String message, String customerId) {
        Api.Reply reply = api.post("/api/whatsapp/send", Map.of("phone", phone, "message", message, "customerId", customerId))
                .token(key).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("data");
    }

    protected String sendBulk(String key, int delayMs, String... phones) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String phone : phones) {
            rows.add(Map.of("phone", phone, "message", "Tagihan bulan ini sudah terbit"));
        }
        Api.Reply reply = api.post("/api/whatsapp/send-bulk", Map.of("recipients", rows, "delayMs", delayMs)).token(key).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(202);
        return reply.json().get("data").get("batchId").asString();
    }

    protected static Locator row(Page page, String noticeId) {
        return page.locator(".notice-row[data-id='" + noticeId + "']");
    }

    protected static Locator tile(Page page, String stat) {
        return page.locator(".tile[data-stat=" + stat + "] dd");
    }
}
