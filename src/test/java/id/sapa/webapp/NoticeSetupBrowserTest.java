package id.sapa.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import id.sapa.support.Chromium;
import id.sapa.support.Sandbox;
import id.sapa.support.TestAccounts.SignedIn;
import tools.jackson.databind.JsonNode;

/**
 * Setting notices up on the Notifikasi screen, in a real Chromium against the whole server: the texts
 * and their preview, the API keys, and the quiet hours that hold a notice back.
 */
class NoticeSetupBrowserTest extends NotificationsBrowserTestSupport {

    @Test
    void aTextWithAnUnknownVariableIsRefusedOnItsFieldAndAValidOneIsPreviewedAndSaved() {
        SignedIn owner = accounts.registerBusiness("Toko Teks");
        Page page = openNotifications(owner);
        page.locator("#notice-tab-templates").click();
        Locator payment = page.locator(".notice-template[data-type=payment_notification]");
        assertThat(payment).containsText("Teks bawaan");
        payment.locator(".template-edit").click();

        Locator text = page.locator("#tpl-payment_notification-text");
        assertThat(text).isFocused();
        text.fill("Halo {{name}}, tagihan {{nomorTagihan}} lunas.");
        page.locator("#tpl-payment_notification-save").click();
        Locator error = payment.locator(".field[data-field=text] .field-error");
        assertThat(error).isVisible();
        assertThat(error).containsText("nomorTagihan");
        assertThat(text).hasAttribute("aria-invalid", "true");

        // Variables go in with their buttons, at the cursor.
        text.fill("Halo {{name}}, pembayaran ");
        payment.locator(".variable", new Locator.LocatorOptions().setHasText("{{invoiceId}}")).click();
        text.press("End");
        text.pressSequentially(" sebesar {{amount}} sudah diterima. — {{shopName}}");
        page.locator("#tpl-payment_notification-preview").click();
        assertThat(payment.locator(".template-preview"))
                .hasText("Halo Budi Santoso, pembayaran INV-2026-12-001 sebesar Rp 150.000 sudah diterima. — Toko Teks");
        assertThat(error).isHidden();
        assertThat(text).not().hasAttribute("aria-invalid", "true");

        // The WhatsApp template's parameters are the type's variables too.
        page.locator("#tpl-payment_notification-wa-name").fill("pembayaran_diterima");
        page.locator("#tpl-payment_notification-wa-language").fill("id");
        page.locator("#tpl-payment_notification-wa-parameters").fill("name, jumlah");
        page.locator("#tpl-payment_notification-save").click();
        assertThat(payment.locator(".field[data-field='whatsApp.parameters'] .field-error")).containsText("jumlah");
        page.locator("#tpl-payment_notification-title").evaluate("title => title.scrollIntoView()");
        // The screen scrolls, not the page under the top bar.
        assertThat((Boolean) page.evaluate("() => document.documentElement.scrollHeight <= innerHeight")).isTrue();
        Chromium.screenshot(page, "notifications-templates");
        page.locator("#tpl-payment_notification-wa-parameters").fill("name, amount, invoiceId");
        page.locator("#tpl-payment_notification-save").click();

        assertThat(payment).containsText("Teks sendiri");
        assertThat(payment.locator(".notice-text")).hasText("Halo {{name}}, pembayaran {{invoiceId}} sebesar {{amount}} sudah diterima. — {{shopName}}");
        assertThat(payment).containsText("Template WhatsApp: pembayaran_diterima (id) · isian: name, amount, invoiceId");
        assertThat(page.locator(".templates-panel [role=status]")).hasText("Teks Pembayaran diterima tersimpan");
        JsonNode saved = null;
        for (JsonNode template : api.get("/api/notifications/templates").token(owner.token()).send().json()) {
            if (template.get("type").asString().equals("payment_notification")) {
                saved = template;
            }
        }
        assertThat(saved.get("custom").asBoolean()).isTrue();
        assertThat(saved.get("whatsApp").get("parameters").toString()).isEqualTo("[\"name\",\"amount\",\"invoiceId\"]");

        // Back to the default, after a confirmation.
        payment.locator(".template-edit").click();
        page.onceDialog(dialog -> dialog.accept());
        page.locator("#tpl-payment_notification-reset").click();
        assertThat(payment).containsText("Teks bawaan");
        assertThat(payment).containsText("Tanpa template WhatsApp");
    }

    @Test
    void aKeyIsShownOnceListedByItsPrefixAndRevokedKeysAreRefused() {
        SignedIn owner = accounts.registerBusiness("Toko Kunci");
        Page page = openNotifications(owner);
        String key = createKeyOnScreen(page, "Kasir toko");

        Locator listed = page.locator(".api-key").filter(new Locator.FilterOptions().setHasText("Kasir toko"));
        String prefix = listed.getAttribute("data-prefix");
        assertThat(key).startsWith(prefix + "_");
        assertThat(listed.locator(".key-prefix")).hasText(prefix + "…");
        assertThat(listed).containsText("Kirim notifikasi");
        assertThat(listed).containsText("Baca riwayat dan angka notifikasi");
        assertThat(listed).containsText("belum pernah dipakai");
        // The key itself is nowhere on the page any more.
        assertThat(page.content()).doesNotContain(key);
        assertThat(api.get("/api/whatsapp/history").token(key).send().status()).isEqualTo(200);

        page.onceDialog(dialog -> {
            assertThat(dialog.message()).contains("Kasir toko");
            dialog.accept();
        });
        listed.locator(".api-key-revoke").click();
        assertThat(listed.locator(".tag.blocked")).hasText("Dicabut");
        assertThat(listed.locator(".api-key-revoke")).hasCount(0);
        assertThat(api.get("/api/whatsapp/history").token(key).send().status()).isEqualTo(401);
        assertThat(api.post("/api/whatsapp/send", Map.of("phone", "081234500009", "message", "halo")).token(key).send().status())
                .isEqualTo(401);
    }

    @Test
    void quietHoursSetOnTheScreenHoldANoticeAndTheHistorySaysUntilWhen() {
        SignedIn owner = accounts.registerBusiness("Toko Tenang");
        new Sandbox(api, owner.token()).connect();
        Page page = openNotifications(owner);
        page.locator("#notice-tab-settings").click();
        assertThat(page.locator("#notice-zone")).containsText("Asia/Jakarta");

        page.locator("#notice-daily-cap").fill("0");
        page.locator("#save-notice-settings").click();
        assertThat(page.locator(".notice-settings .field[data-field=dailyCap] .field-error")).isVisible();

        // Quiet from an hour ago to an hour from now, business time: whatever the time, a notice now waits.
        DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm");
        LocalTime now = LocalTime.now(ZoneId.of("Asia/Jakarta"));
        page.locator("#notice-daily-cap").fill("500");
        page.locator("#notice-quiet-start").fill(now.minusHours(1).format(hhmm));
        page.locator("#notice-quiet-end").fill(now.plusHours(1).format(hhmm));
        page.locator("#save-notice-settings").click();
        assertThat(page.locator(".notice-settings [role=status]")).hasText("Pengaturan tersimpan");
        JsonNode settings = api.get("/api/notifications/settings").token(owner.token()).send().json();
        assertThat(settings.get("dailyCap").asInt()).isEqualTo(500);
        assertThat(settings.get("quietEnd").asString()).isEqualTo(now.plusHours(1).format(hhmm));

        page.locator("#notice-tab-history").click();
        JsonNode held = send(owner.token(), "081234580001", "Tagihan Anda sudah terbit", "Q-1");
        Locator notice = row(page, held.get("id").asString());
        assertThat(notice).hasAttribute("data-status", "pending");
        assertThat(notice.locator(".notice-held")).containsText("Ditahan jam tenang atau batas harian; dikirim");
        assertThat(notice).containsText("oleh Owner of Toko Tenang");

        // Empty fields: no quiet hours any more.
        page.locator("#notice-tab-settings").click();
        assertThat(page.locator("#notice-quiet-start")).not().hasValue("");
        page.locator("#notice-quiet-start").fill("");
        page.locator("#notice-quiet-end").fill("");
        page.locator("#save-notice-settings").click();
        assertThat(page.locator(".notice-settings [role=status]")).hasText("Pengaturan tersimpan");
        assertThat(api.get("/api/notifications/settings").token(owner.token()).send().json().hasNonNull("quietStart"))
                .isFalse();
    }
}
