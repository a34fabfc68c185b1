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
        page.locator("#rule-priority").fill("99");
        page.locator("#save-rule").click();

        // No keyword: the browser's own check is shown on the keywords field, which gets the focus.
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
    void conditionsPerDayHoursAndHolidaysAreSavedAndShownAgainAndAnErrorIsShownOnItsField() {
        SignedIn owner = accounts.registerBusiness("Toko Jam Buka");
        Page page = signIn(context, owner);
        page.locator(".nav a[href='#/auto-reply']").click();
        assertThat(page.locator(".rule").first()).isVisible();
        page.locator("#new-rule").click();
        page.locator("#rule-name").fill("Tutup");
        page.locator("#rule-triggerType").selectOption("time_based");
        page.locator("#rule-workingHours-start").fill("08:00");
        page.locator("#rule-workingHours-end").fill("17:00");
        page.locator("#rule-day-7").uncheck();
        // Saturday has hours of its own; Wednesday's are left half written.
        page.locator("#rule-own-6").check();
        page.locator("#rule-schedule-6-start").fill("09:00");
        page.locator("#rule-schedule-6-end").fill("13:00");
        page.locator("#rule-own-3").check();
        page.locator("#rule-schedule-3-start").fill("");
        page.locator("#rule-holiday").fill("2026-12-25");
        page.locator("#rule-add-holiday").click();
        page.locator("#rule-holiday").fill("2027-01-01");
        page.locator("#rule-holiday").press("Enter");
        page.locator(".conditions summary").click();
        page.locator("#rule-conditions-is_first_message").selectOption("false");
        page.locator("#rule-conditions-has_order_history").selectOption("true");
        page.locator("#rule-conditions-customer_tags").fill("vip, grosir");
        page.locator("#rule-conditions-message_count_min").fill("5");
        page.locator("#rule-conditions-message_count_max").fill("2");
        page.getByLabel("Gambar").check();
        page.getByLabel("Teks", new Page.GetByLabelOptions().setExact(true)).check();
        page.locator("#rule-responseMessage").fill("Kami buka lagi besok pagi ya kak");
        page.locator("#save-rule").click();

        // Each of the server's errors is on its own field: the count, and Wednesday's row.
        Locator countError = page.locator(".rule-editor .field[data-field='conditions.message_count_max'] .field-error");
        assertThat(countError).containsText("message_count_min");
        assertThat(page.locator("#rule-conditions-message_count_max")).hasAttribute("aria-invalid", "true");
        Locator wednesday = page.locator(".rule-editor .field[data-field='workingHours.schedule.3'] .field-error");
        assertThat(wednesday).containsText("Buka");
        assertThat(page.locator("#rule-schedule-3-start")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#rule-day-3")).not().hasAttribute("aria-invalid", "true");
        assertThat(page.locator(".rule-editor .field[data-field='workingHours.schedule.6'] .field-error")).isHidden();
        Chromium.screenshot(page, "auto-reply-conditions-error");

        page.locator("#rule-conditions-message_count_max").fill("20");
        page.locator("#rule-own-3").uncheck();
        page.locator("#save-rule").click();
        Locator rule = page.locator(".rule[data-name='Tutup']");
        assertThat(rule).isVisible();
        assertThat(page.locator(".rule-editor")).hasCount(0);

        JsonNode saved = ruleNamed(owner, "Tutup");
        JsonNode hours = saved.get("workingHours");
        assertThat(hours.get("start").asString()).isEqualTo("08:00");
        assertThat(hours.get("days").valueStream().map(JsonNode::asInt)).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(hours.get("schedule").propertyNames()).containsExactly("6");
        assertThat(hours.get("schedule").get("6").get("start").asString()).isEqualTo("09:00");
        assertThat(hours.get("schedule").get("6").get("end").asString()).isEqualTo("13:00");
        assertThat(hours.get("holidays").valueStream().map(JsonNode::asString)).containsExactly("2026-12-25", "2027-01-01");
        JsonNode conditions = saved.get("conditions");
        assertThat(conditions.get("is_first_message").asBoolean()).isFalse();
        assertThat(conditions.get("has_order_history").asBoolean()).isTrue();
        assertThat(conditions.get("customer_tags").valueStream().map(JsonNode::asString)).containsExactly("vip", "grosir");
        assertThat(conditions.get("message_count_min").asInt()).isEqualTo(5);
        assertThat(conditions.get("message_count_max").asInt()).isEqualTo(20);
        assertThat(conditions.get("message_types").valueStream().map(JsonNode::asString)).containsExactlyInAnyOrder("text", "image");

        // Opened again, the editor shows what was saved.
        page.reload();
        rule.locator("button", new Locator.LocatorOptions().setHasText("Ubah")).click();
        assertThat(page.locator("#rule-triggerType")).hasValue("time_based");
        assertThat(page.locator("#rule-day-7")).not().isChecked();
        assertThat(page.locator("#rule-day-1")).isChecked();
        assertThat(page.locator("#rule-own-6")).isChecked();
        assertThat(page.locator("#rule-own-3")).not().isChecked();
        assertThat(page.locator("#rule-schedule-6-start")).hasValue("09:00");
        assertThat(page.locator("#rule-schedule-6-end")).hasValue("13:00");
        assertThat(page.locator(".holidays li")).hasText(new String[] {"2026-12-25×", "2027-01-01×"});
        assertThat(page.locator(".conditions")).hasAttribute("open", "");
        assertThat(page.locator("#rule-conditions-is_first_message")).hasValue("false");
        assertThat(page.locator("#rule-conditions-has_order_history")).hasValue("true");
        assertThat(page.locator("#rule-conditions-customer_tags")).hasValue("vip, grosir");
        assertThat(page.locator("#rule-conditions-message_count_min")).hasValue("5");
        assertThat(page.locator("#rule-conditions-message_count_max")).hasValue("20");
        assertThat(page.getByLabel("Gambar")).isChecked();
        assertThat(page.getByLabel("Video")).not().isChecked();
        page.locator(".rule-editor [data-field='workingHours.days']").scrollIntoViewIfNeeded();
        Chromium.screenshot(page, "auto-reply-hours");

        // A holiday removed and saved is gone.
        page.getByLabel("Hapus libur 2026-12-25").click();
        page.locator("#save-rule").click();
        assertThat(page.locator(".rule-editor")).hasCount(0);
        assertThat(ruleNamed(owner, "Tutup").get("workingHours").get("holidays").valueStream().map(JsonNode::asString))
                .containsExactly("2027-01-01");
    }

    @Test
    void menuOptionsRunAnotherRuleOrHandOverAndAHandoverNamesTheMemberAndTheReason() {
        SignedIn owner = accounts.registerBusiness("Toko Menu");
        Page page = signIn(context, owner);
        page.locator(".nav a[href='#/auto-reply']").click();
        assertThat(page.locator(".rule").first()).isVisible();

        page.locator("#new-rule").click();
        page.locator("#rule-name").fill("Keluhan");
        page.locator("#rule-triggerType").selectOption("menu_selection");
        page.locator("#rule-responseType").selectOption("smart_route");
        page.locator("#rule-routeToCsId").selectOption(owner.userId());
        page.locator("#rule-routeCondition").selectOption("complaint");
        page.locator("#rule-responseMessage").fill("Maaf kak, tim kami segera membantu");
        page.locator("#save-rule").click();
        assertThat(page.locator(".rule[data-name='Keluhan']")).isVisible();

        page.locator("#new-rule").click();
        page.locator("#rule-name").fill("Menu utama");
        page.locator("#rule-keywords").fill("menu");
        page.locator("#rule-responseType").selectOption("menu");
        page.locator("#rule-responseMessage").fill("Pilih: 1 harga, 2 keluhan, 3 admin");
        for (int i = 0; i < 3; i++) {
            page.locator("#rule-add-option").click();
        }
        Locator options = page.locator(".menu-option");
        options.nth(0).locator("[name=optionKey]").fill("1");
        options.nth(0).locator("[name=optionLabel]").fill("Harga");
        options.nth(0).locator("[name=optionResponse]").fill("Harga mulai 50 ribu");
        options.nth(1).locator("[name=optionKey]").fill("2");
        options.nth(1).locator("[name=optionLabel]").fill("Keluhan");
        options.nth(1).locator("[name=optionThen]").selectOption("rule");
        options.nth(2).locator("[name=optionKey]").fill("3");
        options.nth(2).locator("[name=optionLabel]").fill("Admin");
        options.nth(2).locator("[name=optionThen]").selectOption("forward");
        page.locator("#save-rule").click();

        // Option 2 runs no rule yet: said on that option's row.
        Locator second = page.locator(".rule-editor .field[data-field='menuOptions[1]'] .field-error");
        assertThat(second).isVisible();
        assertThat(page.locator(".rule-editor .field[data-field='menuOptions[0]'] .field-error")).isHidden();
        options.nth(1).locator("[name=optionNextRule]").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Keluhan"));
        page.locator("#save-rule").click();
        assertThat(page.locator(".rule[data-name='Menu utama']")).isVisible();

        JsonNode menu = ruleNamed(owner, "Menu utama").get("menuOptions");
        String complaintId = ruleNamed(owner, "Keluhan").get("id").asString();
        assertThat(menu.get(0).get("response").asString()).isEqualTo("Harga mulai 50 ribu");
        assertThat(menu.get(1).get("next_rule_id").asString()).isEqualTo(complaintId);
        assertThat(menu.get(2).get("action").asString()).isEqualTo("forward_to_cs");
        JsonNode complaint = ruleNamed(owner, "Keluhan");
        assertThat(complaint.get("routeToCsId").asString()).isEqualTo(owner.userId());
        assertThat(complaint.get("routeCondition").asString()).isEqualTo("complaint");

        page.locator(".rule[data-name='Menu utama'] button", new Page.LocatorOptions().setHasText("Ubah")).click();
        assertThat(options.nth(1).locator("[name=optionThen]")).hasValue("rule");
        assertThat(options.nth(1).locator("[name=optionNextRule]")).hasValue(complaintId);
        assertThat(options.nth(2).locator("[name=optionThen]")).hasValue("forward");
        assertThat(options.nth(0).locator("[name=optionResponse]")).hasValue("Harga mulai 50 ribu");
    }

    @Test
    void theEditorsChecksStopWhatIsMissingBeforeAnyRequestAndTheServersErrorStillShows() {
        SignedIn owner = accounts.registerBusiness("Toko Periksa");
        Page page = signIn(context, owner);
        page.locator(".nav a[href='#/auto-reply']").click();
        assertThat(page.locator(".rule").first()).isVisible();
        java.util.List<String> writes = QuickRepliesBrowserTest.writesTo(page, "/api/auto-reply/rules");

        page.locator("#new-rule").click();
        assertThat(page.locator("label[for=rule-delaySeconds]")).hasText("Tunggu sebelum membalas (detik)");
        assertThat(page.locator("label[for=rule-cooldownMinutes]")).hasText("Jangan ulangi untuk pelanggan yang sama selama (menit)");
        assertThat(page.locator("#rule-priority-hint")).containsText("Angka lebih besar dicoba lebih dulu");
        assertThat(page.locator("#rule-continueToNext-hint")).isVisible();
        // Every field says in a line what it is for.
        for (String field : new String[] {"name", "triggerType", "keywords", "matchType", "responseType", "responseMessage",
                "priority", "delaySeconds", "cooldownMinutes", "maxTriggersPerDay"}) {
            assertThat(page.locator("#rule-" + field + "-hint")).not().isEmpty();
        }
        // Related fields side by side on a desktop, on one line.
        double priorityTop = page.locator("#rule-priority").boundingBox().y;
        assertThat(page.locator("#rule-delaySeconds").boundingBox().y).isEqualTo(priorityTop);
        assertThat(page.locator("#rule-priority").boundingBox().width).isLessThan(200);

        page.locator("#rule-name").fill("Ongkir");
        page.locator("#rule-responseMessage").fill("Ongkir ke Bogor 15 ribu ya kak {{name}}");
        page.locator("#rule-delaySeconds").fill("90");
        page.locator("#save-rule").click();
        Locator keywordsError = page.locator(".rule-editor .field[data-field=keywords] .field-error");
        assertThat(keywordsError).hasText("Aturan kata kunci perlu minimal satu kata kunci");
        assertThat(page.locator(".rule-editor .field[data-field=delaySeconds] .field-error")).hasText("Angka bulat dari 0 sampai 60");
        assertThat(page.locator("#rule-keywords")).isFocused();
        page.locator("#rule-delaySeconds").fill("2");
        page.locator(".rule-timing").evaluate("part => part.scrollIntoView({ block: 'end' })");
        Chromium.screenshot(page, "auto-reply-editor");

        // A pattern JavaScript cannot read is stopped in the browser too.
        page.locator("#rule-triggerType").selectOption("pattern");
        page.locator("#rule-regexPattern").fill("(ongkir");
        page.locator("#save-rule").click();
        Locator patternError = page.locator(".rule-editor .field[data-field=regexPattern] .field-error");
        assertThat(patternError).containsText("Pola tidak valid");
        assertThat(page.locator("#rule-regexPattern")).isFocused();
        assertThat(keywordsError).isHidden();
        assertThat(writes).isEmpty();

        // A look-ahead JavaScript reads but RE2 refuses: only the server knows, and its error shows there.
        page.locator("#rule-regexPattern").fill("ongkir(?= ke)");
        page.locator("#save-rule").click();
        assertThat(patternError).containsText("RE2");
        assertThat(page.locator("#rule-regexPattern")).hasAttribute("aria-invalid", "true");
        assertThat(writes).hasSize(1);

        page.locator("#rule-regexPattern").fill("ongkir\\s+ke");
        page.locator("#save-rule").click();
        Locator saved = page.locator(".rule[data-name='Ongkir']");
        assertThat(saved.locator(".rule-reply")).containsText("Ongkir ke Bogor 15 ribu ya kak {{name}}");
        assertThat(ruleNamed(owner, "Ongkir").get("regexPattern").asString()).isEqualTo("ongkir\\s+ke");
    }

    @Test
    void theRuleListShowsWhatEachRuleAnswers() {
        SignedIn owner = accounts.registerBusiness("Toko Daftar Aturan");
        api.get("/api/auto-reply/rules").token(owner.token()).send(); // the presets
        api.post("/api/auto-reply/rules", java.util.Map.of("name", "Menu utama", "triggerType", "keyword",
                "keywords", java.util.List.of("menu"), "responseType", "menu", "responseMessage", "Pilih salah satu:",
                "menuOptions", java.util.List.of(
                        java.util.Map.of("key", "1", "label", "Harga", "response", "Mulai 50 ribu"),
                        java.util.Map.of("key", "2", "label", "Lokasi", "response", "Jl. Merdeka 1"),
                        java.util.Map.of("key", "3", "label", "Jam buka", "response", "08.00-17.00"),
                        java.util.Map.of("key", "4", "label", "Admin", "action", "forward_to_cs"))))
                .token(owner.token()).send();
        Page page = signIn(context, owner);
        page.locator(".nav a[href='#/auto-reply']").click();

        assertThat(page.locator(".rule[data-name='Sambutan'] .rule-reply")).containsText("Halo Kak {{name}}! 👋 Selamat datang");
        assertThat(page.locator(".rule[data-name='Komplain → CS'] .rule-reply")).containsText("Diteruskan ke tim");
        Locator menu = page.locator(".rule[data-name='Menu utama'] .rule-reply");
        assertThat(menu).containsText("1 Harga · 2 Lokasi · 3 Jam buka …");
        assertThat(menu).not().containsText("Admin");
        assertThat(page.locator(".rule[data-name='Harga'] .rule-reply")).containsText("[tulis daftar harga Anda di sini]");
    }

    private JsonNode ruleNamed(SignedIn owner, String name) {
        for (JsonNode rule : api.get("/api/auto-reply/rules").token(owner.token()).send().json().get("rules")) {
            if (rule.get("name").asString().equals(name)) {
                return rule;
            }
        }
        throw new AssertionError("no rule " + name);
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
        // Stacked on a phone: each field under the one before.
        assertThat(page.locator("#rule-delaySeconds").boundingBox().y).isGreaterThan(page.locator("#rule-priority").boundingBox().y);
        assertThat(pageWidth(page)).isLessThanOrEqualTo(360);
        page.locator("#rule-triggerType").selectOption("time_based");
        assertThat(page.locator("#rule-workingHours-start")).isVisible();
        assertThat(pageWidth(page)).isLessThanOrEqualTo(360);
        Chromium.screenshot(page, "phone-auto-reply");
    }
}
