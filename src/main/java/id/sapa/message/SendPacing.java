package id.sapa.message;

import java.time.Duration;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import id.sapa.shared.ChannelId;
import id.sapa.shared.PhoneNumber;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * The send queue's throttle: a throughput limit per business number and a pace per customer, so
 * Sapa waits instead of collecting the provider's rate-limit errors (Meta 130429, 131056). Kept in
 * memory per node: with several nodes each paces its own share.
 */
@Component
class SendPacing {

    private final SendPacingSettings settings;
    private final Cache<ChannelId, Bucket> numbers = Caffeine.newBuilder().expireAfterAccess(Duration.ofHours(1)).build();
    private final Cache<String, Bucket> recipients = Caffeine.newBuilder().expireAfterAccess(Duration.ofHours(1))
            .maximumSize(200_000).build();

    SendPacing(SendPacingSettings settings) {
        this.settings = settings;
    }

    /**
     * Takes a slot to send to {@code to} through {@code channel} now; answers zero when taken, else
     * how long to wait before asking again (nothing is taken then).
     */
    Duration reserve(ChannelId channel, PhoneNumber to) {
        Bucket recipient = recipients.get(channel + ":" + to.e164(), key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(settings.recipientBurst())
                        .refillGreedy(1, settings.recipientInterval()).build())
                .build());
        ConsumptionProbe pair = recipient.tryConsumeAndReturnRemaining(1);
        if (!pair.isConsumed()) {
            return Duration.ofNanos(pair.getNanosToWaitForRefill());
        }
        Bucket number = numbers.get(channel, key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(settings.perNumberPerSecond())
                        .refillGreedy(settings.perNumberPerSecond(), Duration.ofSeconds(1)).build())
                .build());
        ConsumptionProbe throughput = number.tryConsumeAndReturnRemaining(1);
        if (!throughput.isConsumed()) {
            recipient.addTokens(1);
            return Duration.ofNanos(throughput.getNanosToWaitForRefill());
        }
        return Duration.ZERO;
    }
}
