package id.sapa.autoreply;

import java.util.List;
import java.util.UUID;

/**
 * A rule as a tenant writes it (the body of {@code POST} and {@code PUT /api/auto-reply/rules}).
 * Unset fields take the defaults of seed 002: match {@code contains}, priority 50, the configured
 * delay, active.
 *
 * @param wholeWord       keywords match whole words only, so "hi" does not fire on "hitam"
 * @param welcomeAfterDays a welcome rule also greets a customer who writes again after this many days
 * @param continueToNext  after this rule fires, lower-priority rules are still tried
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
        Boolean isActive) {

    public RuleDraft {
        keywords = keywords == null ? List.of() : keywords;
        menuOptions = menuOptions == null ? List.of() : menuOptions;
    }
}
