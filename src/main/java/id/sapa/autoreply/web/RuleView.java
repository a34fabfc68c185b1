package id.sapa.autoreply.web;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import id.sapa.autoreply.Rule;
import id.sapa.autoreply.RuleDraft;

/**
 * A rule as the API shows it (seed 002 field names): its id, its definition with the same flat fields
 * it is written with (defaults filled in), the preset it started as and its history — without the tenant.
 *
 * @param needsOwnText the reply still holds a preset's example in [brackets]: it cannot be switched on
 *                     until the shop writes its own text
 */
record RuleView(UUID id, @JsonUnwrapped RuleDraft definition, String preset, boolean needsOwnText,
        @JsonUnwrapped Rule.History history) {

    static RuleView of(Rule rule) {
        return new RuleView(rule.id(), rule.definition(), rule.preset(), rule.needsOwnText(), rule.history());
    }
}
