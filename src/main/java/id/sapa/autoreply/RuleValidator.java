package id.sapa.autoreply;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.google.re2j.PatternSyntaxException;

import id.sapa.channel.spi.MessageKind;
import id.sapa.channel.spi.WhatsAppTemplate;
import id.sapa.shared.ProblemException;
import id.sapa.shared.ProblemException.FieldError;

/**
 * Checks a rule draft and names every invalid field; a rule that passes compiles and runs.
 * Limits keep one tenant's rule set small enough to decide in well under a millisecond.
 */
final class RuleValidator {

    static final int MAX_KEYWORDS = 50;
    static final int MAX_KEYWORD_LENGTH = 100;
    static final int MAX_PATTERN_LENGTH = 500;
    static final int MAX_MESSAGE_LENGTH = 4096;
    static final int MAX_MENU_OPTIONS = 10;
    /** Why a rule still holding a preset's example cannot answer customers. */
    static final String EXAMPLE_TEXT_LEFT = "still holds the example text in [brackets]: write your own before the rule is switched on";
    static final Set<String> ROUTE_CONDITIONS = Set.of("complaint", "urgent", "technical");

    /** What the validator needs to know about the tenant's other rules, users, quick replies and templates. */
    interface Context {
        boolean ruleExists(UUID id);

        boolean userCanAnswerChats(UUID id);

        /** Empty when it is not a quick reply the whole team shares; else whether it is switched on. */
        Optional<Boolean> sharedQuickReplyActive(UUID id);

        Optional<WhatsAppTemplate> template(String name, String language);
    }

    private final List<FieldError> errors = new ArrayList<>();

    private RuleValidator() {
    }

    /**
     * @param self the rule being updated, null for a new one
     * @throws ProblemException a validation problem listing every invalid field
     */
    static void check(RuleDraft draft, UUID self, Context context) {
        RuleValidator validator = new RuleValidator();
        validator.validate(draft, self, context);
        if (!validator.errors.isEmpty()) {
            FieldError first = validator.errors.getFirst();
            throw ProblemException.invalidField(first.field(), first.message()).with("errors", validator.errors);
        }
    }

    private void validate(RuleDraft draft, UUID self, Context context) {
        text("name", draft.name(), 100, true);
        text("description", draft.description(), 1000, false);
        if (draft.triggerType() == null) {
            error("triggerType", "is required: welcome, keyword, time_based, pattern or menu_selection");
        } else {
            switch (draft.triggerType()) {
                case KEYWORD -> keywords(draft);
                case PATTERN -> {
                    if (draft.regexPattern() == null || draft.regexPattern().isBlank()) {
                        error("regexPattern", "is required for a pattern rule");
                    }
                }
                case TIME_BASED, WELCOME, MENU_SELECTION -> {
                    // A time_based rule without working hours follows the business's hours.
                }
            }
        }
        if (draft.regexPattern() != null && !draft.regexPattern().isBlank()) {
            regex("regexPattern", draft.regexPattern());
        }
        if (draft.workingHours() != null) {
            workingHours(draft.workingHours());
        }
        if (draft.welcomeAfterDays() != null) {
            range("welcomeAfterDays", draft.welcomeAfterDays(), 1, 365);
            if (draft.triggerType() != null && draft.triggerType() != TriggerType.WELCOME) {
                error("welcomeAfterDays", "applies to welcome rules only");
            }
        }
        if (draft.conditions() != null) {
            conditions(draft.conditions());
        }
        response(draft, self, context);
        if (draft.priority() != null) {
            range("priority", draft.priority(), 0, 100);
        }
        if (draft.delaySeconds() != null) {
            range("delaySeconds", draft.delaySeconds(), 0, 60);
        }
        if (draft.cooldownMinutes() != null) {
            range("cooldownMinutes", draft.cooldownMinutes(), 0, 7 * 24 * 60);
        }
        if (draft.maxTriggersPerDay() != null) {
            range("maxTriggersPerDay", draft.maxTriggersPerDay(), 1, 1000);
        }
    }

    private void keywords(RuleDraft draft) {
        if (draft.keywords().isEmpty()) {
            error("keywords", "a keyword rule needs at least one keyword");
            return;
        }
        if (draft.keywords().size() > MAX_KEYWORDS) {
            error("keywords", "at most " + MAX_KEYWORDS + " keywords per rule");
            return;
        }
        boolean regex = draft.matchType() == MatchType.REGEX;
        for (int i = 0; i < draft.keywords().size(); i++) {
            String field = "keywords[" + i + "]";
            String keyword = draft.keywords().get(i);
            if (keyword == null || keyword.isBlank()) {
                error(field, "must not be blank");
            } else if (keyword.length() > (regex ? MAX_PATTERN_LENGTH : MAX_KEYWORD_LENGTH)) {
                error(field, "at most " + (regex ? MAX_PATTERN_LENGTH : MAX_KEYWORD_LENGTH) + " characters");
            } else if (regex) {
                regex(field, keyword);
            } else if (Texts.normalise(keyword).isEmpty()) {
                error(field, "must contain a letter or a digit");
            }
        }
    }

    private void regex(String field, String pattern) {
        if (pattern.length() > MAX_PATTERN_LENGTH) {
            error(field, "at most " + MAX_PATTERN_LENGTH + " characters");
            return;
        }
        try {
            CompiledRules.regex(pattern, true);
        } catch (PatternSyntaxException e) {
            error(field, "is not a valid regular expression (RE2 syntax, no back-references or look-arounds): "
                    + e.getDescription());
        }
    }

    /** The same checks as the tenant's business hours, under {@code workingHours}. */
    private void workingHours(WorkingHours hours) {
        errors.addAll(hours.asBusinessHours().problems("workingHours"));
    }

    private void conditions(Conditions conditions) {
        if (conditions.messageCountMin() != null && conditions.messageCountMin() < 0) {
            error("conditions.message_count_min", "must not be negative");
        }
        if (conditions.messageCountMax() != null && conditions.messageCountMax() < 0) {
            error("conditions.message_count_max", "must not be negative");
        }
        if (conditions.messageCountMin() != null && conditions.messageCountMax() != null
                && conditions.messageCountMin() > conditions.messageCountMax()) {
            error("conditions.message_count_max", "must not be below message_count_min");
        }
        if (conditions.customerTags().size() > 20 || conditions.customerTags().stream().anyMatch(t -> t == null || t.isBlank())) {
            error("conditions.customer_tags", "up to 20 tags, none blank");
        }
        for (String type : conditions.messageTypes()) {
            try {
                MessageKind.fromCode(type);
            } catch (IllegalArgumentException e) {
                error("conditions.message_types", e.getMessage());
                break;
            }
        }
    }

    private void response(RuleDraft draft, UUID self, Context context) {
        ResponseType type = draft.responseType() == null ? ResponseType.TEXT : draft.responseType();
        boolean tellsCustomer = type == ResponseType.FORWARD_TO_CS || type == ResponseType.SMART_ROUTE;
        text("responseMessage", draft.responseMessage(), MAX_MESSAGE_LENGTH, !tellsCustomer && type != ResponseType.TEMPLATE);
        if (!Boolean.FALSE.equals(draft.isActive()) && Presets.holdsExampleText(draft.responseMessage())) {
            error("responseMessage", EXAMPLE_TEXT_LEFT);
        }
        if (type == ResponseType.TEMPLATE) {
            template(draft, context);
        } else if (draft.quickReplyId() != null || draft.templateName() != null || draft.templateLanguage() != null
                || !draft.templateParameters().isEmpty()) {
            error(draft.quickReplyId() != null ? "quickReplyId" : "templateName", "applies to template responses only");
        }
        text("responseTemplate", draft.responseTemplate(), 100, false);
        if (type == ResponseType.MENU) {
            menu(draft.menuOptions(), self, context);
        } else if (!draft.menuOptions().isEmpty()) {
            error("menuOptions", "apply to menu responses only");
        }
        if (draft.routeToCsId() != null) {
            if (!tellsCustomer) {
                error("routeToCsId", "applies to forward_to_cs and smart_route responses only");
            } else if (!context.userCanAnswerChats(draft.routeToCsId())) {
                error("routeToCsId", "is not a user of this business who can answer chats");
            }
        }
        if (draft.routeCondition() != null && !ROUTE_CONDITIONS.contains(draft.routeCondition())) {
            error("routeCondition", "must be complaint, urgent or technical");
        }
    }

    /**
     * A template response names one thing to send: a shared quick reply, or an approved WhatsApp
     * template whose body values the rule can give (a template that also needs a header or button
     * value cannot be sent by a rule).
     */
    private void template(RuleDraft draft, Context context) {
        boolean named = draft.templateName() != null && !draft.templateName().isBlank();
        if (draft.quickReplyId() == null && !named) {
            error("templateName", "a template response sends a quick reply (quickReplyId) or a WhatsApp template "
                    + "(templateName and templateLanguage)");
            return;
        }
        if (draft.quickReplyId() != null) {
            if (named || draft.templateLanguage() != null || !draft.templateParameters().isEmpty()) {
                error("quickReplyId", "give either quickReplyId or templateName, not both");
                return;
            }
            Optional<Boolean> active = context.sharedQuickReplyActive(draft.quickReplyId());
            if (active.isEmpty()) {
                error("quickReplyId", "is not a quick reply the whole team shares");
            } else if (!active.get()) {
                error("quickReplyId", "the quick reply is switched off");
            }
            return;
        }
        if (draft.templateLanguage() == null || draft.templateLanguage().isBlank()) {
            error("templateLanguage", "is required with templateName (the template's language code, such as id or en_US)");
            return;
        }
        String name = draft.templateName().strip();
        String language = draft.templateLanguage().strip();
        Optional<WhatsAppTemplate> found = context.template(name, language);
        if (found.isEmpty()) {
            error("templateName", "no template '" + name + "' in language '" + language
                    + "'; sync them with POST /api/whatsapp/templates/sync");
            return;
        }
        WhatsAppTemplate template = found.get();
        if (!template.approved()) {
            error("templateName", "template '" + name + "' is " + template.status() + "; only approved templates can be sent");
        }
        if ((template.header() != null && template.header().needsValue())
                || template.buttons().stream().anyMatch(b -> "url".equals(b.type()) && b.parameterCount() > 0)) {
            error("templateName", "template '" + name + "' needs a header or button value, which a rule cannot give");
        }
        if (template.named()) {
            // templateParameters are positional: a rule has no way to say which placeholder a value fills.
            error("templateName", "template '" + name + "' takes its values by name ({{" + String.join("}}, {{",
                    template.parameterNames()) + "}}), which a rule cannot give; choose a template with {{1}}-style placeholders");
        }
        if (draft.templateParameters().size() != template.parameterCount()) {
            error("templateParameters", "template '" + name + "' takes " + template.parameterCount() + " parameters; "
                    + draft.templateParameters().size() + " given");
        }
        for (int i = 0; i < draft.templateParameters().size(); i++) {
            text("templateParameters[" + i + "]", draft.templateParameters().get(i), 1024, true);
        }
    }

    private void menu(List<MenuOption> options, UUID self, Context context) {
        if (options.isEmpty() || options.size() > MAX_MENU_OPTIONS) {
            error("menuOptions", "a menu has 1 to " + MAX_MENU_OPTIONS + " options");
            return;
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < options.size(); i++) {
            String field = "menuOptions[" + i + "]";
            MenuOption option = options.get(i);
            if (option == null) {
                error(field, "must not be empty");
                continue;
            }
            text(field + ".key", option.key(), 10, true);
            text(field + ".label", option.label(), 100, true);
            if (option.key() != null && !keys.add(Texts.fold(Texts.normalise(option.key())))) {
                error(field + ".key", "is used by another option");
            }
            boolean runsRule = option.nextRuleId() != null;
            boolean answers = option.action() != null || option.response() != null;
            if (runsRule == answers) {
                error(field, "needs either next_rule_id, or a response and/or an action");
            }
            if (option.nextRuleId() != null && (option.nextRuleId().equals(self) || !context.ruleExists(option.nextRuleId()))) {
                error(field + ".next_rule_id", "is not another rule of this business");
            }
            if (option.action() != null && !MenuOption.FORWARD_TO_CS.equals(option.action())) {
                error(field + ".action", "must be forward_to_cs");
            }
            text(field + ".response", option.response(), MAX_MESSAGE_LENGTH, false);
        }
    }

    private void text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                error(field, "is required");
            }
        } else if (value.length() > max) {
            error(field, "at most " + max + " characters");
        }
    }

    private void range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            error(field, "must be between " + min + " and " + max);
        }
    }

    private void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }
}
