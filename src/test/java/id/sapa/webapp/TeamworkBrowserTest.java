package id.sapa.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.sapa.shared.Role;
import id.sapa.support.Chromium;
import id.sapa.support.Sandbox;
import id.sapa.support.TestAccounts.SignedIn;

/** Two team members at once, each in their own browser: who is typing, and handovers seen live. */
class TeamworkBrowserTest extends BrowserTestSupport {

    private BrowserContext colleague;

    @BeforeEach
    void colleaguesBrowser() {
        colleague = chromium.open(DESKTOP);
    }

    @AfterEach
    void closeColleaguesBrowser() {
        if (colleague != null) {
            colleague.close();
        }
    }

    @Test
    void eachSeesByNameWhenTheOtherIsTypingInTheSameConversation() {
        SignedIn owner = accounts.registerBusiness("Toko Ketik");
        Sandbox sandbox = new Sandbox(api, owner.token());
        sandbox.connect();
        sandbox.customerSays("081244440001", "Lina", "Kak, bisa COD?");
        SignedIn supervisor = accounts.addUser(owner.tenantId(), Role.SUPERVISOR);

        Page ownerPage = openFirstConversation(signIn(context, owner));
        Page supervisorPage = openFirstConversation(signIn(colleague, supervisor));
        supervisorPage.locator("#language").selectOption("en");
        assertThat(supervisorPage.locator(".bubble.in")).containsText("COD");

        // The supervisor writes: the owner sees it in Bahasa Indonesia, the supervisor's own page says nothing.
        supervisorPage.locator("#composer").pressSequentially("Bisa kak");
        assertThat(ownerPage.locator("#team-typing")).hasText("A supervisor sedang mengetik…");
        assertThat(supervisorPage.locator("#team-typing")).hasText("");
        // Emptying the composer stops it at once.
        supervisorPage.locator("#composer").fill("");
        assertThat(ownerPage.locator("#team-typing")).hasText("");

        // The owner writes: the supervisor sees it in English.
        ownerPage.locator("#composer").pressSequentially("Sebentar");
        assertThat(supervisorPage.locator("#team-typing")).hasText("Owner of Toko Ketik is typing…");
        Chromium.screenshot(supervisorPage, "chat-team-typing");
        ownerPage.locator("#composer").press("Enter");
        assertThat(supervisorPage.locator(".bubble.out")).containsText("Sebentar");
        assertThat(supervisorPage.locator("#team-typing")).hasText("");
    }

    @Test
    void aHandoverMovesTheConversationBetweenTabsLiveAndTellsTheNewAssignee() {
        SignedIn owner = accounts.registerBusiness("Toko Serah");
        Sandbox sandbox = new Sandbox(api, owner.token());
        sandbox.connect();
        sandbox.customerSays("081244440002", "Rudi", "Mau retur barang");
        String conversationId = api.get("/api/conversations").token(owner.token()).send().json()
                .get("data").get(0).get("id").asString();
        SignedIn operator = accounts.addUser(owner.tenantId(), Role.OPERATOR);

        Page operatorPage = signIn(colleague, operator);
        tab(operatorPage, "Milik saya").click();
        assertListed(operatorPage);
        Page ownerPage = signIn(context, owner);
        tab(ownerPage, "Belum ditugaskan").click();
        assertListed(ownerPage, "Rudi");
        // Marks that a reload would wipe out: the lists change without one.
        for (Page page : new Page[] {operatorPage, ownerPage}) {
            page.evaluate("() => { window.stillTheSamePage = true; }");
        }

        assertThat(api.post("/api/conversations/" + conversationId + "/assign", Map.of("csOperatorId", operator.userId()))
                .token(owner.token()).send().status()).isEqualTo(200);

        assertListed(operatorPage, "Rudi");
        assertListed(ownerPage);
        Locator notice = operatorPage.locator("#notices .toast");
        assertThat(notice).containsText("Percakapan dengan Rudi ditugaskan kepada Anda");
        Chromium.screenshot(operatorPage, "inbox-assigned");
        // The owner, who handed it over, is not told.
        assertThat(ownerPage.locator("#notices .toast")).hasCount(0);

        // Back to the queue: it leaves "mine" and returns to "unassigned", still without a reload.
        assertThat(api.post("/api/conversations/" + conversationId + "/unassign", Map.of())
                .token(owner.token()).send().status()).isEqualTo(200);
        assertListed(operatorPage);
        assertListed(ownerPage, "Rudi");
        for (Page page : new Page[] {operatorPage, ownerPage}) {
            assertThat(page.evaluate("() => window.stillTheSamePage === true")).isEqualTo(true);
        }

        // The notice's link opens the conversation.
        notice.locator(".toast-link").click();
        assertThat(operatorPage).hasURL(Pattern.compile("#/inbox/" + conversationId + "$"));
        assertThat(operatorPage.locator(".chat-title")).hasText("Rudi");
        assertThat(notice).hasCount(0);
    }

    private Page openFirstConversation(Page page) {
        page.locator(".conversations li a").first().click();
        assertThat(page.locator(".bubble.in").first()).isVisible();
        return page;
    }

    private static Locator tab(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    /** The list once it shows the server's answer for the current filters. */
    private static void assertListed(Page page, String... names) {
        assertThat(page.locator(".conversations[aria-busy=false]")).isAttached();
        if (names.length == 0) {
            assertThat(page.locator(".conversations li")).hasCount(0);
        } else {
            assertThat(page.locator(".conversations li .name")).hasText(names);
        }
    }
}
