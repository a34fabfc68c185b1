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
import id.sapa.shared.Codes;
import id.sapa.shared.FieldMessages;
import id.sapa.shared.ProblemException;
import id.sapa.shared.ProblemException.FieldError;
import id.sapa.shared.Text;

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
    static final Text EXAMPLE_TEXT_LEFT = new Text(
            "masih berisi contoh teks dalam [kurung siku]: tulis teks Anda sendiri sebelum aturan diaktifkan",
            "still holds the example text in [brackets]: write your own before the rule is switched on");
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
            throw ProblemException.invalidFields(validator.errors);
        }
    }

    private void validate(RuleDraft draft, UUID self, Context context) {
        text("name", draft.name(), 100, true);
        text("description", draft.description(), 1000, false);
        if (draft.triggerType() == null) {
            error("triggerType", new Text("wajib diisi: welcome, keyword, time_based, pattern atau menu_selection", "is required: welcome, keyword, time_based, pattern or menu_selection"));
        } else {
            switch (draft.triggerType()) {
                case KEYWORD -> keywords(draft);
                case PATTERN -> {
                    if (draft.regexPattern() == null || draft.regexPattern().isBlank()) {
                        error("regexPattern", new Text("wajib diisi untuk aturan pola", "is required for a pattern rule"));
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
                error("welcomeAfterDays", new Text("hanya berlaku untuk aturan sambutan", "applies to welcome rules only"));
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
            error("keywords", new Text("aturan kata kunci perlu paling sedikit satu kata kunci", "a keyword rule needs at least one keyword"));
            return;
        }
        if (draft.keywords().size() > MAX_KEYWORDS) {
            error("keywords", new Text("paling banyak " + MAX_KEYWORDS + " kata kunci per aturan",
                    "at most " + MAX_KEYWORDS + " keywords per rule"));
            return;
        }
        boolean regex = draft.matchType() == MatchType.REGEX;
        for (int i = 0; i < draft.keywords().size(); i++) {
            String field = "keywords[" + i + "]";
            String keyword = draft.keywords().get(i);
            if (keyword == null || keyword.isBlank()) {
                error(field, new Text("tidak boleh hanya berisi spasi", "must not be blank"));
            } else if (keyword.length() > (regex ? MAX_PATTERN_LENGTH : MAX_KEYWORD_LENGTH)) {
                error(field, atMost(regex ? MAX_PATTERN_LENGTH : MAX_KEYWORD_LENGTH));
            } else if (regex) {
                regex(field, keyword);
            } else if (Texts.normalise(keyword).isEmpty()) {
                error(field, new Text("harus berisi huruf atau angka", "must contain a letter or a digit"));
            }
        }
    }

    private void regex(String field, String pattern) {
        if (pattern.length() > MAX_PATTERN_LENGTH) {
            error(field, atMost(MAX_PATTERN_LENGTH));
            return;
        }
        try {
            CompiledRules.regex(pattern, true);
        } catch (PatternSyntaxException e) {
            // RE2's description of the fault is its own English, quoted.
            error(field, new Text("bukan regular expression yang valid (sintaks RE2, tanpa back-reference atau look-around): ",
                    "is not a valid regular expression (RE2 syntax, no back-references or look-arounds): ")
                    .then(Text.verbatim(e.getDescription())));
        }
    }

    /** The same checks as the tenant's business hours, under {@code workingHours}. */
    private void workingHours(WorkingHours hours) {
        errors.addAll(hours.asBusinessHours().problems("workingHours"));
    }

    private void conditions(Conditions conditions) {
        if (conditions.messageCountMin() != null && conditions.messageCountMin() < 0) {
            error("conditions.message_count_min", new Text("tidak boleh negatif", "must not be negative"));
        }
        if (conditions.messageCountMax() != null && conditions.messageCountMax() < 0) {
            error("conditions.message_count_max", new Text("tidak boleh negatif", "must not be negative"));
        }
        if (conditions.messageCountMin() != null && conditions.messageCountMax() != null
                && conditions.messageCountMin() > conditions.messageCountMax()) {
            error("conditions.message_count_max", new Text("tidak boleh di bawah message_count_min", "must not be below message_count_min"));
        }
        if (conditions.customerTags().size() > 20 || conditions.customerTags().stream().anyMatch(t -> t == null || t.isBlank())) {
            error("conditions.customer_tags", new Text("paling banyak 20 label, tidak ada yang kosong", "up to 20 tags, none blank"));
        }
        for (String type : conditions.messageTypes()) {
            try {
                MessageKind.fromCode(type);
            } catch (IllegalArgumentException e) {
                error("conditions.message_types", Codes.notOneOf(MessageKind.class, type));
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
            error(draft.quickReplyId() != null ? "quickReplyId" : "templateName", new Text("hanya berlaku untuk balasan template", "applies to template responses only"));
        }
        text("responseTemplate", draft.responseTemplate(), 100, false);
        if (type == ResponseType.MENU) {
            menu(draft.menuOptions(), self, context);
        } else if (!draft.menuOptions().isEmpty()) {
            error("menuOptions", new Text("hanya berlaku untuk balasan menu", "apply to menu responses only"));
        }
        if (draft.routeToCsId() != null) {
            if (!tellsCustomer) {
                error("routeToCsId", new Text("hanya berlaku untuk balasan forward_to_cs dan smart_route", "applies to forward_to_cs and smart_route responses only"));
            } else if (!context.userCanAnswerChats(draft.routeToCsId())) {
                error("routeToCsId", new Text("bukan pengguna usaha ini yang dapat membalas chat", "is not a user of this business who can answer chats"));
            }
        }
        if (draft.routeCondition() != null && !ROUTE_CONDITIONS.contains(draft.routeCondition())) {
            error("routeCondition", new Text("harus complaint, urgent atau technical", "must be complaint, urgent or technical"));
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
            error("templateName", new Text("balasan template mengirim balasan cepat (quickReplyId) atau template WhatsApp "
                    + "(templateName dan templateLanguage)", "a template response sends a quick reply (quickReplyId) or a WhatsApp template "
                    + "(templateName and templateLanguage)"));
            return;
        }
        if (draft.quickReplyId() != null) {
            if (named || draft.templateLanguage() != null || !draft.templateParameters().isEmpty()) {
                error("quickReplyId", new Text("isi quickReplyId atau templateName, jangan keduanya", "give either quickReplyId or templateName, not both"));
                return;
            }
            Optional<Boolean> active = context.sharedQuickReplyActive(draft.quickReplyId());
            if (active.isEmpty()) {
                error("quickReplyId", new Text("bukan balasan cepat yang dipakai seluruh tim", "is not a quick reply the whole team shares"));
            } else if (!active.get()) {
                error("quickReplyId", new Text("balasan cepat ini sedang dinonaktifkan", "the quick reply is switched off"));
            }
            return;
        }
        if (draft.templateLanguage() == null || draft.templateLanguage().isBlank()) {
            error("templateLanguage", new Text("wajib diisi bersama templateName (kode bahasa template, misalnya id atau en_US)", "is required with templateName (the template's language code, such as id or en_US)"));
            return;
        }
        String name = draft.templateName().strip();
        String language = draft.templateLanguage().strip();
        Optional<WhatsAppTemplate> found = context.template(name, language);
        if (found.isEmpty()) {
            error("templateName", new Text("tidak ada template '" + name + "' dalam bahasa '" + language
                    + "'; sinkronkan dengan POST /api/whatsapp/templates/sync", "no template '" + name + "' in language '" + language
                    + "'; sync them with POST /api/whatsapp/templates/sync"));
            return;
        }
        WhatsAppTemplate template = found.get();
        if (!template.approved()) {
            error("templateName", new Text("template '" + name + "' berstatus " + template.status()
                    + "; hanya template yang disetujui yang bisa dikirim",
                    "template '" + name + "' is " + template.status() + "; only approved templates can be sent"));
        }
        if ((template.header() != null && template.header().needsValue())
                || template.buttons().stream().anyMatch(b -> "url".equals(b.type()) && b.parameterCount() > 0)) {
            error("templateName", new Text("template '" + name + "' perlu nilai header atau tombol, yang tidak bisa diberikan aturan",
                    "template '" + name + "' needs a header or button value, which a rule cannot give"));
        }
        if (template.named()) {
            // templateParameters are positional: a rule has no way to say which placeholder a value fills.
            String names = "({{" + String.join("}}, {{", template.parameterNames()) + "}})";
            error("templateName", new Text("template '" + name + "' mengambil nilainya menurut nama " + names
                    + ", yang tidak bisa diberikan aturan; pilih template dengan placeholder bergaya {{1}}",
                    "template '" + name + "' takes its values by name " + names
                    + ", which a rule cannot give; choose a template with {{1}}-style placeholders"));
        }
        if (draft.templateParameters().size() != template.parameterCount()) {
            int given = draft.templateParameters().size();
            error("templateParameters", new Text("template '" + name + "' memerlukan " + template.parameterCount()
                    + " parameter; diberikan " + given,
                    "template '" + name + "' takes " + template.parameterCount() + " parameters; " + given + " given"));
        }
        for (int i = 0; i < draft.templateParameters().size(); i++) {
            text("templateParameters[" + i + "]", draft.templateParameters().get(i), 1024, true);
        }
    }

    private void menu(List<MenuOption> options, UUID self, Context context) {
        if (options.isEmpty() || options.size() > MAX_MENU_OPTIONS) {
            error("menuOptions", new Text("menu berisi 1 sampai " + MAX_MENU_OPTIONS + " pilihan",
                    "a menu has 1 to " + MAX_MENU_OPTIONS + " options"));
            return;
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < options.size(); i++) {
            String field = "menuOptions[" + i + "]";
            MenuOption option = options.get(i);
            if (option == null) {
                error(field, new Text("tidak boleh kosong", "must not be empty"));
                continue;
            }
            text(field + ".key", option.key(), 10, true);
            text(field + ".label", option.label(), 100, true);
            if (option.key() != null && !keys.add(Texts.fold(Texts.normalise(option.key())))) {
                error(field + ".key", new Text("sudah dipakai pilihan lain", "is used by another option"));
            }
            boolean runsRule = option.nextRuleId() != null;
            boolean answers = option.action() != null || option.response() != null;
            if (runsRule == answers) {
                error(field, new Text("perlu next_rule_id, atau response dan/atau action", "needs either next_rule_id, or a response and/or an action"));
            }
            if (option.nextRuleId() != null && (option.nextRuleId().equals(self) || !context.ruleExists(option.nextRuleId()))) {
                error(field + ".next_rule_id", new Text("bukan aturan lain milik usaha ini", "is not another rule of this business"));
            }
            if (option.action() != null && !MenuOption.FORWARD_TO_CS.equals(option.action())) {
                error(field + ".action", new Text("harus forward_to_cs", "must be forward_to_cs"));
            }
            text(field + ".response", option.response(), MAX_MESSAGE_LENGTH, false);
        }
    }

    private void text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                error(field, new Text("wajib diisi", "is required"));
            }
        } else if (value.length() > max) {
            error(field, atMost(max));
        }
    }

    private void range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            error(field, FieldMessages.between(min, max));
        }
    }

    private static Text atMost(int max) {
        return new Text("paling banyak " + max + " karakter", "at most " + max + " characters");
    }

    private void error(String field, Text message) {
        errors.add(new FieldError(field, message));
    }
}
