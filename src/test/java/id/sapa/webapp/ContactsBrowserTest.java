package id.sapa.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import id.sapa.support.Sandbox;
import id.sapa.support.TestAccounts.SignedIn;
import tools.jackson.databind.JsonNode;

/** Adding a contact and writing to them first, from the Contacts screen; never to one who opted out. */
class ContactsBrowserTest extends BrowserTestSupport {

    @Test
    void aContactAddedByHandIsWrittenToFirstAndOneWhoOptedOutIsNot() {
        SignedIn owner = accounts.registerBusiness("Toko Kontak");
        Sandbox sandbox = new Sandbox(api, owner.token());
        sandbox.connect();
        JsonNode created = api.post("/api/contacts", Map.of("phone", "081388800002", "name", "Berhenti")).token(owner.token())
                .send().json();
        String optedOut = (created.has("contact") ? created.get("contact") : created).get("id").asString();
        api.post("/api/contacts/" + optedOut + "/opt-out", Map.of()).token(owner.token()).send();
        Page page = signIn(context, owner);
        page.locator(".nav a[href='#/contacts']").click();

        page.locator("#add-contact").click();
        assertThat(page.locator("[data-field='phone'] .field-error")).hasText("wajib diisi");
        page.locator("#contact-phone").fill("0813 8880 0001");
        page.locator("#contact-name").fill("Lina");
        page.locator("#add-contact").click();

        Locator lina = page.locator(".contact").filter(new Locator.FilterOptions().setHasText("Lina"));
        assertThat(lina).containsText("+6281388800001");
        Locator stopped = page.locator(".contact").filter(new Locator.FilterOptions().setHasText("Berhenti"));
        assertThat(stopped).containsText("Tidak mau dihubungi");
        assertThat(stopped.locator(".write")).hasCount(0);

        lina.locator(".write").click();
        assertThat(page.locator(".chat-title")).hasText("Lina");
        assertThat(page.locator("#composer")).isFocused();
        page.keyboard().type("Halo kak Lina, pesanan Anda sudah siap");
        page.keyboard().press("Enter");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(sandbox.outbox("081388800001").toString())
                .contains("pesanan Anda sudah siap"));
    }
}
