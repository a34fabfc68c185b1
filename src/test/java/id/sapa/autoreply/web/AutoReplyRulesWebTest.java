package id.sapa.autoreply.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.sapa.autoreply.AutoReplyWebTestSupport;
import id.sapa.shared.Role;
import id.sapa.support.Api;
import id.sapa.support.TestAccounts.SignedIn;
import tools.jackson.databind.JsonNode;

/** The rules API: presets, create/read/update/toggle/delete, validation, roles, isolation and dry runs. */
class AutoReplyRulesWebTest extends AutoReplyWebTestSupport {

    SignedIn owner;

    @BeforeEach
    void setUp() {
        owner = accounts.registerBusiness("Toko Aturan");
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.get(field).asString()));
        return values;
    }

    @Test
    void aNewBusinessStartsWithIndonesianPresetsAndAnEnglishOneWithEnglishPresets() {
        JsonNode presets = rules(owner);
        // Highest priority first: outside working hours answers before the welcome (one answer per message).
        assertThat(texts(presets, "preset")).containsExactly("complaint", "outside_hours", "welcome", "opening_hours",
                "location", "price");
        assertThat(texts(presets, "name")).contains("Komplain → CS", "Sambutan", "Di luar jam kerja", "Jam buka", "Lokasi", "Harga");
        JsonNode complaint = presets.get(0);
        assertThat(complaint.get("responseType").asString()).isEqualTo("forward_to_cs");
        assertThat(complaint.get("routeCondition").asString()).isEqualTo("complaint");
        assertThat(complaint.get("priority").asInt()).isEqualTo(100);
        assertThat(complaint.get("keywords").toString()).contains("komplain", "kecewa", "rusak", "refund", "urgent");
        // Listing again does not give them twice; deleting them does not bring them back.
        assertThat(rules(owner)).hasSize(6);
        withoutRules(owner);
        assertThat(rules(owner)).isEmpty();

        SignedIn english = accounts.registerBusiness("English Shop");
        api.patch("/api/tenant", Map.of("locale", "en")).token(english.token()).send();
        assertThat(texts(rules(english), "name")).contains("Welcome", "Opening hours", "Outside working hours", "Prices");
    }

    /** A new shop's presets never send a customer "[tulis daftar harga Anda di sini]", nor three answers to one message. */
    @Test
    void presetsThatNeedTheShopsOwnWordsStayOffUntilItWritesThem() {
        JsonNode presets = rules(owner);
        for (JsonNode preset : presets) {
            String name = preset.get("preset").asString();
            boolean ownWords = List.of("opening_hours", "location", "price").contains(name);
            assertThat(preset.get("isActive").asBoolean()).as(name).isEqualTo(!ownWords);
            assertThat(preset.get("needsOwnText").asBoolean()).as(name).isEqualTo(ownWords);
            assertThat(preset.get("continueToNext").asBoolean()).as(name + " gives the only answer").isFalse();
            if (ownWords) {
                assertThat(preset.get("description").asString()).contains("[kurung]");
            }
        }
        String price = presets.valueStream().filter(p -> "price".equals(p.get("preset").asString())).findFirst()
                .orElseThrow().get("id").asString();

        Api.Reply switchedOn = api.patch("/api/auto-reply/rules/" + price + "/toggle", Map.of()).token(owner.token()).send();
        assertThat(switchedOn.status()).isEqualTo(400);
        assertThat(switchedOn.json().get("errors").get(0).get("field").asString()).isEqualTo("responseMessage");
        Api.Reply savedOn = api.put("/api/auto-reply/rules/" + price, with(keywordRule("Harga", List.of("harga"),
                "Daftar harga kami: [tulis daftar harga Anda di sini]"), "isActive", true)).token(owner.token()).send();
        assertThat(savedOn.status()).isEqualTo(400);
        assertThat(savedOn.json().get("errors").get(0).get("field").asString()).isEqualTo("responseMessage");
        assertThat(rule(price).get("isActive").asBoolean()).isFalse();

        Api.Reply written = api.put("/api/auto-reply/rules/" + price, with(keywordRule("Harga", List.of("harga"),
                "Kaos polos Rp 50.000, sablon mulai Rp 75.000"), "isActive", false)).token(owner.token()).send();
        assertThat(written.status()).isEqualTo(200);
        assertThat(written.json().get("rule").get("needsOwnText").asBoolean()).isFalse();
        assertThat(api.patch("/api/auto-reply/rules/" + price + "/toggle", Map.of()).token(owner.token()).send().json()
                .get("rule").get("isActive").asBoolean()).isTrue();
    }

    private JsonNode rule(String id) {
        return api.get("/api/auto-reply/rules/" + id).token(owner.token()).send().json().get("rule");
    }

    /** The REST contract and the web app read these names; the records behind them may change, the names may not. */
    @Test
    void aRuleIsShownWithTheFieldNamesOfTheContract() {
        JsonNode rule = create(owner, with(keywordRule("Harga", List.of("harga"), "Halo"), "description", "tanya harga",
                "cooldownMinutes", 10, "maxTriggersPerDay", 3)).json().get("rule");
        List<String> names = new ArrayList<>();
        rule.propertyNames().forEach(names::add);
        assertThat(names).containsExactlyInAnyOrder("id", "name", "description", "triggerType", "keywords", "matchType",
                "caseSensitive", "wholeWord", "conditions", "responseType", "responseMessage", "menuOptions", "priority",
                "continueToNext", "cooldownMinutes", "maxTriggersPerDay", "delaySeconds", "isActive", "totalTriggered",
                "createdAt", "updatedAt", "templateParameters", "needsOwnText");
    }

    /** The OpenAPI document shows the body a rule is written with, and a shown rule as that body plus what the server adds. */
    @Test
    void theRuleBodyAndTheShownRuleAreDocumentedWithTheContractFieldNames() {
        JsonNode schemas = api.get("/v3/api-docs").send().json().get("components").get("schemas");
        List<String> body = new ArrayList<>();
        schemas.get("RuleDraft").get("properties").propertyNames().forEach(body::add);
        assertThat(body).containsExactlyInAnyOrder("name", "description", "triggerType", "keywords", "matchType",
                "caseSensitive", "wholeWord", "workingHours", "regexPattern", "conditions", "welcomeAfterDays",
                "responseType", "responseMessage", "responseTemplate", "menuOptions", "routeToCsId", "routeCondition",
                "priority", "continueToNext", "cooldownMinutes", "maxTriggersPerDay", "delaySeconds", "isActive",
                "quickReplyId", "templateName", "templateLanguage", "templateParameters");
        List<String> shown = new ArrayList<>();
        schemas.get("RuleView").get("properties").propertyNames().forEach(shown::add);
        List<String> expected = new ArrayList<>(body);
        expected.addAll(List.of("id", "preset", "needsOwnText", "totalTriggered", "lastTriggeredAt", "createdAt", "updatedAt"));
        assertThat(shown).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void createReadUpdateToggleDelete() {
        Api.Reply created = create(owner, with(keywordRule("Harga", List.of("harga", "berapa"), "Halo {{name}}, harganya 50rb"),
                "priority", 70, "cooldownMinutes", 10, "maxTriggersPerDay", 3, "continueToNext", true));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("success").asBoolean()).isTrue();
        JsonNode rule = created.json().get("rule");
        String id = rule.get("id").asString();
        assertThat(rule.get("triggerType").asString()).isEqualTo("keyword");
        assertThat(rule.get("matchType").asString()).isEqualTo("contains");
        assertThat(rule.get("wholeWord").asBoolean()).isTrue();
        assertThat(rule.get("priority").asInt()).isEqualTo(70);
        assertThat(rule.get("continueToNext").asBoolean()).isTrue();
        assertThat(rule.get("isActive").asBoolean()).isTrue();
        assertThat(rule.get("totalTriggered").asInt()).isZero();

        Api.Reply detail = api.get("/api/auto-reply/rules/" + id).token(owner.token()).send();
        assertThat(detail.json().get("rule").get("name").asString()).isEqualTo("Harga");
        assertThat(detail.json().get("recentLogs")).isEmpty();

        Api.Reply updated = api.put("/api/auto-reply/rules/" + id,
                with(keywordRule("Harga baru", List.of("harga"), "Cek katalog"), "matchType", "exact", "delaySeconds", 5))
                .token(owner.token()).send();
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("rule").get("name").asString()).isEqualTo("Harga baru");
        assertThat(updated.json().get("rule").get("matchType").asString()).isEqualTo("exact");
        assertThat(updated.json().get("rule").get("priority").asInt()).isEqualTo(50);

        Api.Reply toggled = api.patch("/api/auto-reply/rules/" + id + "/toggle", Map.of()).token(owner.token()).send();
        assertThat(toggled.json().get("rule").get("isActive").asBoolean()).isFalse();
        assertThat(api.patch("/api/auto-reply/rules/" + id + "/toggle", Map.of()).token(owner.token()).send()
                .json().get("rule").get("isActive").asBoolean()).isTrue();

        Api.Reply deleted = api.delete("/api/auto-reply/rules/" + id).token(owner.token()).send();
        assertThat(deleted.json().get("success").asBoolean()).isTrue();
        assertThat(api.get("/api/auto-reply/rules/" + id).token(owner.token()).send().status()).isEqualTo(404);
    }

    @Test
    void invalidRulesAnswer400NamingEachField() {
        Api.Reply reply = create(owner, Map.of("name", "", "triggerType", "keyword", "keywords", List.of(),
                "responseType", "text", "priority", 101, "delaySeconds", 90,
                "workingHours", Map.of("start", "9am", "end", "17:00", "timezone", "Asia/Nowhere")));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(texts(reply.json().get("errors"), "field")).contains("name", "keywords", "responseMessage", "priority",
                "delaySeconds", "workingHours.start", "workingHours.timezone");

        Api.Reply badEnum = create(owner, with(keywordRule("x", List.of("x"), "y"), "matchType", "fuzzy"));
        assertThat(badEnum.status()).isEqualTo(400);
        Api.Reply badRegex = create(owner, with(keywordRule("x", List.of("(a)\\1"), "y"), "matchType", "regex"));
        assertThat(badRegex.status()).isEqualTo(400);
        assertThat(texts(badRegex.json().get("errors"), "field")).containsExactly("keywords[0]");
        Api.Reply badMenu = create(owner, Map.of("name", "Menu", "triggerType", "keyword", "keywords", List.of("menu"),
                "responseType", "menu", "responseMessage", "Pilih:",
                "menuOptions", List.of(Map.of("key", "1", "label", "x", "next_rule_id", UUID.randomUUID().toString()))));
        assertThat(texts(badMenu.json().get("errors"), "field")).containsExactly("menuOptions[0].next_rule_id");
        Api.Reply badOperator = create(owner, Map.of("name", "CS", "triggerType", "keyword", "keywords", List.of("cs"),
                "responseType", "forward_to_cs", "routeToCsId", UUID.randomUUID().toString()));
        assertThat(texts(badOperator.json().get("errors"), "field")).containsExactly("routeToCsId");
    }

    @Test
    void aRuleAMenuOffersCannotBeDeletedUntilTheMenuLetsGo() {
        String price = createId(owner, keywordRule("Harga", List.of("harga"), "50rb"));
        Map<String, Object> menu = Map.of("name", "Menu utama", "triggerType", "keyword", "keywords", List.of("menu"),
                "responseType", "menu", "responseMessage", "Pilih:",
                "menuOptions", List.of(Map.of("key", "1", "label", "Harga", "next_rule_id", price)));
        String menuId = createId(owner, menu);

        Api.Reply refused = api.delete("/api/auto-reply/rules/" + price).token(owner.token()).send();
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("Menu utama");

        api.delete("/api/auto-reply/rules/" + menuId).token(owner.token()).send();
        assertThat(api.delete("/api/auto-reply/rules/" + price).token(owner.token()).send().status()).isEqualTo(200);
    }

    @Test
    void operatorsReadAndTestButOnlySupervisorsChangeRules() {
        SignedIn operator = accounts.addUser(owner.tenantId(), Role.OPERATOR);
        SignedIn supervisor = accounts.addUser(owner.tenantId(), Role.SUPERVISOR);
        assertThat(create(operator, keywordRule("x", List.of("x"), "y")).status()).isEqualTo(403);
        assertThat(create(supervisor, keywordRule("x", List.of("x"), "y")).status()).isEqualTo(201);
        assertThat(api.get("/api/auto-reply/rules").token(operator.token()).send().status()).isEqualTo(200);
        assertThat(api.post("/api/auto-reply/test", Map.of("testMessage", "x")).token(operator.token()).send().status())
                .isEqualTo(200);
    }

    @Test
    void theManageRulesFlagLetsAnOperatorChangeRulesAndItsRemovalStopsASupervisor() {
        SignedIn operator = accounts.addUser(owner.tenantId(), Role.OPERATOR);
        SignedIn supervisor = accounts.addUser(owner.tenantId(), Role.SUPERVISOR);
        api.patch("/api/cs-operators/" + operator.userId(), Map.of("permissions", Map.of("can_manage_rules", true)))
                .token(owner.token()).send();
        api.patch("/api/cs-operators/" + supervisor.userId(), Map.of("permissions", Map.of("can_manage_rules", false)))
                .token(owner.token()).send();

        // The role and flags are re-read within a few seconds of a change.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).until(() ->
                create(operator, keywordRule("Ongkir", List.of("ongkir"), "Gratis")).status() == 201);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).until(() ->
                create(supervisor, keywordRule("Promo", List.of("promo"), "Diskon")).status() == 403);
    }

    @Test
    void anotherBusinessesRuleIsNotFound() {
        String id = createId(owner, keywordRule("Harga khusus", List.of("harga"), "50rb"));
        SignedIn other = accounts.registerBusiness("Toko Lain");
        assertThat(api.get("/api/auto-reply/rules/" + id).token(other.token()).send().status()).isEqualTo(404);
        assertThat(api.put("/api/auto-reply/rules/" + id, keywordRule("x", List.of("x"), "y")).token(other.token()).send()
                .status()).isEqualTo(404);
        assertThat(api.patch("/api/auto-reply/rules/" + id + "/toggle", Map.of()).token(other.token()).send().status())
                .isEqualTo(404);
        assertThat(api.delete("/api/auto-reply/rules/" + id).token(other.token()).send().status()).isEqualTo(404);
        assertThat(api.post("/api/auto-reply/rules/" + id + "/test", Map.of("testMessage", "harga")).token(other.token())
                .send().status()).isEqualTo(404);
        assertThat(texts(rules(other), "name")).doesNotContain("Harga khusus");
    }

    @Test
    void testingOneRuleSaysWhetherItMatchesAndWhatItAnswers() {
        String id = createId(owner, keywordRule("Harga", List.of("harga"), "Halo {{name}}, harganya 50rb"));
        JsonNode partWord = api.post("/api/auto-reply/rules/" + id + "/test", Map.of("testMessage", "Berapa HARGANYA?"))
                .token(owner.token()).send().json();
        assertThat(partWord.get("matched").asBoolean()).isFalse();
        JsonNode exactWord = api.post("/api/auto-reply/rules/" + id + "/test", Map.of("testMessage", "harga kaos?"))
                .token(owner.token()).send().json();
        assertThat(exactWord.get("matched").asBoolean()).isTrue();
        assertThat(exactWord.get("matchedKeyword").asString()).isEqualTo("harga");
        assertThat(exactWord.get("response").asString()).isEqualTo("Halo Pelanggan, harganya 50rb");
        assertThat(exactWord.get("executionTimeMs").asDouble()).isGreaterThanOrEqualTo(0);

        String firstOnly = createId(owner, with(keywordRule("Pertama", List.of("halo"), "Selamat datang"),
                "conditions", Map.of("is_first_message", true)));
        assertThat(api.post("/api/auto-reply/rules/" + firstOnly + "/test", Map.of("testMessage", "halo",
                "customerContext", Map.of("isFirstMessage", true))).token(owner.token()).send().json()
                .get("matched").asBoolean()).isTrue();
        JsonNode returning = api.post("/api/auto-reply/rules/" + firstOnly + "/test", Map.of("testMessage", "halo",
                "customerContext", Map.of("isFirstMessage", false))).token(owner.token()).send().json();
        assertThat(returning.get("matched").asBoolean()).isFalse();
        assertThat(returning.get("reason").asString()).contains("is_first_message");
    }

    @Test
    void testingTheRuleSetExplainsTheWinnerAndTheOthers() {
        JsonNode night = api.post("/api/auto-reply/test", Map.of("testMessage", "barangnya rusak, harganya kemahalan",
                "at", "2026-11-24T22:30:00+07:00")).token(owner.token()).send().json();
        assertThat(night.get("matched").asBoolean()).isTrue();
        assertThat(night.get("answers")).hasSize(1);
        assertThat(night.get("answers").get(0).get("name").asString()).isEqualTo("Komplain → CS");
        assertThat(night.get("answers").get(0).get("matchedKeyword").asString()).isEqualTo("rusak");
        assertThat(night.get("answers").get(0).get("action").asString()).isEqualTo("forward_to_cs");
        JsonNode outcomes = night.get("rules");
        assertThat(outcomes).hasSize(6);
        assertThat(outcomes.get(1).get("reason").asString()).contains("akan cocok").contains("Komplain");
        assertThat(outcomes.get(1).get("reasonCode").asString()).isEqualTo("answered_by_earlier_rule");
        assertThat(outcomes.get(2).get("reason").asString()).contains("pesan pertama");

        // One message, one answer: at night a new customer is told when the team is back, not welcomed as well.
        JsonNode evening = api.post("/api/auto-reply/test", Map.of("testMessage", "halo, berapa harganya?",
                "at", "2026-11-24T21:00:00+07:00", "customerContext", Map.of("isFirstMessage", true)))
                .token(owner.token()).send().json();
        assertThat(texts(evening.get("answers"), "name")).containsExactly("Di luar jam kerja");
        assertThat(evening.get("answers").get(0).get("response").asString()).contains("terima kasih sudah menghubungi Toko Aturan");
        assertThat(evening.get("rules").get(2).get("reason").asString()).contains("akan cocok").contains("Di luar jam kerja");

        JsonNode daytime = api.post("/api/auto-reply/test", Map.of("testMessage", "halo, berapa harganya?",
                "at", "2026-11-24T10:00:00+07:00", "customerContext", Map.of("isFirstMessage", true)))
                .token(owner.token()).send().json();
        assertThat(texts(daytime.get("answers"), "name")).containsExactly("Sambutan");
        assertThat(daytime.get("rules").get(1).get("reason").asString()).isEqualTo("masih dalam jam kerja");
        assertThat(daytime.get("rules").get(5).get("reason").asString()).as("the price preset waits for the shop's prices")
                .isEqualTo("nonaktif");
    }

    /** What the live engine would do for this customer: nothing while a person has the chat, whatever matches. */
    @Test
    void testingForAContactSaysWhenTheBotWouldStayQuiet() {
        withoutRules(owner);
        createId(owner, keywordRule("Harga", List.of("harga"), "50rb"));
        String sari = api.post("/api/contacts", Map.of("phone", "081255556666", "name", "Sari"))
                .token(owner.token()).send().json().get("id").asString();
        JsonNode free = api.post("/api/auto-reply/test", Map.of("testMessage", "harga?", "contactId", sari))
                .token(owner.token()).send().json();
        assertThat(free.get("matched").asBoolean()).isTrue();
        assertThat(free.path("silenced").isNull() || free.path("silenced").isMissingNode()).isTrue();

        api.post("/api/contacts/" + sari + "/block", Map.of()).token(owner.token()).send();
        JsonNode blocked = api.post("/api/auto-reply/test", Map.of("testMessage", "harga?", "contactId", sari))
                .token(owner.token()).send().json();
        assertThat(blocked.get("matched").asBoolean()).isFalse();
        assertThat(blocked.get("answers")).isEmpty();
        assertThat(blocked.get("silenced").asString()).isEqualTo("kontak ini diblokir");
        assertThat(blocked.get("silencedCode").asString()).isEqualTo("contact_blocked");
        assertThat(blocked.get("rules").get(0).get("fired").asBoolean()).as("what the rule would do otherwise").isTrue();
    }

    @Test
    void testingForAContactUsesTheirTagsAndName() {
        withoutRules(owner);
        createId(owner, with(keywordRule("VIP", List.of("promo"), "Promo khusus untuk {{first_name}}"),
                "conditions", Map.of("customer_tags", List.of("vip"))));
        String vip = api.post("/api/contacts", Map.of("phone", "081211112222", "name", "Sari Dewi", "tags", List.of("vip")))
                .token(owner.token()).send().json().get("id").asString();
        String regular = api.post("/api/contacts", Map.of("phone", "081233334444", "name", "Joko"))
                .token(owner.token()).send().json().get("id").asString();

        JsonNode forVip = api.post("/api/auto-reply/test", Map.of("testMessage", "ada promo?", "contactId", vip))
                .token(owner.token()).send().json();
        assertThat(forVip.get("answers").get(0).get("response").asString()).isEqualTo("Promo khusus untuk Sari");
        JsonNode forRegular = api.post("/api/auto-reply/test", Map.of("testMessage", "ada promo?", "contactId", regular))
                .token(owner.token()).send().json();
        assertThat(forRegular.get("matched").asBoolean()).isFalse();
        assertThat(forRegular.get("rules").get(0).get("reason").asString()).isEqualTo("syarat customer_tags tidak terpenuhi");
        assertThat(api.post("/api/auto-reply/test", Map.of("testMessage", "x", "contactId", UUID.randomUUID().toString()))
                .token(owner.token()).send().status()).isEqualTo(404);
    }
}
