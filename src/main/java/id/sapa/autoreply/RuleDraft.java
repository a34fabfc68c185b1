package id.sapa.autoreply;

import java.util.List;
import java.util.UUID;

/**
 * What a rule is and does, declared once: as a tenant writes it (the body of {@code POST} and
 * {@code PUT /api/auto-reply/rules}, where any field may be left out) and, after
 * {@link #withDefaults(int)}, as a saved {@link Rule} holds it. Unset fields take the defaults of
 * seed 002: match {@code contains}, no case sensitivity, whole words or continuing to next rules,
 * no conditions, a {@code text} response, priority 50, the configured delay, active.
 *
 * @param wholeWord       keywords match whole words only, so "hi" does not fire on "hitam"
 * @param welcomeAfterDays a welcome rule also greets a customer who writes again after this many days
 * @param continueToNext  after this rule fires, lower-priority rules are still tried
 * @param quickReplyId    a {@code template} response that sends this team quick reply's text
 * @param templateName    a {@code template} response that sends this approved WhatsApp template
 *                        (in {@code templateLanguage}) with {@code templateParameters} as its body
 *                        values, which may hold the rule's variables ({@code {{name}}} …)
 */
public record RuleDraft(
        String name,
        String description,
        TriggerType triggerType,
        List<String> keywords,
        MatchType matchType,
        Boolean caseSensitive,
        Boolean wholeWord,
        WorkingHours workingHours,
        String regexPattern,
        Conditions conditions,
        Integer welcomeAfterDays,
        ResponseType responseType,
        String responseMessage,
        String responseTemplate,
        List<MenuOption> menuOptions,
        UUID routeToCsId,
        String routeCondition,
        Integer priority,
        Boolean continueToNext,
        Integer cooldownMinutes,
        Integer maxTriggersPerDay,
        Integer delaySeconds,
        Boolean isActive,
        UUID quickReplyId,
        String templateName,
        String templateLanguage,
        List<String> templateParameters) {

    public RuleDraft {
        keywords = keywords == null ? List.of() : keywords;
        menuOptions = menuOptions == null ? List.of() : menuOptions;
        templateParameters = templateParameters == null ? List.of() : templateParameters;
    }

    /**
     * The definition as it is saved: the defaults in place of unset fields, the name and the template's
     * name and language without surrounding blanks (a blank one is none), the lists immutable. Applied
     * after validation, which reports a null in a list by its index. Applying it again changes nothing.
     *
     * @param defaultDelaySeconds the configured delay, for a draft that sets none
     */
    public RuleDraft withDefaults(int defaultDelaySeconds) {
        return new RuleDraft(name == null ? null : name.strip(), description, triggerType, List.copyOf(keywords),
                matchType == null ? MatchType.CONTAINS : matchType, Boolean.TRUE.equals(caseSensitive),
                Boolean.TRUE.equals(wholeWord), workingHours, regexPattern, conditions == null ? Conditions.NONE : conditions,
                welcomeAfterDays, responseType == null ? ResponseType.TEXT : responseType, responseMessage,
                responseTemplate, List.copyOf(menuOptions), routeToCsId, routeCondition, priority == null ? 50 : priority,
                Boolean.TRUE.equals(continueToNext), cooldownMinutes, maxTriggersPerDay,
                delaySeconds == null ? defaultDelaySeconds : delaySeconds, !Boolean.FALSE.equals(isActive), quickReplyId,
                blankToNull(templateName), blankToNull(templateLanguage), List.copyOf(templateParameters));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
