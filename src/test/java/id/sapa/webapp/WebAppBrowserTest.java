package id.sapa.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import id.sapa.support.Chromium;
import id.sapa.support.Sandbox;
import id.sapa.support.TestAccounts;
import id.sapa.support.TestAccounts.SignedIn;

/** The web app in a real Chromium against the whole server: what an operator and a customer do. */
class WebAppBrowserTest extends BrowserTestSupport {

    private Page signIn(SignedIn user) {
        return signIn(context, user);
    }

    @Test
    void customerMessageAppearsLiveAndTheReplyReachesThePhoneAndIsRead() {
        SignedIn owner = accounts.registerBusiness("Toko Browser");
        new Sandbox(api, owner.token()).connect();
        Page inbox = signIn(owner);
        assertThat(inbox.locator(".conversations li")).hasCount(0);

        Page phone = context.newPage();
        phone.navigate(url("simulator"));
        phone.locator("#sim-from").fill("081234567890");
        phone.locator("#sim-from").dispatchEvent("change");
        phone.locator("#sim-name").fill("Budi");
        phone.locator("#sim-name").dispatchEvent("change");
        phone.locator("#sim-text").fill("halo");
        phone.locator("#sim-text").press("Enter");
        assertThat(phone.locator(".phone-bubble.out")).containsText("halo");

        // No reload: the conversation arrives over Socket.IO with its unread badge.
        Locator row = inbox.locator(".conversations li").filter(new Locator.FilterOptions().setHasText("Budi"));
        assertThat(row).containsText("halo");
        assertThat(row.locator(".badge")).hasText("1");
        assertThat(inbox).hasTitle(Pattern.compile("^\\(1\\) "));
        Chromium.screenshot(inbox, "inbox-live");

        row.locator("a").click();
        assertThat(inbox.locator(".bubble.in")).containsText("halo");
        assertThat(inbox.locator("#panel-status")).hasValue("active");
        // Opening the chat reads it: the badge and the count in the title go.
        assertThat(row.locator(".badge")).hasCount(0);
        assertThat(inbox).hasTitle(Pattern.compile("^Kotak masuk"));
        inbox.locator("#panel-priority").selectOption("high");
        assertThat(inbox.locator(".panel-message")).hasText("Tersimpan");
        inbox.locator("#composer").fill("Halo kak, ada yang bisa kami bantu?");
        inbox.locator("#composer").press("Enter");
        Locator reply = inbox.locator(".bubble.out").filter(new Locator.FilterOptions().setHasText("ada yang bisa kami bantu"));
        assertThat(reply).isVisible();
        assertThat(inbox.locator("#composer")).hasValue("");

        Locator received = phone.locator(".phone-bubble.in").filter(new Locator.FilterOptions().setHasText("ada yang bisa kami bantu"));
        assertThat(received).isVisible();
        assertThat(reply).hasAttribute("data-status", "delivered");
        Chromium.screenshot(phone, "simulator");

        phone.locator("#sim-mark-read").click();
        assertThat(received.locator(".read")).isVisible();
        assertThat(reply).hasAttribute("data-status", "read");
        assertThat(reply.locator(".tick.read")).isVisible();
        Chromium.screenshot(inbox, "chat");
    }

    @Test
    void theQrPageShowsACodeAndTurnsConnectedAfterTheScan() {
        SignedIn owner = accounts.registerBusiness("Toko QR");
        Page page = signIn(owner);
        page.navigate(url("whatsapp"));
        assertThat(page.locator("#connection-status")).hasText("Tidak terhubung");

        page.locator("#connect").click();
        assertThat(page.locator("#qr img")).isVisible();
        assertThat(page.locator("#qr img")).hasAttribute("src", Pattern.compile("^data:image/png;base64,"));
        assertThat(page.locator("#qr-expiry")).containsText("detik");
        Chromium.screenshot(page, "connect-qr");

        // The phone scans: the page learns it from the socket, nobody reloads.
        String number = api.post("/api/sandbox/scan", java.util.Map.of()).token(owner.token()).send().json()
                .get("phoneNumber").asString();
        assertThat(page.locator("#connection-status")).hasAttribute("data-status", "connected");
        assertThat(page.locator("#connection-status")).containsText(number);
        assertThat(page.locator("#qr img")).hasCount(0);
        assertThat(page.locator("#disconnect")).isVisible();
    }

    @Test
    void theLanguageSwitchTranslatesTheLabels() {
        Page page = context.newPage();
        page.navigate(url("login"));
        assertThat(page.locator("html")).hasAttribute("lang", "id");
        assertThat(page.locator("h1")).hasText("Masuk ke Sapa");

        page.locator("#language").selectOption("en");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasText("Sign in to Sapa");
        assertThat(page.getByLabel("Password")).isVisible();

        // The choice is remembered for the next visit, and the app speaks it after signing in.
        page.reload();
        assertThat(page.locator("h1")).hasText("Sign in to Sapa");
        SignedIn owner = accounts.registerBusiness("Toko Bahasa");
        page.getByLabel("E-mail").fill(owner.email());
        page.getByLabel("Password").fill(TestAccounts.PASSWORD);
        page.locator("button[type=submit]").click();
        assertThat(page.locator(".nav")).containsText("Inbox");
        assertThat(page.locator(".nav")).containsText("Contacts");
        assertThat(page.locator("#sign-out")).hasText("Sign out");
        page.locator("#language").selectOption("id");
        assertThat(page.locator(".nav")).containsText("Kotak masuk");
        assertThat(page.locator("#sign-out")).hasText("Keluar");
    }

    @Test
    void aValidationErrorIsShownOnItsField() {
        Page page = context.newPage();
        page.navigate(url("register"));
        page.getByLabel("Nama usaha").fill("Toko Validasi");
        page.getByLabel("Nama Anda").fill("Siti");
        page.getByLabel("E-mail").fill(TestAccounts.uniqueEmail("siti"));
        page.getByLabel("Kata sandi").fill("pendek");
        page.locator("button[type=submit]").click();

        Locator password = page.getByLabel("Kata sandi");
        Locator error = page.locator(".field[data-field=password] .field-error");
        assertThat(error).isVisible();
        assertThat(error).containsText("8");
        assertThat(password).hasAttribute("aria-invalid", "true");
        assertThat(password).isFocused();
        assertThat(page.locator(".field[data-field=email] .field-error")).isHidden();
        Chromium.screenshot(page, "register-error");
    }

    @Test
    void atPhoneWidthTheListAndTheChatTakeTurns() {
        SignedIn owner = accounts.registerBusiness("Toko Ponsel");
        Sandbox sandbox = new Sandbox(api, owner.token());
        sandbox.connect();
        sandbox.customerSays("081298765432", "Rina", "Kak, stok masih ada?");
        context.close();
        context = chromium.open(new Browser.NewContextOptions().setViewportSize(360, 740)
                .setLocale("id-ID").setIsMobile(true).setHasTouch(true));
        Page page = signIn(owner);

        Locator row = page.locator(".conversations li").filter(new Locator.FilterOptions().setHasText("Rina"));
        assertThat(row).isVisible();
        assertThat(page.locator(".chat-pane")).isHidden();
        assertThat(page.locator(".nav")).isVisible();
        assertNoSidewaysScroll(page);
        Chromium.screenshot(page, "phone-inbox");

        row.locator("a").click();
        assertThat(page.locator(".bubble.in")).containsText("stok masih ada");
        assertThat(page.locator(".list-pane")).isHidden();
        assertThat(page.locator("#composer")).isVisible();
        assertNoSidewaysScroll(page);
        Chromium.screenshot(page, "phone-chat");

        page.locator(".back").click();
        assertThat(page.locator(".list-pane")).isVisible();

        page.locator(".nav a[href='#/simulator']").click();
        assertThat(page.locator(".phone-thread")).isVisible();
        assertThat(page.locator("#sim-send")).isVisible();
        assertNoSidewaysScroll(page);
        Chromium.screenshot(page, "phone-simulator");
    }

    @Test
    void anExpiredSessionGoesBackToSignInAndKeepsTheTypedReply() {
        SignedIn owner = accounts.registerBusiness("Toko Sesi");
        Sandbox sandbox = new Sandbox(api, owner.token());
        sandbox.connect();
        sandbox.customerSays("081211112222", "Dewi", "Pesanan saya sudah dikirim?");
        Page page = signIn(owner);
        page.locator(".conversations li a").first().click();
        assertThat(page.locator(".bubble.in")).containsText("Pesanan");
        page.locator("#composer").fill("Sudah kak, resi menyusul");

        // The token runs out while the reply is being written.
        page.evaluate("() => { const s = JSON.parse(localStorage.getItem('sapa.session')); "
                + "s.accessToken = 'expired.' + s.accessToken; localStorage.setItem('sapa.session', JSON.stringify(s)); }");
        page.locator("#send").click();

        assertThat(page).hasURL(Pattern.compile("#/login$"));
        assertThat(page.locator(".notice")).containsText("Sesi Anda sudah berakhir");
        page.getByLabel("E-mail").fill(owner.email());
        page.getByLabel("Kata sandi").fill(TestAccounts.PASSWORD);
        page.locator("button[type=submit]").click();

        assertThat(page).hasURL(Pattern.compile("#/inbox/"));
        assertThat(page.locator("#composer")).hasValue("Sudah kak, resi menyusul");
        page.locator("#composer").press("Enter");
        assertThat(page.locator(".bubble.out")).containsText("resi menyusul");
    }

    @Test
    void aFailedReplyShowsWhyAndIsSentAgainWithTheRetryButton() {
        SignedIn owner = accounts.registerBusiness("Toko Gagal");
        Sandbox sandbox = new Sandbox(api, owner.token());
        sandbox.connect();
        sandbox.customerSays("081233334444", "Joko", "Bisa kirim ke Bogor?");
        Page page = signIn(owner);
        page.locator(".conversations li a").first().click();
        assertThat(page.locator(".bubble.in")).containsText("Bogor");
        sandbox.failNext(1, "invalid_recipient");

        page.locator("#composer").fill("Bisa kak, ongkir 15 ribu");
        page.locator("#send").click();

        Locator reply = page.locator(".bubble.out").filter(new Locator.FilterOptions().setHasText("ongkir"));
        assertThat(reply).hasAttribute("data-status", "failed");
        assertThat(reply.locator(".failure")).containsText("tidak memakai WhatsApp");
        Chromium.screenshot(page, "chat-failed");
        reply.locator(".retry").click();
        assertThat(reply).hasAttribute("data-status", Pattern.compile("sent|delivered|read"));
        assertThat(reply.locator(".failure")).hasCount(0);
        assertThat(sandbox.outbox("081233334444").size()).isEqualTo(1);
    }

    @Test
    void anImageFromThePhoneIsShownInTheChatAndTheContactCanBeBlocked() {
        SignedIn owner = accounts.registerBusiness("Toko Foto");
        new Sandbox(api, owner.token()).connect();
        Page inbox = signIn(owner);
        Page phone = context.newPage();
        phone.navigate(url("simulator"));
        phone.locator("#sim-from").fill("081255556666");
        phone.locator("#sim-from").dispatchEvent("change");
        phone.locator("#sim-name").fill("Sari");
        phone.locator("#sim-name").dispatchEvent("change");
        phone.locator("#sim-text").fill("Yang ini ada?");
        phone.locator("#sim-image").setInputFiles(new FilePayload("produk.png", "image/png", png()));
        assertThat(phone.locator(".phone-bubble.out img")).isVisible();

        inbox.locator(".conversations li").filter(new Locator.FilterOptions().setHasText("Sari")).locator("a").click();
        Locator image = inbox.locator(".bubble.in img.media");
        assertThat(image).hasAttribute("src", Pattern.compile("^blob:"));
        assertThat(inbox.locator(".bubble.in")).containsText("Yang ini ada?");
        // The picture the customer sent, decoded: the same 40 px wide PNG.
        inbox.waitForFunction("() => { const img = document.querySelector('.bubble.in img.media'); "
                + "return img && img.complete && img.naturalWidth === 40; }");

        inbox.locator(".nav a[href='#/contacts']").click();
        Locator contact = inbox.locator(".contact").filter(new Locator.FilterOptions().setHasText("Sari"));
        assertThat(contact).containsText("+6281255556666");
        contact.getByText("Blokir", new Locator.GetByTextOptions().setExact(true)).click();
        assertThat(contact.locator(".tag.blocked")).hasText("Diblokir");
        Chromium.screenshot(inbox, "contacts");
        contact.getByText("Buka blokir").click();
        assertThat(contact.locator(".tag.blocked")).hasCount(0);
    }

    @Test
    void olderMessagesLoadOnScrollingUpAndTheCustomerTypingShows() {
        SignedIn owner = accounts.registerBusiness("Toko Panjang");
        Sandbox sandbox = new Sandbox(api, owner.token());
        sandbox.connect();
        for (int i = 1; i <= 60; i++) {
            sandbox.customerSays("081277778888", "Tono", "Pesan nomor " + i);
        }
        Page page = signIn(owner);
        page.locator(".conversations li a").first().click();
        assertThat(page.locator(".bubble.in").last()).containsText("Pesan nomor 60");
        assertThat(page.locator(".bubble.in")).hasCount(50);

        page.locator(".scroller").evaluate("scroller => { scroller.scrollTop = 0; }");
        assertThat(page.locator(".bubble.in")).hasCount(60);
        assertThat(page.locator(".bubble.in").first()).containsText("Pesan nomor 1");

        api.post("/api/sandbox/typing", java.util.Map.of("from", "081277778888", "isTyping", true)).token(owner.token()).send();
        assertThat(page.locator(".chat-subtitle")).hasText("sedang mengetik…");
        assertThat(page.locator(".conversations .preview")).hasText("sedang mengetik…");
        api.post("/api/sandbox/typing", java.util.Map.of("from", "081277778888", "isTyping", false)).token(owner.token()).send();
        assertThat(page.locator(".chat-subtitle")).hasText("+6281277778888");
    }

    @Test
    void theCredentialsFormShowsTheServersErrorOnItsField() {
        SignedIn owner = accounts.registerBusiness("Toko Meta");
        Page page = signIn(owner);
        page.navigate(url("whatsapp"));
        page.getByLabel("WhatsApp Cloud API (Meta)").check();
        assertThat(page.getByLabel("Access token")).isVisible();

        page.locator("#connect").click();

        // Whatever the server refuses first (the provider, or a missing credential) is said on that field.
        Locator error = page.locator(".connect-form .field-error:not([hidden])").first();
        assertThat(error).isVisible();
        assertThat(page.locator(".connect-form [aria-invalid=true]").first()).isFocused();
        assertThat(page.locator(".connect-form .form-error")).isHidden();
    }

    @Test
    void theTabsTheUnreadFilterAndTheSearchNarrowTheList() {
        SignedIn owner = accounts.registerBusiness("Toko Filter");
        Sandbox sandbox = new Sandbox(api, owner.token());
        sandbox.connect();
        sandbox.customerSays("081211110001", "Andi", "Ada warna merah?");
        sandbox.customerSays("081211110002", "Bunga", "Harga grosir berapa?");
        Page page = signIn(owner);
        assertListed(page, "Bunga", "Andi");

        // Andi's chat is taken and read: it leaves "unassigned" and "unread", and is "mine".
        page.locator(".conversations li").filter(new Locator.FilterOptions().setHasText("Andi")).locator("a").click();
        page.locator("#take").click();
        assertThat(page.locator("#panel-assignee")).hasValue(owner.userId());
        assertThat(page.locator(".conversations li").filter(new Locator.FilterOptions().setHasText("Andi"))
                .locator(".badge")).hasCount(0);
        tab(page, "Milik saya").click();
        assertListed(page, "Andi");
        tab(page, "Belum ditugaskan").click();
        assertListed(page, "Bunga");
        tab(page, "Semua").click();
        assertListed(page, "Bunga", "Andi");
        page.locator("#filter-unread").check();
        assertListed(page, "Bunga");
        page.locator("#filter-unread").uncheck();
        assertListed(page, "Bunga", "Andi");

        page.locator("#filter-search").fill("grosir");
        assertListed(page, "Bunga");
        page.locator("#filter-search").fill("0812-1111-0001");
        assertListed(page, "Andi");
    }

    private static Locator tab(Page page, String name) {
        return page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    /**
     * The list once it shows the server's answer for the current filters (not the list of the filters
     * before, nor one being replaced), newest first.
     */
    private static void assertListed(Page page, String... names) {
        assertThat(page.locator(".conversations[aria-busy=false]")).isAttached();
        assertThat(page.locator(".conversations li .name")).hasText(names);
    }

    @Test
    void aQuotedReplyReachesThePhoneAsAReplyToTheCustomersMessage() {
        SignedIn owner = accounts.registerBusiness("Toko Kutip");
        Sandbox sandbox = new Sandbox(api, owner.token());
        sandbox.connect();
        String customerWaId = sandbox.customerSays("081299990000", "Wati", "Ukuran L masih ada?").get("waMessageId").asString();
        Page page = signIn(owner);
        page.locator(".conversations li a").first().click();
        Locator question = page.locator(".bubble.in").filter(new Locator.FilterOptions().setHasText("Ukuran L"));
        question.hover();
        question.locator(".reply").click();
        assertThat(page.locator(".chip")).containsText("Ukuran L masih ada?");

        page.locator("#composer").fill("Masih kak");
        page.locator("#composer").press("Enter");

        Locator answer = page.locator(".bubble.out").filter(new Locator.FilterOptions().setHasText("Masih kak"));
        assertThat(answer.locator(".quote")).hasText("Ukuran L masih ada?");
        assertThat(page.locator(".chip")).hasCount(0);
        assertThat(answer).hasAttribute("data-status", Pattern.compile("sent|delivered|read"));
        assertThat(sandbox.outbox("081299990000").get(0).get("quotedWaMessageId").asString()).isEqualTo(customerWaId);
    }

    private static byte[] png() {
        try {
            var image = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
            var out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertNoSidewaysScroll(Page page) {
        Object width = page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(((Number) width).intValue()).isLessThanOrEqualTo(360);
    }
}
