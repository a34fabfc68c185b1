package id.sapa.autoreply;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Cooldowns and daily caps for one customer, from their counters: a rule's {@code cooldownMinutes}
 * since its last reply to them, its {@code maxTriggersPerDay}, and the tenant-wide cap of replies per
 * customer per day ({@code AUTO_REPLY_MAX_TRIGGERS_PER_DAY}).
 */
record CustomerLimits(Map<UUID, ReplyState.Counter> counters, Instant now, int maxPerCustomerPerDay) implements Limits {

    @Override
    public Reason refusal(Rule rule) {
        int today = counters.values().stream().mapToInt(ReplyState.Counter::today).sum();
        if (today >= maxPerCustomerPerDay) {
            return new Reason("daily_limit_reached",
                    "pelanggan ini sudah mendapat " + today + " balasan otomatis hari ini (batas harian)",
                    "this customer already had " + today + " auto-replies today (the daily limit)");
        }
        ReplyState.Counter counter = counters.get(rule.id());
        if (counter == null) {
            return null;
        }
        Integer cooldownMinutes = rule.definition().cooldownMinutes();
        if (cooldownMinutes != null && cooldownMinutes > 0 && counter.last() != null) {
            Instant until = counter.last().plus(Duration.ofMinutes(cooldownMinutes));
            if (now.isBefore(until)) {
                return new Reason("cooling_down", "masa jeda untuk pelanggan ini sampai " + until,
                        "cooling down for this customer until " + until);
            }
        }
        Integer maxPerDay = rule.definition().maxTriggersPerDay();
        if (maxPerDay != null && counter.today() >= maxPerDay) {
            return new Reason("rule_daily_limit_reached",
                    "sudah menjawab pelanggan ini " + counter.today() + " kali hari ini (maxTriggersPerDay)",
                    "already answered this customer " + counter.today() + " times today (maxTriggersPerDay)");
        }
        return null;
    }
}
