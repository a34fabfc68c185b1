package id.sapa.autoreply;

import static id.sapa.autoreply.TestRules.change;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import id.sapa.channel.spi.WhatsAppTemplate;
import id.sapa.shared.ProblemException;
import id.sapa.shared.ProblemException.FieldError;

class RuleValidatorTest {

    private static final UUID KNOWN_RULE = UUID.randomUUID();
    private static final UUID OPERATOR = UUID.randomUUID();
    private static final RuleValidator.Context CONTEXT = new RuleValidator.Context() {
        @Override
        public boolean ruleExists(UUID id) {
            return KNOWN_RULE.equals(id);
        }

        @Override
        public boolean userCanAnswerChats(UUID id) {
            return OPERATOR.equals(id);
        }

        @Override
        public Optional<Boolean> sharedQuickReplyActive(UUID id) {
            return SHARED_REPLY.equals(id) ? Optional.of(true) : OFF_REPLY.equals(id) ? Optional.of(false) : Optional.empty();
        }

        @Override
        public Optional<WhatsAppTemplate> template(String name, String language) {
            if (!language.equals("id")) {
                return Optional.empty();
            }
            return switch (name) {
                case "sapaan" -> Optional.of(new WhatsAppTemplate("1", name, language, "utility", "approved",
                        "Halo {{1}}, terima kasih.", 1));
                case "promo" -> Optional.of(new WhatsAppTemplate("2", name, language, "marketing", "pending", "Promo!", 0));
                case "tagihan" -> Optional.of(new WhatsAppTemplate("3", name, language, "utility", "approved", "Tagihan.", 0,
                        new WhatsAppTemplate.Header("document", null, 0), null, List.of()));
                case "sapaan_nama" -> Optional.of(new WhatsAppTemplate("4", name, language, "utility", "approved",
                        "Halo {{first_name}}.", 1, null, null, List.of(), WhatsAppTemplate.ParameterFormat.NAMED,
                        List.of("first_name")));
                default -> Optional.empty();
            };
        }
    };
    private static final UUID SHARED_REPLY = UUID.randomUUID();
    private static final UUID OFF_REPLY = UUID.randomUUID();

    private static final RuleDraft VALID = new RuleDraft("Harga", null, TriggerType.KEYWORD, List.of("harga"),
            MatchType.CONTAINS, false, true, null, null, null, null, ResponseType.TEXT, "Daftar harga", null, null, null,
            null, 50, false, null, null, 2, true, null, null, null, null);

    private static final WorkingHours HOURS = new WorkingHours("08:00", "17:00", "Asia/Jakarta", List.of(1), null, null);

    private static List<String> fieldsOf(RuleDraft draft) {
        ProblemException problem = catchThrowableOfType(ProblemException.class, () -> RuleValidator.check(draft, null, CONTEXT));
        assertThat(problem).as("expected a validation problem").isNotNull();
        @SuppressWarnings("unchecked")
        List<FieldError> errors = (List<FieldError>) problem.properties().get("errors");
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void aValidRulePasses() {
        assertThatCode(() -> RuleValidator.check(VALID, null, CONTEXT)).doesNotThrowAnyException();
        RuleDraft menu = change(change(VALID, "responseType", ResponseType.MENU), "menuOptions", List.of(
                new MenuOption("1", "Harga", KNOWN_RULE, null, null),
                new MenuOption("2", "Bicara dengan CS", null, "forward_to_cs", null),
                new MenuOption("3", "Lokasi", null, null, "Jl. Merdeka 1")));
        assertThatCode(() -> RuleValidator.check(menu, null, CONTEXT)).doesNotThrowAnyException();
    }

    static List<Arguments> invalidDrafts() {
        return List.of(
                Arguments.of(change(VALID, "name", " "), "name"),
                Arguments.of(change(VALID, "name", "x".repeat(101)), "name"),
                Arguments.of(change(VALID, "triggerType", null), "triggerType"),
                Arguments.of(change(VALID, "keywords", List.of()), "keywords"),
                Arguments.of(change(VALID, "keywords", java.util.Collections.nCopies(51, "k")), "keywords"),
                Arguments.of(change(VALID, "keywords", List.of("ok", " ")), "keywords[1]"),
                Arguments.of(change(VALID, "keywords", List.of("x".repeat(101))), "keywords[0]"),
                Arguments.of(change(VALID, "keywords", List.of("?!")), "keywords[0]"),
                Arguments.of(change(change(VALID, "matchType", MatchType.REGEX), "keywords", List.of("(a")), "keywords[0]"),
                Arguments.of(change(change(VALID, "matchType", MatchType.REGEX), "keywords", List.of("(a)\\1")), "keywords[0]"),
                Arguments.of(change(VALID, "triggerType", TriggerType.PATTERN), "regexPattern"),
                Arguments.of(change(change(VALID, "triggerType", TriggerType.PATTERN), "regexPattern", "(?<=a)b"), "regexPattern"),
                Arguments.of(change(VALID, "workingHours", new WorkingHours("9", "17:00", null, null, null, null)), "workingHours.start"),
                Arguments.of(change(VALID, "workingHours", new WorkingHours("09:00", "25:00", null, null, null, null)), "workingHours.end"),
                Arguments.of(change(VALID, "workingHours", new WorkingHours("09:00", "17:00", "Mars/Base", null, null, null)), "workingHours.timezone"),
                Arguments.of(change(VALID, "workingHours", new WorkingHours("09:00", "17:00", null, List.of(0), null, null)), "workingHours.days"),
                Arguments.of(change(VALID, "workingHours", new WorkingHours("09:00", "17:00", null, null,
                        Map.of("8", new WorkingHours.Hours("09:00", "12:00")), null)), "workingHours.schedule.8"),
                Arguments.of(change(VALID, "workingHours", new WorkingHours("09:00", "17:00", null, null,
                        Map.of("6", new WorkingHours.Hours("09:00", "noon")), null)), "workingHours.schedule.6.end"),
                Arguments.of(change(VALID, "workingHours", new WorkingHours("09:00", "17:00", null, null, null,
                        List.of("25-12-2026"))), "workingHours.holidays"),
                Arguments.of(change(VALID, "welcomeAfterDays", 30), "welcomeAfterDays"),
                Arguments.of(change(change(VALID, "triggerType", TriggerType.WELCOME), "welcomeAfterDays", 0), "welcomeAfterDays"),
                Arguments.of(change(VALID, "conditions", new Conditions(null, null, null, 5, 2, null)), "conditions.message_count_max"),
                Arguments.of(change(VALID, "conditions", new Conditions(null, null, null, -1, null, null)), "conditions.message_count_min"),
                Arguments.of(change(VALID, "conditions", new Conditions(null, null, null, null, null, List.of("hologram"))), "conditions.message_types"),
                Arguments.of(change(VALID, "responseMessage", null), "responseMessage"),
                Arguments.of(change(VALID, "responseMessage", "x".repeat(4097)), "responseMessage"),
                Arguments.of(change(VALID, "menuOptions", List.of(new MenuOption("1", "a", null, null, "b"))), "menuOptions"),
                Arguments.of(change(VALID, "responseType", ResponseType.MENU), "menuOptions"),
                Arguments.of(change(change(VALID, "responseType", ResponseType.MENU), "menuOptions",
                        List.of(new MenuOption("1", "a", null, null, "b"), new MenuOption("1", "c", null, null, "d"))), "menuOptions[1].key"),
                Arguments.of(change(change(VALID, "responseType", ResponseType.MENU), "menuOptions",
                        List.of(new MenuOption("1", "a", null, null, null))), "menuOptions[0]"),
                Arguments.of(change(change(VALID, "responseType", ResponseType.MENU), "menuOptions",
                        List.of(new MenuOption("1", "a", UUID.randomUUID(), null, null))), "menuOptions[0].next_rule_id"),
                Arguments.of(change(change(VALID, "responseType", ResponseType.MENU), "menuOptions",
                        List.of(new MenuOption("1", "a", null, "show_pricing", null))), "menuOptions[0].action"),
                Arguments.of(change(change(VALID, "responseType", ResponseType.MENU), "menuOptions",
                        List.of(new MenuOption("", "a", null, null, "b"))), "menuOptions[0].key"),
                Arguments.of(change(VALID, "routeToCsId", OPERATOR), "routeToCsId"),
                Arguments.of(change(change(VALID, "responseType", ResponseType.FORWARD_TO_CS), "routeToCsId", UUID.randomUUID()), "routeToCsId"),
                Arguments.of(change(VALID, "routeCondition", "angry"), "routeCondition"),
                Arguments.of(change(VALID, "priority", 101), "priority"),
                Arguments.of(change(VALID, "priority", -1), "priority"),
                Arguments.of(change(VALID, "delaySeconds", 61), "delaySeconds"),
                Arguments.of(change(VALID, "cooldownMinutes", -5), "cooldownMinutes"),
                Arguments.of(change(VALID, "maxTriggersPerDay", 0), "maxTriggersPerDay"),
                Arguments.of(TEMPLATE, "templateName"),
                Arguments.of(change(change(TEMPLATE, "quickReplyId", SHARED_REPLY), "templateName", "sapaan"), "quickReplyId"),
                Arguments.of(change(TEMPLATE, "quickReplyId", UUID.randomUUID()), "quickReplyId"),
                Arguments.of(change(TEMPLATE, "quickReplyId", OFF_REPLY), "quickReplyId"),
                Arguments.of(change(TEMPLATE, "templateName", "sapaan"), "templateLanguage"),
                Arguments.of(whatsApp("tidak_ada", List.of()), "templateName"),
                Arguments.of(change(whatsApp("sapaan", List.of("{{name}}")), "templateLanguage", "en"), "templateName"),
                Arguments.of(whatsApp("promo", List.of()), "templateName"),
                Arguments.of(whatsApp("tagihan", List.of()), "templateName"),
                Arguments.of(whatsApp("sapaan_nama", List.of("{{name}}")), "templateName"),
                Arguments.of(whatsApp("sapaan", List.of()), "templateParameters"),
                Arguments.of(whatsApp("sapaan", List.of("{{name}}", "lagi")), "templateParameters"),
                Arguments.of(whatsApp("sapaan", List.of(" ")), "templateParameters[0]"),
                Arguments.of(change(VALID, "quickReplyId", SHARED_REPLY), "quickReplyId"),
                Arguments.of(change(VALID, "templateName", "sapaan"), "templateName"));
    }

    /** A template response as a tenant would start it: no text of its own, nothing named yet. */
    private static final RuleDraft TEMPLATE = change(change(VALID, "responseType", ResponseType.TEMPLATE), "responseMessage", null);

    private static RuleDraft whatsApp(String name, List<String> parameters) {
        return change(change(change(TEMPLATE, "templateName", name), "templateLanguage", "id"), "templateParameters", parameters);
    }

    @Test
    void aTemplateResponseSendsASharedQuickReplyOrAnApprovedTemplateWithItsValues() {
        assertThatCode(() -> RuleValidator.check(change(TEMPLATE, "quickReplyId", SHARED_REPLY), null, CONTEXT))
                .doesNotThrowAnyException();
        assertThatCode(() -> RuleValidator.check(whatsApp("sapaan", List.of("{{first_name}}")), null, CONTEXT))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @MethodSource("invalidDrafts")
    void eachInvalidFieldIsNamed(RuleDraft draft, String field) {
        assertThat(fieldsOf(draft)).contains(field);
    }

    @Test
    void aMenuCannotOfferItself() {
        UUID self = KNOWN_RULE;
        RuleDraft menu = change(change(VALID, "responseType", ResponseType.MENU), "menuOptions",
                List.of(new MenuOption("1", "again", self, null, null)));
        assertThat(catchThrowableOfType(ProblemException.class, () -> RuleValidator.check(menu, self, CONTEXT))).isNotNull();
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        RuleDraft draft = change(change(change(VALID, "name", ""), "priority", 500), "delaySeconds", 99);
        assertThat(fieldsOf(draft)).containsExactly("name", "priority", "delaySeconds");
    }

    @Test
    void aForwardNeedsNoMessageButMayNameAnOperator() {
        RuleDraft forward = change(change(change(VALID, "responseType", ResponseType.FORWARD_TO_CS), "responseMessage", null),
                "routeToCsId", OPERATOR);
        assertThatCode(() -> RuleValidator.check(forward, null, CONTEXT)).doesNotThrowAnyException();
    }
}
