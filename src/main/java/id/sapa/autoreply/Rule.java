package id.sapa.autoreply;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import id.sapa.shared.TenantId;

/**
 * A tenant's auto-reply rule (seed 002 table 5) with its statistics.
 *
 * @param preset the built-in preset it started as ({@code welcome}, {@code complaint} …), or null
 * @param template what a {@code template} response sends, or null
 */
public record Rule(
        UUID id,
        TenantId tenantId,
        String name,
        String description,
        TriggerType triggerType,
        List<String> keywords,
        MatchType matchType,
        boolean caseSensitive,
        boolean wholeWord,
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
        int priority,
        boolean continueToNext,
        Integer cooldownMinutes,
        Integer maxTriggersPerDay,
        int delaySeconds,
        boolean isActive,
        String preset,
        int totalTriggered,
        Instant lastTriggeredAt,
        Instant createdAt,
        Instant updatedAt,
        TemplateResponse template) {

    public Rule {
        keywords = List.copyOf(keywords);
        menuOptions = List.copyOf(menuOptions);
        conditions = conditions == null ? Conditions.NONE : conditions;
    }

    public Rule(UUID id, TenantId tenantId, String name, String description, TriggerType triggerType, List<String> keywords,
            MatchType matchType, boolean caseSensitive, boolean wholeWord, WorkingHours workingHours, String regexPattern,
            Conditions conditions, Integer welcomeAfterDays, ResponseType responseType, String responseMessage,
            String responseTemplate, List<MenuOption> menuOptions, UUID routeToCsId, String routeCondition, int priority,
            boolean continueToNext, Integer cooldownMinutes, Integer maxTriggersPerDay, int delaySeconds, boolean isActive,
            String preset, int totalTriggered, Instant lastTriggeredAt, Instant createdAt, Instant updatedAt) {
        this(id, tenantId, name, description, triggerType, keywords, matchType, caseSensitive, wholeWord, workingHours,
                regexPattern, conditions, welcomeAfterDays, responseType, responseMessage, responseTemplate, menuOptions,
                routeToCsId, routeCondition, priority, continueToNext, cooldownMinutes, maxTriggersPerDay, delaySeconds,
                isActive, preset, totalTriggered, lastTriggeredAt, createdAt, updatedAt, null);
    }

    /**
     * What a {@code template} response sends: a quick reply the team shares, or an approved WhatsApp
     * template with its body values (the rule's variables filled in at send time).
     */
    public record TemplateResponse(UUID quickReplyId, String name, String language, List<String> parameters) {

        public TemplateResponse {
            parameters = parameters == null ? List.of() : List.copyOf(parameters);
        }

        static TemplateResponse of(RuleDraft draft) {
            return draft.quickReplyId() == null && draft.templateName() == null ? null
                    : new TemplateResponse(draft.quickReplyId(), draft.templateName(), draft.templateLanguage(),
                            draft.templateParameters());
        }
    }
}
