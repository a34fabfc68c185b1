package id.sapa.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class MessageStatusTest {

    @Test
    void statusesOnlyMoveForward() {
        assertThat(MessageStatus.PENDING.canMoveTo(MessageStatus.SENT)).isTrue();
        assertThat(MessageStatus.SENT.canMoveTo(MessageStatus.READ)).isTrue();
        assertThat(MessageStatus.READ.canMoveTo(MessageStatus.DELIVERED)).isFalse();
        assertThat(MessageStatus.DELIVERED.canMoveTo(MessageStatus.DELIVERED)).isFalse();
        assertThat(MessageStatus.SENT.canMoveTo(MessageStatus.PENDING)).isFalse();
    }

    @Test
    void failureComesOnlyBeforeDeliveryAndIsFinal() {
        assertThat(MessageStatus.SENT.canMoveTo(MessageStatus.FAILED)).isTrue();
        assertThat(MessageStatus.DELIVERED.canMoveTo(MessageStatus.FAILED)).isFalse();
        assertThat(MessageStatus.FAILED.canMoveTo(MessageStatus.READ)).isFalse();
    }

    @Test
    void retriesWaitLongerEachTimeUpToACeilingOrAsLongAsTheProviderAsks() {
        assertThat(SendMessageJob.backoff(1, null)).isEqualTo(Duration.ofSeconds(2));
        assertThat(SendMessageJob.backoff(2, null)).isEqualTo(Duration.ofSeconds(6));
        assertThat(SendMessageJob.backoff(3, null)).isEqualTo(Duration.ofSeconds(18));
        assertThat(SendMessageJob.backoff(9, null)).isEqualTo(Duration.ofMinutes(5));
        assertThat(SendMessageJob.backoff(1, Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(30));
    }
}
