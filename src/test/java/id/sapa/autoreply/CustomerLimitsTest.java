package id.sapa.autoreply;

import static id.sapa.autoreply.TestRules.change;
import static id.sapa.autoreply.TestRules.rule;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CustomerLimitsTest {

    private static final Instant NOW = Instant.parse("2026-11-24T05:00:00Z");

    @Test
    void cooldownRunsFromTheLastReplyToThisCustomer() {
        Rule rule = rule("r", TriggerType.WELCOME, 50, d -> change(d, "cooldownMinutes", 30));
        var recently = Map.of(rule.id(), new ReplyState.Counter(1, NOW.minusSeconds(29 * 60)));
        var earlier = Map.of(rule.id(), new ReplyState.Counter(1, NOW.minusSeconds(31 * 60)));
        assertThat(new CustomerLimits(recently, NOW, 50).refusal(rule)).extracting(r -> r.text().english()).asString().contains("cooling down");
        assertThat(new CustomerLimits(earlier, NOW, 50).refusal(rule)).isNull();
        assertThat(new CustomerLimits(Map.of(), NOW, 50).refusal(rule)).isNull();
    }

    @Test
    void aRuleAndTheTenantCapTodaysReplies() {
        Rule capped = rule("r", TriggerType.WELCOME, 50, d -> change(d, "maxTriggersPerDay", 2));
        Rule other = rule("o", TriggerType.WELCOME, 50, d -> d);
        var twice = Map.of(capped.id(), new ReplyState.Counter(2, NOW.minusSeconds(3600)));
        assertThat(new CustomerLimits(twice, NOW, 50).refusal(capped)).extracting(r -> r.text().english()).asString().contains("maxTriggersPerDay");
        assertThat(new CustomerLimits(twice, NOW, 50).refusal(other)).isNull();
        assertThat(new CustomerLimits(twice, NOW, 2).refusal(other)).extracting(r -> r.text().english()).asString().contains("daily limit");
        var yesterdayOnly = Map.of(capped.id(), new ReplyState.Counter(0, NOW.minusSeconds(20 * 3600)));
        assertThat(new CustomerLimits(yesterdayOnly, NOW, 50).refusal(capped)).isNull();
    }
}
