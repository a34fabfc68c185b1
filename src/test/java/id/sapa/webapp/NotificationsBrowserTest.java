package id.sapa.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import id.sapa.shared.Role;
import id.sapa.support.Api;
import id.sapa.support.Chromium;
import id.sapa.support.Sandbox;
import id.sapa.support.TestAccounts.SignedIn;
import tools.jackson.databind.JsonNode;

/**
 * The Notifikasi screen in a real Chromium against the whole server: a billing system sends notices
 * with an API key made on the screen, and the owner watches them go — figures, history, bulk sends —
 * and writes their texts and when they may go.
 */
class NotificationsBrowserTest extends BrowserTestSupport {

    private Page openNotifications(SignedIn user) {
        Page page = signIn(context, user);
        page.locator(".nav a[href='#/notifications']").click();
        assertThat(page.locator("h1")).hasText("Notifikasi");
        return page;
    }

    /** Creates a key on the API keys tab; answers the key the dialog showed, once. */
    private static String createKeyOnScreen(Page page, String name) {
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

    private JsonNode send(String key, String phone, String message, String customerId) {
        Api.Reply reply = api.post("/api/whatsapp/send", Map.of("phone", phone, "message", message, "customerId", customerId))
                .token(key).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("data");
    }

    private String sendBulk(String key, int delayMs, String... phones) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String phone : phones) {
            rows.add(Map.of("phone", phone, "message", "Tagihan bulan ini sudah terbit"));
        }
        Api.Reply reply = api.post("/api/whatsapp/send-bulk", Map.of("recipients", rows, "delayMs", delayMs)).token(key).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(202);
        return reply.json().get("data").get("batchId").asString();
    }

    private static Locator row(Page page, String noticeId) {
        return page.locator(".notice-row[data-id='" + noticeId + "']");
    }

    private static Locator tile(Page page, String stat) {
        return page.locator(".tile[data-stat=" + stat + "] dd");
    }

    @Test
    void noticesSentWithAKeyMadeOnTheScreenAppearLiveWithTheirStatusesAndFigures() {
        SignedIn owner = accounts.registerBusiness("Toko Tagihan");
        Sandbox sandbox = new Sandbox(api, owner.token());
        sandbox.connect();
        Page page = openNotifications(owner);
        assertThat(tile(page, "total")).hasText("0");
        String key = createKeyOnScreen(page, "Sistem tagihan");

        page.locator("#notice-tab-history").click();
        assertThat(page.locator(".notice-history-panel [role=status]")).hasText("Belum ada notifikasi.");

        // Sent while the screen is open: the row appears without a reload, and follows the message.
        JsonNode paid = send(key, "081234500001", "Pembayaran Anda sudah kami terima", "C-1");
        Locator first = row(page, paid.get("id").asString());
        assertThat(first).containsText("+6281234500001");
        assertThat(first).containsText("ID pelanggan C-1");
        assertThat(first).containsText("Pesan");
        assertThat(first).containsText("lewat kunci API Sistem tagihan");
        assertThat(first).hasAttribute("data-status", Pattern.compile("sent|delivered"));
        assertThat(first.locator("time")).containsText("terkirim");
        String waMessageId = sandbox.outbox("081234500001").get(0).get("waMessageId").asString();
        sandbox.receipt(waMessageId, "delivered");
        assertThat(first.locator(".notice-status")).hasText("Diterima");
        sandbox.receipt(waMessageId, "read");
        assertThat(first.locator(".notice-status")).hasText("Dibaca");

        sandbox.failNext(1, "invalid_recipient");
        JsonNode refused = send(key, "081234500002", "Tagihan Anda sudah terbit", "C-2");
        Locator second = row(page, refused.get("id").asString());
        assertThat(second.locator(".notice-status")).hasText("Gagal");
        assertThat(second.locator(".notice-reason")).containsText("not on WhatsApp");
        assertThat(page.locator(".notice-row").first()).hasAttribute("data-id", refused.get("id").asString());

        // The figures of today, kept up to date as the notices went.
        assertThat(tile(page, "total")).hasText("2");
        assertThat(tile(page, "sent")).hasText("1");
        assertThat(tile(page, "delivered")).hasText("1");
        assertThat(tile(page, "read")).hasText("1");
        assertThat(tile(page, "failed")).hasText("1");
        assertThat(tile(page, "pending")).hasText("0");
        assertThat(tile(page, "successRate")).hasText("50%");
        page.locator(".periods [data-period='30d']").click();
        assertThat(page.locator(".periods [data-period='30d']")).hasAttribute("aria-pressed", "true");
        assertThat(tile(page, "total")).hasText("2");

        // The filters narrow the list; the customer id goes with Enter.
        page.locator("#history-status").selectOption("failed");
        assertThat(page.locator(".notice-row")).hasCount(1);
        assertThat(page.locator(".notice-row")).hasAttribute("data-id", refused.get("id").asString());
        page.locator("#history-status").selectOption("");
        assertThat(page.locator(".notice-row")).hasCount(2);
        page.locator("#history-customer").fill("C-1");
        page.locator("#history-customer").press("Enter");
        assertThat(page.locator(".notice-row")).hasCount(1);
        assertThat(page.locator(".notice-row")).hasAttribute("data-id", paid.get("id").asString());
        page.locator("#history-type").selectOption("invoice_notification");
        assertThat(page.locator(".notice-history-panel [role=status]")).hasText("Tidak ada notifikasi yang cocok dengan saringan.");
        page.locator(".notice-filters button[type=reset]").click();
        assertThat(page.locator(".notice-row")).hasCount(2);
        page.locator(".notice-filter-box summary").click();
        assertThat(page.locator("#history-status")).isHidden();
        Chromium.screenshot(page, "notifications");
    }

    @Test
    void theHistoryLoadsOlderPagesWithLoadMore() {
        SignedIn owner = accounts.registerBusiness("Toko Riwayat");
        new Sandbox(api, owner.token()).connect();
        for (int i = 0; i < 32; i++) {
            send(owner.token(), "08123450" + (1000 + i), "Pesan nomor " + i, "P-" + i);
        }
        Page page = openNotifications(owner);
        assertThat(page.locator(".notice-row")).hasCount(30);
        assertThat(page.locator(".notice-row").first()).containsText("Pesan nomor 31");
        page.locator("#history-more").click();
        assertThat(page.locator(".notice-row")).hasCount(32);
        assertThat(page.locator(".notice-row").last()).containsText("Pesan nomor 0");
        assertThat(page.locator("#history-more")).isHidden();
    }

    @Test
    void aBulkSendShowsItsProgressToTheEndAndARunningOneIsCancelled() {
        SignedIn owner = accounts.registerBusiness("Toko Massal");
        new Sandbox(api, owner.token()).connect();
        Page page = openNotifications(owner);
        String key = createKeyOnScreen(page, "Penagihan bulanan");
        page.locator("#notice-tab-batches").click();
        assertThat(page.locator(".batches-panel [role=status]")).hasText("Belum ada kirim massal.");

        String done = sendBulk(key, 300, "081234560001", "081234560002", "081234560003");
        Locator finished = page.locator(".batch[data-id='" + done + "']");
        assertThat(finished).hasAttribute("data-status", "completed");
        assertThat(finished.locator(".batch-status")).hasText("Selesai");
        assertThat(finished.locator("[role=progressbar]")).hasAttribute("aria-valuenow", "3");
        assertThat(finished.locator(".batch-counts")).hasText("3 dari 3 diproses: 3 terkirim, 0 gagal, 0 dilewati, 0 menunggu");
        assertThat(finished.locator(".batch-cancel")).hasCount(0);

        // A long pause between notices: the first goes, the batch is still running when it is cancelled.
        String slow = sendBulk(key, 60_000, "081234570001", "081234570002", "081234570003");
        Locator running = page.locator(".batch[data-id='" + slow + "']");
        assertThat(running).hasAttribute("data-status", "running");
        assertThat(running.locator("[role=progressbar]")).hasAttribute("aria-valuenow", "1");
        assertThat(page.locator(".batch").first()).hasAttribute("data-id", slow);
        Chromium.screenshot(page, "notifications-batches");
        page.onceDialog(dialog -> {
            assertThat(dialog.message()).contains("2 notifikasi yang belum terkirim");
            dialog.accept();
        });
        running.locator(".batch-cancel").click();
        assertThat(running).hasAttribute("data-status", "cancelled");
        assertThat(running.locator(".batch-counts")).containsText("1 terkirim");
        assertThat(running.locator(".batch-counts")).containsText("2 dibatalkan");
        assertThat(running.locator(".batch-cancel")).hasCount(0);
        assertThat(api.get("/api/whatsapp/batches/" + slow).token(key).send().json().get("data").get("status").asString())
                .isEqualTo("cancelled");

        page.locator("#notice-tab-history").click();
        assertThat(page.locator(".notice-row[data-status=cancelled]")).hasCount(2);
        assertThat(page.locator(".notice-row[data-status=cancelled]").first()).containsText("Dibatalkan");
    }

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

    @Test
    void aSupervisorFollowsNoticesWithoutKeysOrEditingAndAnOperatorDoesNotSeeTheScreen() {
        SignedIn owner = accounts.registerBusiness("Toko Peran");
        SignedIn supervisor = accounts.addUser(owner.tenantId(), Role.SUPERVISOR);
        SignedIn operator = accounts.addUser(owner.tenantId(), Role.OPERATOR);
        Page page = openNotifications(supervisor);
        assertThat(page.locator(".notice-tabs [role=tab]")).hasText(new String[] {"Riwayat", "Kirim massal", "Teks", "Jadwal"});
        page.locator("#notice-tab-templates").click();
        assertThat(page.locator(".notice-template")).hasCount(7);
        assertThat(page.locator(".template-edit")).hasCount(0);
        page.locator(".notice-template[data-type=invoice_notification] .template-preview-button").click();
        assertThat(page.locator(".notice-template[data-type=invoice_notification] .template-preview")).containsText("INV-2026-12-001");
        page.locator("#notice-tab-settings").click();
        assertThat(page.locator("#notice-quiet-start")).isDisabled();
        assertThat(page.locator("#save-notice-settings")).hasCount(0);

        Page other = signIn(chromium.open(DESKTOP), operator);
        assertThat(other.locator(".nav a[href='#/notifications']")).hasCount(0);
        other.navigate(url("notifications"));
        assertThat(other).hasURL(Pattern.compile("#/inbox$"));
        other.context().close();
    }

    @Test
    void inEnglishTheScreenSpeaksEnglish() {
        SignedIn owner = accounts.registerBusiness("Toko Inggris");
        new Sandbox(api, owner.token()).connect();
        JsonNode sent = send(owner.token(), "081234590001", "Your invoice is ready", "E-1");
        Page page = openNotifications(owner);
        Locator notice = row(page, sent.get("id").asString());
        assertThat(notice).isVisible();

        page.locator("#language").selectOption("en");
        assertThat(page.locator("h1")).hasText("Notifications");
        assertThat(page.locator(".nav a[href='#/notifications']")).hasText("Notifications");
        assertThat(page.locator(".notice-tabs [role=tab]")).hasText(new String[] {"History", "Bulk sends", "Texts", "Schedule", "API keys"});
        assertThat(page.locator(".tile[data-stat=successRate] dt")).hasText("Success rate");
        assertThat(notice).containsText("Message");
        assertThat(notice).containsText("Customer ID E-1");
        assertThat(notice).containsText("by Owner of Toko Inggris");
        assertThat(notice.locator(".notice-status")).hasText(Pattern.compile("Sent|Delivered"));
        assertThat(page.locator("#history-more")).hasText("Load more");
        page.locator("#notice-tab-batches").click();
        assertThat(page.locator(".batches-panel [role=status]")).hasText("No bulk sends yet.");
        page.locator("#notice-tab-templates").click();
        assertThat(page.locator(".notice-template[data-type=late_payment_reminder_4] h3")).hasText("Late payment reminder 4");
    }

    @Test
    void theTabsAreReachedWithTheKeyboard() {
        SignedIn owner = accounts.registerBusiness("Toko Papan Ketik");
        Page page = openNotifications(owner);
        Locator history = page.locator("#notice-tab-history");
        assertThat(history).hasAttribute("aria-selected", "true");
        history.focus();
        page.keyboard().press("ArrowRight");
        assertThat(page.locator("#notice-tab-batches")).isFocused();
        assertThat(page.locator("#notice-tab-batches")).hasAttribute("aria-selected", "true");
        assertThat(page.locator("#notice-panel")).hasAttribute("aria-labelledby", "notice-tab-batches");
        page.keyboard().press("End");
        assertThat(page.locator("#notice-tab-api-keys")).isFocused();
        page.keyboard().press("Tab");
        assertThat(page.locator("#notice-panel")).isFocused();
        page.keyboard().press("Tab");
        assertThat(page.locator("#api-key-name")).isFocused();
        page.keyboard().type("Kasir");
        page.keyboard().press("Enter");
        assertThat(page.locator("#api-key-dialog")).isVisible();
        page.keyboard().press("Escape");
        assertThat(page.locator("#api-key-dialog")).hasCount(0);
        assertThat(page).hasURL(Pattern.compile("#/notifications/api-keys$"));
        page.reload();
        assertThat(page.locator("#notice-tab-api-keys")).hasAttribute("aria-selected", "true");
        assertThat(page.locator(".api-key")).hasCount(1);
    }

    @Test
    void atPhoneWidthEveryTabFits() {
        SignedIn owner = accounts.registerBusiness("Toko Ponsel Notifikasi");
        new Sandbox(api, owner.token()).connect();
        send(owner.token(), "081234600001", "Pembayaran tagihan INV-2026-12-001 sebesar Rp 150.000 sudah kami terima", "1234567890");
        sendBulk(owner.token(), 0, "081234600002", "081234600003");
        context.close();
        context = chromium.open(PHONE);
        Page page = signIn(context, owner);
        page.locator(".nav a[href='#/notifications']").click();
        assertThat(page.locator(".notice-row")).hasCount(3);
        assertThat(tile(page, "total")).hasText("3");
        assertThat(page.locator(".nav")).isVisible();
        assertThat(pageWidth(page)).isLessThanOrEqualTo(360);
        Chromium.screenshot(page, "notifications-phone");
        // The filters are folded on a phone, one tap away.
        assertThat(page.locator("#history-status")).isHidden();
        page.locator(".notice-filter-box summary").click();
        assertThat(page.locator("#history-status")).isVisible();
        assertThat(pageWidth(page)).isLessThanOrEqualTo(360);

        page.locator("#notice-tab-batches").click();
        assertThat(page.locator(".batch")).hasCount(1);
        assertThat(pageWidth(page)).isLessThanOrEqualTo(360);
        page.locator("#notice-tab-templates").click();
        page.locator(".notice-template[data-type=late_payment_reminder_4] .template-edit").click();
        assertThat(page.locator("#tpl-late_payment_reminder_4-text")).isVisible();
        assertThat(pageWidth(page)).isLessThanOrEqualTo(360);
        page.locator("#notice-tab-settings").click();
        assertThat(page.locator("#save-notice-settings")).isVisible();
        assertThat(pageWidth(page)).isLessThanOrEqualTo(360);
        page.locator("#notice-tab-api-keys").click();
        page.locator("#api-key-name").fill("Sistem tagihan dengan nama yang cukup panjang");
        page.locator("#create-api-key").click();
        assertThat(page.locator("#new-api-key")).isVisible();
        assertThat(pageWidth(page)).isLessThanOrEqualTo(360);
    }
}
