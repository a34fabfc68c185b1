package id.sapa.channel.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a webhook delivery whose items fail is tried again before it becomes a dead letter.
 *
 * @param maxAttempts tries in all, the first included
 * @param firstRetry  the wait after the first failed try; each later wait is three times the one before
 */
@ConfigurationProperties("sapa.channel.webhooks")
public record WebhookSettings(@DefaultValue("5") int maxAttempts, @DefaultValue("1m") Duration firstRetry) {

    /** The wait after the given failed try (1 for the first): 1, 3, 9, 27 minutes by default. */
    Duration retryDelay(int failedAttempt) {
        return firstRetry.multipliedBy((long) Math.pow(3, Math.max(0, failedAttempt - 1)));
    }
}
