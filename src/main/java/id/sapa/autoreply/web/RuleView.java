package id.sapa.autoreply.web;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import id.sapa.autoreply.Rule;

/**
 * A rule as the API shows it (seed 002 field names): the rule's own fields as they are, without the
 * tenant, and its template response flattened into the {@code quickReplyId} and {@code template…}
 * fields the rule is written with.
 */
record RuleView(
        @JsonUnwrapped @JsonIgnoreProperties({"tenantId", "template"}) Rule rule,
        @JsonUnwrapped Template template) {

    static RuleView of(Rule rule) {
        return new RuleView(rule, Template.of(rule.template()));
    }

    /** {@code templateParameters} is always there, empty for a rule without a template response. */
    record Template(UUID quickReplyId, String templateName, String templateLanguage, List<String> templateParameters) {

        static Template of(Rule.TemplateResponse template) {
            return template == null ? new Template(null, null, null, List.of())
                    : new Template(template.quickReplyId(), template.name(), template.language(), template.parameters());
        }
    }
}
