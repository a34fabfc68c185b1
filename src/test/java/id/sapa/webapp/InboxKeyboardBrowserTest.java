package id.sapa.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

import id.sapa.support.Sandbox;
import id.sapa.support.TestAccounts;
import id.sapa.support.TestAccounts.SignedIn;
import tools.jackson.databind.JsonNode;

/** The inbox worked from the keyboard alone: no mouse, no taps, only keys. */
class InboxKeyboardBrowserTest extends BrowserTestSupport {

    /** Signs in by typing, and loads the inbox afresh so the first Tab starts at the top of the page. */
    private Page signInByKeyboard(SignedIn user) {
        Page page = context.newPage();
        page.navigate(url("login"));
        page.getByLabel("E-mail").fill(user.email());
        page.getByLabel("Kata sandi").fill(TestAccounts.PASSWORD);
        page.getByLabel("Kata sandi").press("Enter");
        assertThat(page.locator(".conversations")).isAttached();
        page.reload();
        assertThat(page.locator(".conversations")).isAttached();
        return page;
    }

    /** The conversations of the business by customer name. */
    private Map<String, JsonNode> conversations(SignedIn owner) {
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        for (JsonNode item : api.get("/api/conversations?limit=100").token(owner.token()).send().json().get("data")) {
            byName.put(item.get("customerName").asString(), item);
        }
        return byName;
    }

    private String focusedRowId(Page page) {
        return (String) page.evaluate("() => document.activeElement?.closest('.conversations li')?.dataset.id ?? null");
    }

    @Test
    void anOperatorClearsFiveChatsAnsweringNotingTakingAndResolvingEachWithoutTheMouse() {
        SignedIn owner = accounts.registerBusiness("Toko Papan Ketik");
        Sandbox sandbox = new Sandbox(api, owner.token());
        sandbox.connect();
        List<String> customers = List.of("Ani", "Bayu", "Citra", "Dodi", "Eka");
        for (int i = 0; i < customers.size(); i++) {
            sandbox.customerSays("08123450060" + i, customers.get(i), "Halo, saya " + customers.get(i) + ", stok masih ada?");
        }
        Page page = signInByKeyboard(owner);
        assertThat(page.locator(".conversations li")).hasCount(customers.size());

        // Two keys from the top of the page to the list, one more into the first chat.
        page.keyboard().press("Tab");
        assertThat(page.locator(".skip")).isFocused();
        page.keyboard().press("Enter");
        assertThat(page.locator(".conversations a.conversation").first()).isFocused();
        page.keyboard().press("Enter");

        List<String> cleared = new ArrayList<>();
        for (int chat = 0; chat < customers.size(); chat++) {
            assertThat(page.locator("#composer")).isFocused();
            String name = page.locator(".chat-title").textContent();
            assertThat(customers).contains(name);
            assertThat(cleared).doesNotContain(name);

            page.keyboard().type("Baik kak " + name + ", stoknya masih ada");
            page.keyboard().press("Enter");
            assertThat(page.locator(".bubble.out.cs").last()).containsText("Baik kak " + name);

            page.keyboard().press("Alt+N");
            assertThat(page.locator("#note-composer")).isFocused();
            page.keyboard().type("Siapkan stok untuk " + name);
            page.keyboard().press("Enter");
            assertThat(page.locator(".bubble.note .note-text").last()).hasText("Siapkan stok untuk " + name);

            page.keyboard().press("Alt+M");
            assertThat(page.locator("#release")).isVisible();

            page.keyboard().press("Alt+R");
            assertThat(page.locator("#resolve")).hasText("Buka lagi");
            cleared.add(name);

            if (chat < customers.size() - 1) {
                page.keyboard().press("Alt+ArrowDown");
                assertThat(page.locator(".chat-title")).not().hasText(name);
            }
        }

        assertThat(cleared).containsExactlyInAnyOrderElementsOf(customers);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            for (JsonNode conversation : conversations(owner).values()) {
                assertThat(conversation.get("status").asString()).isEqualTo("resolved");
                assertThat(conversation.get("assignedCs").get("id").asString()).isEqualTo(owner.userId());
                String id = conversation.get("id").asString();
                JsonNode notes = api.get("/api/conversations/" + id + "/notes").token(owner.token()).send().json().get("notes");
                assertThat(notes).hasSize(1);
            }
        });
    }

    @Test
    void aMessageArrivingLeavesTheKeyboardOnTheRowItWasOnWhereverTheRowMoves() {
        SignedIn owner = accounts.registerBusiness("Toko Fokus");
        Sandbox sandbox = new Sandbox(api, owner.token());
        sandbox.connect();
        sandbox.customerSays("081234500701", "Fikri", "Halo kak");
        sandbox.customerSays("081234500702", "Gita", "Permisi");
        Page page = signInByKeyboard(owner);
        assertThat(page.locator(".conversations li")).hasCount(2);

        page.keyboard().press("Tab");
        page.keyboard().press("Enter");
        page.keyboard().press("ArrowDown");
        String fikri = conversations(owner).get("Fikri").get("id").asString();
        assertThat(focusedRowId(page)).isEqualTo(fikri);
        // The list is one Tab stop: the row moved to holds it now.
        assertThat(page.locator("li[data-id='" + fikri + "'] a")).hasAttribute("tabindex", "0");

        sandbox.customerSays("081234500701", "Fikri", "Jadi ongkirnya berapa?");

        assertThat(page.locator(".conversations li").first()).containsText("Jadi ongkirnya berapa?");
        assertThat(page.locator(".conversations li").first()).hasAttribute("data-id", fikri);
        assertThat(focusedRowId(page)).isEqualTo(fikri);
        assertThat(page.evaluate("() => getComputedStyle(document.activeElement).outlineOffset")).isEqualTo("-3px");
    }

    @Test
    void thePrioritySelectSavesWhenTheArrowKeysSettleNotOnEachPressAndKeepsTheKeyboard() {
        SignedIn owner = accounts.registerBusiness("Toko Prioritas");
        Sandbox sandbox = new Sandbox(api, owner.token());
        sandbox.connect();
        sandbox.customerSays("081234500801", "Hana", "Pesanan saya kok belum sampai?");
        Page page = signInByKeyboard(owner);
        page.keyboard().press("Tab");
        page.keyboard().press("Enter");
        page.keyboard().press("Enter");
        assertThat(page.locator("#composer")).isFocused();
        String hana = conversations(owner).get("Hana").get("id").asString();

        page.locator("#panel-priority").focus();
        page.keyboard().press("ArrowDown");
        page.keyboard().press("ArrowDown");
        assertThat(page.locator("#panel-priority")).hasValue("urgent");
        assertThat(priority(owner, hana)).isEqualTo("normal");

        page.keyboard().press("Enter");

        await().atMost(Duration.ofSeconds(10)).until(() -> priority(owner, hana).equals("urgent"));
        assertThat(page.locator(".panel-message")).hasText("Tersimpan");
        assertThat(page.locator("#panel-priority")).isFocused();
        assertThat(page.locator("#panel-priority")).hasValue("urgent");
    }

    private String priority(SignedIn owner, String conversationId) {
        return api.get("/api/conversations/" + conversationId).token(owner.token()).send().json()
                .get("conversation").get("priority").asString();
    }

    @Test
    void questionMarkListsTheShortcutsAndEscapeGoesBackToTheList() {
        SignedIn owner = accounts.registerBusiness("Toko Pintasan");
        Page page = signInByKeyboard(owner);
        page.keyboard().press("Tab");
        page.keyboard().press("Enter");

        page.keyboard().press("?");

        assertThat(page.locator("dialog#shortcuts")).isVisible();
        assertThat(page.locator("dialog#shortcuts")).containsText("Tugaskan ke saya");
        assertThat(page.locator("dialog#shortcuts kbd").first()).hasText("Alt");
        page.keyboard().press("Escape");
        assertThat(page.locator("dialog#shortcuts")).hasCount(0);

        page.keyboard().press("/");
        assertThat(page.locator("#filter-search")).isFocused();
    }
}
