package id.sapa.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import id.sapa.shared.Role;
import id.sapa.support.Chromium;
import id.sapa.support.Sandbox;
import id.sapa.support.TestAccounts.SignedIn;

/**
 * The quick replies screen in a real Chromium: its own place in the navigation, the starters a new
 * shop gets, categories as typed, and on a phone a tap that inserts rather than sends.
 */
class QuickRepliesBrowserTest extends BrowserTestSupport {

    @Test
    void quickRepliesHaveTheirOwnScreenWithTheStartersGroupedByCategoryAndTeamNoLongerHoldsThem() {
        SignedIn owner = accounts.registerBusiness("Toko Balasan");
        Page page = signIn(context, owner);
        page.locator(".nav a[href='#/team']").click();
        assertThat(page.locator(".operators li")).hasCount(1);
        assertThat(page.locator(".quick-reply-item, #quick-shortcut, #new-quick-reply")).hasCount(0);

        page.locator(".nav a[href='#/quick-replies']").click();
        assertThat(page.locator("h1")).hasText("Balasan cepat");
        Locator greetings = page.locator(".quick-group[data-category='salam']");
        assertThat(greetings.locator("h2")).containsText("Salam");
        assertThat(greetings.locator(".quick-reply-item[data-shortcut='/halo']")).containsText("Halo Kak {{name}}");
        assertThat(greetings.locator(".quick-reply-item[data-shortcut='/terimakasih']")).isVisible();
        // The one needing the shop's bank account waits, switched off, saying what to do.
        Locator rekening = page.locator(".quick-reply-item[data-shortcut='/rekening']");
        assertThat(rekening).containsText("Mati");
        assertThat(rekening.locator(".rule-hint")).containsText("ganti teks dalam [kurung]");

        // Switching it on before the example is replaced is stopped in the browser, under the message.
        List<String> writes = writesTo(page, "/api/quick-replies");
        rekening.getByText("Ubah").click();
        page.locator("#quick-active").check();
        page.locator("#save-quick-reply").click();
        assertThat(page.locator(".quick-reply-form .field[data-field=message] .field-error")).containsText("[kurung]");
        assertThat(page.locator("#quick-message")).isFocused();
        assertThat(writes).isEmpty();
        page.locator(".quick-reply-form button.secondary").click();

        // A category typed "Pengiriman" is kept so, and is one group with "pengiriman".
        page.locator("#new-quick-reply").click();
        page.locator("#quick-shortcut").fill("/resi");
        page.locator("#quick-title").fill("Nomor resi");
        page.locator("#quick-category").fill("Pengiriman");
        page.locator("#quick-message").fill("Nomor resi pesanan Kakak: ");
        page.locator("#save-quick-reply").click();
        assertThat(page.locator(".quick-reply-item[data-shortcut='/resi']")).isVisible();
        api.post("/api/quick-replies", Map.of("shortcut", "/kurir", "title", "Kurir", "message", "Kami kirim dengan JNE ya, Kak.",
                "category", "pengiriman")).token(owner.token()).send();
        page.reload();
        Locator delivery = page.locator(".quick-group[data-category='pengiriman']");
        assertThat(delivery).hasCount(1);
        assertThat(delivery.locator("h2")).containsText("Pengiriman");
        assertThat(delivery.locator(".quick-reply-item")).hasCount(2);
        assertThat(page.locator("#quick-category-filter option:checked")).hasText("Semua kategori");
        assertThat(page.locator("#quick-category-filter option", new Page.LocatorOptions().setHasText("Pengiriman")))
                .hasCount(1);
        Chromium.screenshot(page, "quick-replies");

        page.locator("#quick-category-filter").selectOption("pengiriman");
        assertThat(page.locator(".quick-group")).hasCount(1);
        assertThat(page.locator(".quick-reply-item")).hasCount(2);
        page.locator("#quick-search").fill("jne");
        assertThat(page.locator(".quick-reply-item")).hasCount(1);
        assertThat(page.locator(".quick-reply-item")).hasAttribute("data-shortcut", "/kurir");
        page.locator("#quick-search").fill("tidak ada yang begini");
        assertThat(page.locator("#quick-empty")).hasText("Tidak ada balasan cepat yang cocok.");
        page.locator("#quick-search").fill("");
        page.locator("#quick-category-filter").selectOption("");

        // Opened again, the category reads as typed.
        Locator resi = page.locator(".quick-reply-item[data-shortcut='/resi']");
        resi.getByText("Ubah").click();
        assertThat(page.locator("#quick-category")).hasValue("Pengiriman");
        page.locator(".quick-reply-form button.secondary").click();
        assertThat(api.get("/api/quick-replies?category=PENGIRIMAN").token(owner.token()).send().json()
                .get("quickReplies").size()).isEqualTo(2);
    }

    @Test
    void quickRepliesAreManagedAndADuplicateShortcutIsShownOnItsField() {
        SignedIn owner = accounts.registerBusiness("Toko Balasan Kelola");
        Page page = signIn(context, owner);
        page.locator(".nav a[href='#/quick-replies']").click();

        page.locator("#new-quick-reply").click();
        page.locator("#quick-shortcut").fill("/salam");
        page.locator("#quick-title").fill("Salam");
        page.locator("#quick-message").fill("Halo kak {{name}}!");
        page.locator("#save-quick-reply").click();
        Locator salam = page.locator(".quick-reply-item[data-shortcut='/salam']");
        assertThat(salam).containsText("Halo kak {{name}}!");
        assertThat(page.locator(".quick-reply-form")).hasCount(0);

        // A shortcut already taken: only the server knows, and says so on the field.
        page.locator("#new-quick-reply").click();
        page.locator("#quick-shortcut").fill("/salam");
        page.locator("#quick-title").fill("Pagi");
        page.locator("#quick-message").fill("Selamat pagi");
        page.locator("#save-quick-reply").click();
        Locator error = page.locator(".quick-reply-form .field[data-field=shortcut] .field-error");
        assertThat(error).isVisible();
        assertThat(page.locator("#quick-shortcut")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#quick-shortcut")).isFocused();
        page.locator(".quick-reply-form button.secondary").click();

        salam.getByText("Ubah").click();
        page.locator("#quick-message").fill("Halo kak {{name}}, ada yang bisa dibantu?");
        page.locator("#save-quick-reply").click();
        assertThat(salam).containsText("ada yang bisa dibantu");

        page.onDialog(dialog -> dialog.accept());
        salam.locator("button.danger").click();
        assertThat(salam).hasCount(0);
    }

    @Test
    void anOperatorSeesTheListWithoutTheEditControls() {
        SignedIn owner = accounts.registerBusiness("Toko Operator");
        SignedIn operator = accounts.addUser(owner.tenantId(), Role.OPERATOR);
        Page page = signIn(context, operator);
        page.locator(".nav a[href='#/quick-replies']").click();
        assertThat(page.locator(".quick-reply-item[data-shortcut='/halo']")).isVisible();
        assertThat(page.locator("#new-quick-reply")).hasCount(0);
        assertThat(page.locator(".quick-reply-item button")).hasCount(0);
    }

    @Test
    void onAPhoneATapPutsTheQuickReplyInTheComposerToEditAndSendsNothing() {
        SignedIn owner = accounts.registerBusiness("Toko Ketuk");
        Sandbox sandbox = new Sandbox(api, owner.token());
        sandbox.connect();
        sandbox.customerSays("081266667777", "Sari", "Kak, pesanan saya sudah diproses?");
        context.close();
        context = chromium.open(PHONE);
        Page page = signIn(context, owner);
        List<String> sends = writesTo(page, "/api/messages/send");
        page.locator(".conversations li a").first().click();
        assertThat(page.locator(".bubble.in")).containsText("sudah diproses");

        Locator composer = page.locator("#composer");
        composer.pressSequentially("/");
        Locator options = page.locator("#quick-replies [role=option]");
        // Only the starters ready to send are offered: not /rekening with its [example].
        assertThat(options.first()).isVisible();
        assertThat(page.locator("#quick-replies [data-shortcut='/rekening']")).hasCount(0);
        assertThat(page.locator("#quick-hint")).containsText("Ketuk");
        composer.fill("");
        composer.pressSequentially("/dipro");
        assertThat(options).hasCount(1);
        options.first().tap();

        assertThat(composer).hasValue("Pesanan Kakak sudah kami terima dan sedang kami siapkan. Kami kabari lagi begitu pesanan dikirim ya.");
        assertThat(page.locator("#quick-replies")).isHidden();
        assertThat(page.locator(".bubble.out")).hasCount(0);
        assertThat(sends).isEmpty();
        assertThat(sandbox.outbox("081266667777").size()).isZero();
        assertThat(pageWidth(page)).isLessThanOrEqualTo(360);

        page.navigate(url("quick-replies"));
        assertThat(page.locator(".quick-reply-item[data-shortcut='/halo']")).isVisible();
        assertThat(pageWidth(page)).isLessThanOrEqualTo(360);
        Chromium.screenshot(page, "phone-quick-replies");
    }

    /** The writes (anything but GET) the page sends to paths starting with {@code path}, as "METHOD url". */
    static List<String> writesTo(Page page, String path) {
        List<String> writes = new CopyOnWriteArrayList<>();
        page.onRequest(request -> {
            if (!"GET".equals(request.method()) && request.url().contains(path)) {
                writes.add(request.method() + " " + request.url());
            }
        });
        return writes;
    }
}
