package id.sapa.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import id.sapa.support.Chromium;
import id.sapa.support.Sandbox;
import id.sapa.support.TestAccounts.SignedIn;
import tools.jackson.databind.JsonNode;

/** The auto-reply screen in a real Chromium: a rule written in the editor answers the next customer. */
@TestPropertySource(properties = "sapa.auto-reply.enabled=true") // as AutoReplyWebTestSupport: one server for both
class AutoReplyBrowserTest extends BrowserTestSupport {

    @Test
    void aRuleCreatedInTheEditorFiresOnTheNextCustomerMessage() {
        SignedIn owner = accounts.registerBusiness("Toko Otomatis");
        new Sandbox(api, owner.token()).connect();
        Page page = signIn(context, owner);
        page.locator(".nav a[href='#/auto-reply']").click();
        assertThat(page.locator(".rule").first()).isVisible(); // the presets

        page.locator("#new-rule").click();
        page.locator("#rule-name").fill("Ongkir");
        page.locator("#rule-triggerType").selectOption("keyword");
        page.locator("#rule-responseMessage").fill("Ongkir ke Bogor 15 ribu ya kak {{name}}");
        page.locator("#rule-priority").fill("95");
        page.locator("#save-rule").click();

        // No keyword: the server's error is shown on the keywords field, which gets the focus.
        Locator keywords = page.locator("#rule-keywords");
        assertThat(page.locator(".rule-editor .field[data-field=keywords] .field-error")).isVisible();
        assertThat(keywords).hasAttribute("aria-invalid", "true");
        assertThat(keywords).isFocused();
        Chromium.screenshot(page, "auto-reply-error");

        keywords.fill("ongkir, ongkos kirim");
        page.locator("#save-rule").click();
        Locator rule = page.locator(".rule[data-name='Ongkir']");
        assertThat(rule).containsText("Dipicu 0 kali");
        assertThat(page.locator(".rule-editor")).hasCount(0);

        // The test box says which rule wins, and why.
        page.locator("#ar-test-message").fill("berapa ongkir ke bogor?");
        page.locator("#ar-test").click();
        assertThat(page.locator("#ar-test-result .winner")).containsText("Ongkir");
        assertThat(page.locator("#ar-test-result .verdicts li.fired").first()).containsText("Ongkir");
        Chromium.screenshot(page, "auto-reply");

        Page phone = context.newPage();
        phone.navigate(url("simulator"));
        phone.locator("#sim-from").fill("081233445566");
        phone.locator("#sim-from").dispatchEvent("change");
        phone.locator("#sim-name").fill("Budi");
        phone.locator("#sim-name").dispatchEvent("change");
        phone.locator("#sim-text").fill("berapa ongkir ke bogor?");
        phone.locator("#sim-text").press("Enter");
        assertThat(phone.locator(".phone-bubble.in").filter(new Locator.FilterOptions().setHasText("Ongkir ke Bogor")))
                .containsText("ya kak Budi", new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions()
                        .setTimeout(20_000));

        page.reload();
        assertThat(rule).containsText("Dipicu 1 kali");
        assertThat(rule.locator(".rule-stats time")).isVisible();

        // The switch turns it off.
        rule.getByRole(com.microsoft.playwright.options.AriaRole.SWITCH).click();
        assertThat(rule).hasClass(java.util.regex.Pattern.compile("\\boff\\b"));
        JsonNode rules = api.get("/api/auto-reply/rules").token(owner.token()).send().json().get("rules");
        boolean active = true;
        for (JsonNode each : rules) {
            if (each.get("name").asString().equals("Ongkir")) {
                active = each.get("isActive").asBoolean();
            }
        }
        assertThat(active).isFalse();
    }

    @Test
    void atPhoneWidthTheEditorFits() {
        SignedIn owner = accounts.registerBusiness("Toko Otomatis Kecil");
        context.close();
        context = chromium.open(PHONE);
        Page page = signIn(context, owner);
        page.locator(".nav a[href='#/auto-reply']").click();
        assertThat(page.locator(".rule").first()).isVisible();
        page.locator("#new-rule").click();
        page.locator("#rule-triggerType").selectOption("time_based");
        assertThat(page.locator("#rule-workingHours-start")).isVisible();
        assertThat(pageWidth(page)).isLessThanOrEqualTo(360);
        Chromium.screenshot(page, "phone-auto-reply");
    }
}
