package id.sapa.autoreply.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import id.sapa.autoreply.Conditions;
import id.sapa.autoreply.MatchType;
import id.sapa.autoreply.MenuOption;
import id.sapa.autoreply.ResponseType;
import id.sapa.autoreply.Rule;
import id.sapa.autoreply.TriggerType;
import id.sapa.autoreply.WorkingHours;

/** A rule as the API shows it (seed 002 field names). */
record RuleView(
        UUID id,
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
        UUID quickReplyId,
        String templateName,
        String templateLanguage,
        List<String> templateParameters) {

    static RuleView of(Rule rule) {
        Rule.TemplateResponse template = rule.template();
        return new RuleView(rule.id(), rule.name(), rule.description(), rule.triggerType(), rule.keywords(),
                rule.matchType(), rule.caseSensitive(), rule.wholeWord(), rule.workingHours(), rule.regexPattern(),
                rule.conditions(), rule.welcomeAfterDays(), rule.responseType(), rule.responseMessage(),
                rule.responseTemplate(), rule.menuOptions(), rule.routeToCsId(), rule.routeCondition(), rule.priority(),
                rule.continueToNext(), rule.cooldownMinutes(), rule.maxTriggersPerDay(), rule.delaySeconds(),
                rule.isActive(), rule.preset(), rule.totalTriggered(), rule.lastTriggeredAt(), rule.createdAt(),
                rule.updatedAt(), template == null ? null : template.quickReplyId(), template == null ? null : template.name(),
                template == null ? null : template.language(), template == null ? List.of() : template.parameters());
    }
}
