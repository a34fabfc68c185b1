package id.sapa.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import id.sapa.support.Sandbox;
import id.sapa.support.TestAccounts.SignedIn;
import tools.jackson.databind.JsonNode;

/** Resolving from the chat's header, and an inbox that starts on the open chats. */
class InboxStatusBrowserTest extends BrowserTestSupport {

    /** The id of the one conversation with the customer named. */
    private String conversationOf(SignedIn owner, String name) {
        for (JsonNode item : api.get("/api/conversations?search=" + name).token(owner.token()).send().json().get("data")) {
            if (name.equals(item.get("customerName").asString())) {
                return item.get("id").asString();
            }
        }
        throw new AssertionError("no conversation with " + name);
    }

    /** The customer writes to the shop's sandbox number; the owner signs in and opens the chat. */
    private Page chatOpen(SignedIn owner, String phone, String name, String text) {
        Sandbox sandbox = new Sandbox(api, owner.token());
        sandbox.connect();
        sandbox.customerSays(phone, name, text);
        Page page = signIn(context, owner);
        page.locator(".conversations li").filter(new Locator.FilterOptions().setHasText(name)).locator("a").click();
        assertThat(page.locator(".bubble.in")).containsText(text);
        return page;
    }

    private String status(SignedIn owner, String conversationId) {
        return api.get("/api/conversations/" + conversationId).token(owner.token()).send().json()
                .get("conversation").get("status").asString();
    }

    @Test
    void aChatIsResolvedFromItsHeaderSaidInAToastLeavesTheOpenListAndCanBeOpenedAgain() {
        SignedIn owner = accounts.registerBusiness("Toko Selesai");
        Page page = chatOpen(owner, "081234500021", "Budi", "paketnya sudah sampai, terima kasih");
        String conversationId = conversationOf(owner, "Budi");
        assertThat(page.locator("#filter-status")).hasValue("active");
        Locator row = page.locator(".conversations li").filter(new Locator.FilterOptions().setHasText("Budi"));

        page.locator("#resolve").click();

        assertThat(page.locator(".toast").filter(new Locator.FilterOptions().setHasText("Percakapan dengan Budi diselesaikan.")))
                .isVisible();
        assertThat(page.locator("#resolve")).hasText("Buka lagi");
        assertThat(status(owner, conversationId)).isEqualTo("resolved");
        // The open chat keeps its row; back on the list, the open chats no longer hold it.
        page.navigate(url("inbox"));
        assertThat(page.locator(".conversations")).isAttached();
        assertThat(row).hasCount(0);

        page.locator("#filter-status").selectOption("resolved");
        row.locator("a").click();
        page.locator("#resolve").click();
        assertThat(page.locator(".toast").filter(new Locator.FilterOptions().setHasText("dibuka lagi"))).isVisible();
        assertThat(page.locator("#resolve")).hasText("Selesaikan");
        assertThat(status(owner, conversationId)).isEqualTo("active");
    }

    @Test
    void aChatSnoozedFromItsHeaderIsPendingUntilThenAndCanBeOpenedAtOnce() {
        SignedIn owner = accounts.registerBusiness("Toko Tunda");
        Page page = chatOpen(owner, "081234500041", "Wati", "nanti saya kabari lagi ya");
        String conversationId = conversationOf(owner, "Wati");

        page.locator("#snooze").selectOption("PT1H");

        assertThat(page.locator(".toast").filter(new Locator.FilterOptions().setHasText("ditunda sampai"))).isVisible();
        assertThat(page.locator("#snooze option").first()).containsText("Ditunda sampai");
        JsonNode snoozed = api.get("/api/conversations/" + conversationId).token(owner.token()).send().json().get("conversation");
        assertThat(snoozed.get("status").asString()).isEqualTo("pending");
        assertThat(Instant.parse(snoozed.get("snoozedUntil").asString()))
                .isBetween(Instant.now().plusSeconds(3500), Instant.now().plusSeconds(3700));

        page.locator("#snooze").selectOption("wake");
        assertThat(page.locator("#snooze option").first()).hasText("Tunda…");
        assertThat(status(owner, conversationId)).isEqualTo("active");
    }

    @Test
    void theInboxStartsOnOpenChatsAndAResolvedOneIsAFilterAway() {
        SignedIn owner = accounts.registerBusiness("Toko Terbuka");
        Sandbox sandbox = new Sandbox(api, owner.token());
        sandbox.connect();
        sandbox.customerSays("081234500031", "Sari", "halo");
        sandbox.customerSays("081234500032", "Joko", "makasih ya");
        api.patch("/api/conversations/" + conversationOf(owner, "Joko"), Map.of("status", "resolved"))
                .token(owner.token()).send();

        Page page = signIn(context, owner);
        Locator rows = page.locator(".conversations li");
        assertThat(rows.filter(new Locator.FilterOptions().setHasText("Sari"))).isVisible();
        assertThat(rows.filter(new Locator.FilterOptions().setHasText("Joko"))).hasCount(0);

        page.locator("#filter-status").selectOption("");
        assertThat(rows.filter(new Locator.FilterOptions().setHasText("Joko"))).isVisible();
    }
}
