package id.sapa.autoreply;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled             {@code AUTO_REPLY_ENABLED}: off, no rule answers anyone (rules can still be edited and tested)
 * @param defaultDelaySeconds {@code AUTO_REPLY_DEFAULT_DELAY_SECONDS}: the delay of a rule that sets none
 * @param maxTriggersPerDay   {@code AUTO_REPLY_MAX_TRIGGERS_PER_DAY}: replies one customer gets per day from all rules
 * @param menuTimeout         how long a menu waits for the customer's choice
 * @param maxRules            rules one tenant may have
 * @param workers             customer messages decided at once; more wait in line
 * @param catchUp             how late a customer message may still be answered when the event publication
 *                            registry offers it again (after a crash, at the next start); older ones are left unanswered
 */
@ConfigurationProperties("sapa.auto-reply")
public record AutoReplySettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("2") int defaultDelaySeconds,
        @DefaultValue("50") int maxTriggersPerDay,
        @DefaultValue("30m") Duration menuTimeout,
        @DefaultValue("1000") int maxRules,
        @DefaultValue("4") int workers,
        @DefaultValue("1h") Duration catchUp) {
}
