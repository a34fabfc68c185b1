package id.sapa.autoreply;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One numbered choice of a menu (seed 002 {@code menu_options}). Choosing it runs the rule
 * {@code next_rule_id}; or answers {@code response}; or carries out the {@code action}
 * {@code forward_to_cs} (hand over to the team), telling the customer {@code response} if given.
 */
public record MenuOption(String key, String label, @JsonProperty("next_rule_id") UUID nextRuleId, String action,
        String response) {

    static final String FORWARD_TO_CS = "forward_to_cs";
}
