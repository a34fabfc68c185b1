package id.sapa.autoreply;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import id.sapa.shared.TenantId;

/**
 * A tenant's auto-reply rule (seed 002 table 5) with its statistics.
 *
 * @param preset the built-in preset it started as ({@code welcome}, {@code complaint} …), or null
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
        Instant updatedAt) {

    public Rule {
        keywords = List.copyOf(keywords);
        menuOptions = List.copyOf(menuOptions);
        conditions = conditions == null ? Conditions.NONE : conditions;
    }
}
