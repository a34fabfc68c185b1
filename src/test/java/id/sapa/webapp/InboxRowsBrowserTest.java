package id.sapa.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import id.sapa.shared.Role;
import id.sapa.support.Chromium;
import id.sapa.support.Sandbox;
import id.sapa.support.TestAccounts.SignedIn;
import tools.jackson.databind.JsonNode;

/** The inbox rows tell a chat's state at a glance, and the list sorts as asked. */
class InboxRowsBrowserTest extends BrowserTestSupport {

    private String conversationOf(SignedIn owner, String name) {
        for (JsonNode item : api.get("/api/conversations?search=" + name).token(owner.token()).send().json().get("data")) {
            if (name.equals(item.get("customerName").asString())) {
                return item.get("id").asString();
            }
        }
        throw new AssertionError("no conversation with " + name);
    }

    private static Locator row(Page page, String name) {
        return page.locator(".conversations li").filter(new Locator.FilterOptions().setHasText(name));
    }

    @Test
    void aRowShowsPriorityModeAssigneeAndLabelsAndPreviewsTheCustomerNotTheAnswer() {
        SignedIn owner = accounts.registerBusiness("Toko Baris");
        SignedIn operator = accounts.addUser(owner.tenantId(), Role.OPERATOR);
        Sandbox sandbox = new Sandbox(api, owner.token());
        sandbox.connect();
        sandbox.customerSays("081234500901", "Joko", "Ada ukuran XL?");
        String joko = conversationOf(owner, "Joko");
        api.patch("/api/conversations/" + joko, Map.of("priority", "urgent", "tags", List.of("grosir", "vip")))
                .token(owner.token()).send();
        api.post("/api/conversations/" + joko + "/assign", Map.of("csOperatorId", operator.userId())).token(owner.token()).send();
        api.post("/api/messages/send", Map.of("conversationId", joko, "messageType", "text", "content", "Ada kak, tinggal 2"))
                .token(owner.token()).send();
        sandbox.customerSays("081234500902", "Kiki", "Halo, toko buka hari ini?");

        Page page = signIn(context, owner);

        Locator jokoRow = row(page, "Joko");
        assertThat(jokoRow.locator(".preview")).containsText("Ada ukuran XL?");
        assertThat(jokoRow.locator(".preview")).not().containsText("tinggal 2");
        // Answered by the team, or by the welcome preset if it came after the team's reply.
        assertThat(jokoRow.locator(".answered")).hasAttribute("aria-label", Pattern.compile("^(Sudah dibalas tim|Dibalas otomatis)$"));
        assertThat(jokoRow.locator(".priority-urgent")).hasText("Mendesak");
        assertThat(jokoRow.locator(".mode-agent")).hasText("Agen");
        assertThat(jokoRow.locator(".assignee")).hasText("A operator");
        assertThat(jokoRow.locator(".label-tag")).hasText(new String[] {"grosir", "vip"});
        Locator kikiRow = row(page, "Kiki");
        assertThat(kikiRow.locator(".preview")).containsText("Halo, toko buka hari ini?");
        assertThat(kikiRow.locator(".mode-bot")).hasText("Bot");
        assertThat(kikiRow.locator(".assignee.nobody")).hasText("Belum ditugaskan");
        assertThat(kikiRow.locator(".priority-urgent")).hasCount(0);
        Chromium.screenshot(page, "inbox-rows");

        // Kiki wrote after Joko was answered: latest activity first shows Kiki on top, oldest first Joko.
        assertThat(page.locator(".conversations li").first()).containsText("Kiki");
        page.locator("#filter-sort").selectOption("oldest");
        assertThat(page.locator(".conversations li").first()).containsText("Joko");
        page.locator("#filter-sort").selectOption("recent");
        assertThat(page.locator(".conversations li").first()).containsText("Kiki");

        // Live: the customer writes again, the row previews it.
        sandbox.customerSays("081234500901", "Joko", "Warna hitam juga ada?");
        assertThat(jokoRow.locator(".preview")).containsText("Warna hitam juga ada?");
        assertThat(jokoRow.locator(".answered")).hasCount(0);
        assertThat(page.locator(".conversations li").first()).containsText("Joko");

        // Handed over while the list is open: the row names the member, though the event names only the id.
        api.post("/api/conversations/" + conversationOf(owner, "Kiki") + "/assign", Map.of("csOperatorId", operator.userId()))
                .token(owner.token()).send();
        assertThat(kikiRow.locator(".assignee")).hasText("A operator");
    }
}
