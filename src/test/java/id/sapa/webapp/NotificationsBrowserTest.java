package id.sapa.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import id.sapa.shared.Role;
import id.sapa.support.Chromium;
import id.sapa.support.Sandbox;
import id.sapa.support.TestAccounts.SignedIn;
import tools.jackson.databind.JsonNode;

/**
 * The Notifikasi screen in a real Chromium against the whole server: a billing system sends notices
 * with an API key made on the screen, and the team watches them go — figures, history, bulk sends —
 * in either language, by keyboard and at phone width. Setting notices up: {@link NoticeSetupBrowserTest}.
 */
class NotificationsBrowserTest extends NotificationsBrowserTestSupport {

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
        assertThat(second.locator(".notice-reason")).containsText("tidak memakai WhatsApp");
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
