package id.sapa.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.Page;

import id.sapa.support.TestAccounts.SignedIn;
import tools.jackson.databind.JsonNode;

/** The rule editor's template response: it names a team quick reply, and the server's error shows on that field. */
@TestPropertySource(properties = "sapa.auto-reply.enabled=true") // as AutoReplyBrowserTest: one server for both
class TemplateRuleBrowserTest extends BrowserTestSupport {

    @Test
    void aTemplateRuleIsSavedWithTheChosenQuickReply() {
        SignedIn owner = accounts.registerBusiness("Toko Templat Layar");
        String quickReply = api.post("/api/quick-replies", Map.of("shortcut", "/ongkir", "title", "Ongkos kirim",
                "message", "Ongkir ke Bogor 15 ribu ya kak {{name}}")).token(owner.token()).send()
                .json().get("quickReply").get("id").asString();
        Page page = signIn(context, owner);
        page.locator(".nav a[href='#/auto-reply']").click();
        page.locator("#new-rule").click();
        page.locator("#rule-name").fill("Ongkir");
        page.locator("#rule-keywords").fill("ongkir");
        page.locator("#rule-responseType").selectOption("template");
        assertThat(page.locator("#rule-quickReplyId")).isVisible();
        assertThat(page.locator("#rule-templateName")).isHidden();

        // Nothing chosen: the server's error shows under the quick reply list, which gets the focus.
        page.locator("#save-rule").click();
        assertThat(page.locator(".rule-editor .field[data-field=quickReplyId] .field-error")).isVisible();
        assertThat(page.locator("#rule-quickReplyId")).isFocused();

        page.locator("#rule-templateSource").selectOption("whatsapp");
        assertThat(page.locator("#rule-templateName")).isVisible();
        page.locator("#save-rule").click();
        assertThat(page.locator(".rule-editor .field[data-field=templateName] .field-error")).isVisible();

        page.locator("#rule-templateSource").selectOption("quickReply");
        page.locator("#rule-quickReplyId").selectOption(quickReply);
        page.locator("#save-rule").click();
        assertThat(page.locator(".rule[data-name='Ongkir']")).isVisible();

        JsonNode saved = null;
        for (JsonNode rule : api.get("/api/auto-reply/rules").token(owner.token()).send().json().get("rules")) {
            if (rule.get("name").asString().equals("Ongkir")) {
                saved = rule;
            }
        }
        assertThat(saved).isNotNull();
        assertThat(saved.get("responseType").asString()).isEqualTo("template");
        assertThat(saved.get("quickReplyId").asString()).isEqualTo(quickReply);
    }
}
