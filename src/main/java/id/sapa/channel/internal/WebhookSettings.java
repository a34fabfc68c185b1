package id.sapa.channel.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a webhook delivery whose items fail is tried again before it becomes a dead letter.
 *
 * @param maxAttempts {@code SAPA_WEBHOOK_MAX_ATTEMPTS}: tries in all, the first included
 * @param firstRetry  {@code SAPA_WEBHOOK_FIRST_RETRY}: the wait after the first failed try; each
 *                    later wait is three times the one before, up to six hours
 */
@ConfigurationProperties("sapa.channel.webhooks")
public record WebhookSettings(@DefaultValue("5") int maxAttempts, @DefaultValue("1m") Duration firstRetry) {

    private static final Duration LONGEST_RETRY = Duration.ofHours(6);

    public WebhookSettings {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("sapa.channel.webhooks.max-attempts must be at least 1");
        }
    }

    /** The wait after the given failed try (1 for the first): 1, 3, 9, 27 minutes by default. */
    Duration retryDelay(int failedAttempt) {
        Duration delay = firstRetry;
        for (int attempt = 1; attempt < failedAttempt && delay.compareTo(LONGEST_RETRY) < 0; attempt++) {
            delay = delay.multipliedBy(3);
        }
        return delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay;
    }
}
