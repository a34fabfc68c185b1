package id.sapa.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import id.sapa.shared.ChannelId;
import id.sapa.shared.PhoneNumber;

class SendPacingTest {

    static final PhoneNumber BUDI = PhoneNumber.parse("081234567890");
    static final PhoneNumber SARI = PhoneNumber.parse("081298765432");

    @Test
    void aCustomerGetsABurstThenOneMessagePerInterval() {
        var pacing = new SendPacing(new SendPacingSettings(80, 2, Duration.ofSeconds(6)));
        ChannelId number = ChannelId.random();

        assertThat(pacing.reserve(number, BUDI)).isZero();
        assertThat(pacing.reserve(number, BUDI)).isZero();
        Duration third = pacing.reserve(number, BUDI);

        assertThat(third).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(6));
        assertThat(pacing.reserve(number, SARI)).as("another customer is not held up").isZero();
        assertThat(pacing.reserve(ChannelId.random(), BUDI)).as("another business number is not held up").isZero();
    }

    @Test
    void aNumbersThroughputIsSharedByItsCustomers() {
        var pacing = new SendPacing(new SendPacingSettings(2, 45, Duration.ofSeconds(6)));
        ChannelId number = ChannelId.random();

        assertThat(pacing.reserve(number, BUDI)).isZero();
        assertThat(pacing.reserve(number, SARI)).isZero();
        Duration wait = pacing.reserve(number, PhoneNumber.parse("081211112222"));

        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1));
    }
}
