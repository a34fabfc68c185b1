package id.sapa.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;

import id.sapa.conversation.InboxFixtures;
import id.sapa.support.Chromium;
import id.sapa.support.TestAccounts.SignedIn;
import tools.jackson.databind.JsonNode;

/** A contact's page: edit what the business knows, see the conversation and its notes, join a duplicate. */
class ContactPageBrowserTest extends BrowserTestSupport {

    @Autowired
    InboxFixtures inbox;

    @Test
    void theTeamEditsAContactSeesItsNotesAndJoinsTheDuplicateKnownByUsername() {
        SignedIn owner = accounts.registerBusiness("Toko Halaman Kontak");
        var conversation = inbox.customerWrites(owner.tenantId(), "081355500001", "Dewi", "Mau pesan 3 kaos", Instant.now());
        inbox.customerWritesByUsername(owner.tenantId(), "ID.987654321", "dewi.shop", "Ini Dewi dari akun lain", Instant.now());
        api.post("/api/conversations/" + conversation + "/notes", Map.of("content", "Pelanggan grosir")).token(owner.token()).send();
        String contactId = api.get("/api/contacts?search=081355500001").token(owner.token()).send().json().get("data").get(0)
                .get("id").asString();
        Page page = signIn(context, owner);
        page.locator(".nav a[href='#/contacts']").click();
        page.locator("a.contact-name[href='#/contacts/" + contactId + "']").click();

        assertThat(page.locator(".contact-page h1")).hasText("Dewi");
        assertThat(page.locator(".contact-conversation")).containsText("Mau pesan 3 kaos");
        assertThat(page.locator(".contact-conversation .note-text")).hasText("Pelanggan grosir");

        page.locator("#contact-email").fill("bukan-email");
        page.locator("#save-contact").click();
        assertThat(page.locator("[data-field='email'] .field-error")).hasText("bukan alamat e-mail yang sah");
        page.locator("#contact-email").fill("dewi@contoh.id");
        page.locator("#contact-address").fill("Jl. Melati 5, Bandung");
        page.locator("#contact-segment").selectOption("vip");
        page.locator("#save-contact").click();
        assertThat(page.locator(".toast")).containsText("Kontak disimpan");
        JsonNode saved = api.get("/api/contacts/" + contactId).token(owner.token()).send().json();
        assertThat(saved.get("email").asString()).isEqualTo("dewi@contoh.id");
        assertThat(saved.get("address").asString()).isEqualTo("Jl. Melati 5, Bandung");
        assertThat(saved.get("segment").asString()).isEqualTo("vip");
        assertThat(page.locator("#save-contact")).isFocused();
        page.locator("main").evaluate("main => { main.scrollTop = 0; }");
        Chromium.screenshot(page, "contact");

        page.onDialog(dialog -> dialog.accept());
        page.locator("#merge-search").fill("dewi.shop");
        page.locator(".merge-result button").click();
        assertThat(page.locator(".toast").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Kontak digabungkan"))).isVisible();
        // The page is drawn again with the joined contact: its search box is empty again.
        assertThat(page.locator("#merge-search")).hasValue("");
        assertThat(api.get("/api/contacts/" + contactId).token(owner.token()).send().json().get("username").asString())
                .isEqualTo("dewi.shop");
        assertThat(api.get("/api/conversations").token(owner.token()).send().json().get("data").size()).isEqualTo(1);
        page.locator("#open-conversation").click();
        assertThat(page.locator(".bubble.in")).hasCount(2);
    }
}
