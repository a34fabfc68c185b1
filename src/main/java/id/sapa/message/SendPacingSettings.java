package id.sapa.message;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How fast the send queue may go, all nodes together (they share the pacing through the database).
 *
 * @param perNumberPerSecond {@code SAPA_SEND_RATE_PER_SECOND}: messages per second through one
 *                           business number (Meta's default throughput is 80)
 * @param recipientBurst     {@code SAPA_SEND_RECIPIENT_BURST}: messages to one customer in a burst
 * @param recipientInterval  {@code SAPA_SEND_RECIPIENT_INTERVAL}: then one message per this interval
 *                           to that customer (Meta's pair limit is about one per 6 s, bursts of 45)
 */
@ConfigurationProperties("sapa.messages.pacing")
public record SendPacingSettings(
        @DefaultValue("80") int perNumberPerSecond,
        @DefaultValue("45") int recipientBurst,
        @DefaultValue("6s") Duration recipientInterval) {
}
