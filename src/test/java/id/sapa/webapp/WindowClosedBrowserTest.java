package id.sapa.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static id.sapa.support.MetaWebhooks.contact;
import static id.sapa.support.MetaWebhooks.messages;
import static id.sapa.support.MetaWebhooks.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Value;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import id.sapa.support.Chromium;
import id.sapa.support.FakeProvidersTestSupport;
import id.sapa.support.TestAccounts.SignedIn;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Cloud API number (Sapa talking to a fake Graph API) whose customer last wrote more than 24 hours
 * ago: the composer says the window is closed and sends an approved template instead. A test of its
 * own because it needs the fake providers' server, not the one of {@link BrowserTestSupport}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WindowClosedBrowserTest extends FakeProvidersTestSupport {

    private static final String CUSTOMER = "6281298761234";

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
        context = chromium.open(BrowserTestSupport.DESKTOP);
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void aClosedWindowOffersTheApprovedTemplatesAndOneIsSent() {
        SignedIn owner = accounts.registerBusiness("Toko Template");
        CloudNumber number = connectCloudApi(owner);
        graph.templates(number.businessAccountId(), """
                {"name": "pesanan_dikirim", "language": "id", "status": "APPROVED", "category": "UTILITY", "id": "2001",
                 "components": [{"type": "BODY", "text": "Halo {{1}}, pesanan {{2}} sudah dikirim."}]}""", """
                {"name": "promo_akhir_tahun", "language": "id", "status": "PENDING", "category": "MARKETING", "id": "2002",
                 "components": [{"type": "BODY", "text": "Diskon akhir tahun!"}]}""");
        assertThat(api.post("/api/whatsapp/templates/sync", Map.of()).token(owner.token()).send().status()).isEqualTo(200);
        // The customer's only message is 25 hours old: the window closed an hour ago.
        webhook(messages(number, contact(CUSTOMER, "Budi"),
                text("wamid.OLD" + UUID.randomUUID(), CUSTOMER, Instant.now().minus(25, ChronoUnit.HOURS), "Kak, sudah dikirim?")));

        Page page = BrowserTestSupport.signIn(context, port, owner);
        page.locator(".conversations li a").first().click();
        assertThat(page.locator(".bubble.in")).containsText("sudah dikirim?");

        // No free text: the notice, and only the approved template to choose.
        assertThat(page.locator("#window-notice")).containsText("Jendela layanan 24 jam sudah tertutup");
        assertThat(page.locator("#composer")).isHidden();
        Locator choice = page.locator("#template-name");
        assertThat(choice.locator("option")).hasText(new String[] {"pesanan_dikirim (id)"});

        // An empty value is said on the template's values before anything is sent.
        page.locator("#template-body-1").fill("Budi");
        page.locator("#send-template").click();
        Locator error = page.locator(".template-form .field[data-field='template.parameters'] .field-error");
        assertThat(error).hasText("Isi semua isian template.");
        assertThat(page.locator("#template-body-2")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#template-body-2")).isFocused();
        assertThat(page.locator("#template-body-1")).not().hasAttribute("aria-invalid", "true");

        page.locator("#template-body-2").fill("INV-2026-007");
        assertThat(page.locator("#template-preview")).hasText("Halo Budi, pesanan INV-2026-007 sudah dikirim.");
        Chromium.screenshot(page, "chat-window-closed");
        page.locator("#send-template").click();

        Locator sent = page.locator(".bubble.out").filter(new Locator.FilterOptions().setHasText("pesanan INV-2026-007"));
        assertThat(sent).containsText("Halo Budi, pesanan INV-2026-007 sudah dikirim.");
        assertThat(error).isHidden();
        await().atMost(Duration.ofSeconds(15)).until(() -> !graph.sentBodies(number.phoneNumberId()).isEmpty());
        JsonNode body = JsonMapper.builder().build().readTree(graph.sentBodies(number.phoneNumberId()).getLast());
        assertThat(body.get("type").asString()).isEqualTo("template");
        assertThat(body.get("to").asString()).isEqualTo(CUSTOMER);
        JsonNode template = body.get("template");
        assertThat(template.get("name").asString()).isEqualTo("pesanan_dikirim");
        assertThat(template.get("language").get("code").asString()).isEqualTo("id");
        List<String> parameters = template.get("components").get(0).get("parameters").valueStream()
                .map(parameter -> parameter.get("text").asString()).toList();
        assertThat(parameters).containsExactly("Budi", "INV-2026-007");
        assertThat(sent).hasAttribute("data-status", java.util.regex.Pattern.compile("sent|delivered|read"));

        // The customer writes again: the window opens and the composer takes free text, without a reload.
        webhook(messages(number, contact(CUSTOMER, "Budi"),
                text("wamid.NEW" + UUID.randomUUID(), CUSTOMER, Instant.now(), "Terima kasih kak")));
        assertThat(page.locator("#composer")).isVisible();
        assertThat(page.locator("#window-notice")).isHidden();
    }
}
