package id.sapa.autoreply.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.sapa.autoreply.AutoReplyRules;
import id.sapa.autoreply.ReplyLog;
import id.sapa.autoreply.RuleDraft;
import id.sapa.autoreply.Trial;
import id.sapa.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/auto-reply")
@Tag(name = "Auto-reply", description = "Rules that answer customers while the team is busy or away")
class AutoReplyController {

    private final AutoReplyRules rules;

    AutoReplyController(AutoReplyRules rules) {
        this.rules = rules;
    }

    @PostMapping("/rules")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('MANAGE_RULES')")
    @Operation(summary = "Create a rule (supervisors and up, or whoever has can_manage_rules)", description = """
            Example: {"name": "Harga", "triggerType": "keyword", "keywords": ["harga", "berapa"],
            "matchType": "contains", "wholeWord": true, "responseType": "text",
            "responseMessage": "Halo {{name}}, daftar harga kami: ...", "priority": 60, "delaySeconds": 2}""")
    RuleSaved create(@AuthenticationPrincipal Actor actor, @RequestBody RuleDraft draft) {
        return new RuleSaved(true, RuleView.of(rules.create(actor.tenantId(), draft)));
    }

    @GetMapping("/rules")
    @Operation(summary = "The business's rules, highest priority first, with their statistics")
    RuleList list(@AuthenticationPrincipal Actor actor) {
        return new RuleList(rules.list(actor.tenantId()).stream().map(RuleView::of).toList());
    }

    @GetMapping("/rules/{id}")
    @Operation(summary = "One rule with its 20 most recent log entries")
    RuleDetail get(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return new RuleDetail(RuleView.of(rules.get(actor.tenantId(), id)), rules.recentLogs(actor.tenantId(), id));
    }

    @PutMapping("/rules/{id}")
    @PreAuthorize("hasAuthority('MANAGE_RULES')")
    @Operation(summary = "Replace a rule (same body as create)")
    RuleSaved update(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody RuleDraft draft) {
        return new RuleSaved(true, RuleView.of(rules.update(actor.tenantId(), id, draft)));
    }

    @DeleteMapping("/rules/{id}")
    @PreAuthorize("hasAuthority('MANAGE_RULES')")
    @Operation(summary = "Delete a rule and its logs; refused (409) while a menu offers it as a choice")
    Success delete(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        rules.delete(actor.tenantId(), id);
        return new Success(true);
    }

    @PatchMapping("/rules/{id}/toggle")
    @PreAuthorize("hasAuthority('MANAGE_RULES')")
    @Operation(summary = "Switch a rule on or off")
    RuleSaved toggle(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return new RuleSaved(true, RuleView.of(rules.toggle(actor.tenantId(), id)));
    }

    @PostMapping("/rules/{id}/test")
    @Operation(summary = "Try one rule on a sample message (nothing is sent)", description = """
            Example: {"testMessage": "berapa harganya?", "customerContext": {"isFirstMessage": false}}""")
    RuleTestResult testRule(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody TestRequest request,
            Locale language) {
        Trial trial = rules.test(actor.tenantId(), id, request.toTrial(language));
        Trial.Answer answer = trial.answers().isEmpty() ? null : trial.answers().getFirst();
        Trial.Outcome outcome = trial.rules().getFirst();
        boolean silenced = trial.silenced() != null;
        return new RuleTestResult(trial.matched(), answer == null ? null : answer.response(),
                answer == null ? null : answer.matchedKeyword(), silenced ? trial.silencedCode() : outcome.reasonCode(),
                silenced ? trial.silenced() : outcome.reason(), trial.executionTimeMs());
    }

    @PostMapping("/test")
    @Operation(summary = "Run the whole rule set on a sample message: which rules answer and why the others do not",
            description = """
                    Example: {"testMessage": "barangnya rusak, saya mau refund", "at": "2026-11-24T22:30:00+07:00",
                    "contactId": null, "customerContext": {"isFirstMessage": false, "customerTags": ["vip"]}}""")
    Trial testAll(@AuthenticationPrincipal Actor actor, @RequestBody TestRequest request, Locale language) {
        return rules.test(actor.tenantId(), request.toTrial(language));
    }

    /** @param at when the customer writes (ISO-8601 with offset); default now */
    record TestRequest(String testMessage, Instant at, UUID contactId, Trial.CustomerContext customerContext) {
        /** @param language the reader's, for the reasons */
        Trial.Request toTrial(Locale language) {
            return new Trial.Request(testMessage, at, contactId, customerContext, language);
        }
    }

    /** @param reasonCode the stable code of {@code reason}, which is in the reader's language */
    record RuleTestResult(boolean matched, String response, String matchedKeyword, String reasonCode, String reason,
            double executionTimeMs) {
    }

    record RuleSaved(boolean success, RuleView rule) {
    }

    record RuleList(List<RuleView> rules) {
    }

    record RuleDetail(RuleView rule, List<ReplyLog> recentLogs) {
    }

    record Success(boolean success) {
    }
}
