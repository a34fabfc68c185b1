package id.sapa.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import id.sapa.shared.ChannelId;
import id.sapa.shared.PhoneNumber;
import id.sapa.shared.WhatsAppUser;
import id.sapa.support.WebTestSupport;

/**
 * The send queue's pacing on the real database. Two {@link SendPacing} instances on one database
 * stand for two Sapa nodes: they share every limit.
 */
class SendPacingTest extends WebTestSupport {

    static final WhatsAppUser BUDI = WhatsAppUser.of(PhoneNumber.parse("081234567890"));
    static final WhatsAppUser SARI = WhatsAppUser.of(PhoneNumber.parse("081298765432"));
    static final WhatsAppUser TONO = WhatsAppUser.of(PhoneNumber.parse("081211112222"));

    private SendPacing node(int perNumberPerSecond, int recipientBurst, Duration recipientInterval) {
        return new SendPacing(new SendPacingSettings(perNumberPerSecond, recipientBurst, recipientInterval), jdbc);
    }

    @Test
    void aCustomerGetsABurstThenOneMessagePerInterval() {
        var pacing = node(80, 2, Duration.ofSeconds(6));
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
        var pacing = node(2, 45, Duration.ofSeconds(6));
        ChannelId number = ChannelId.random();

        assertThat(pacing.reserve(number, BUDI)).isZero();
        assertThat(pacing.reserve(number, SARI)).isZero();
        Duration wait = pacing.reserve(number, TONO);

        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void twoNodesShareACustomersPace() {
        var first = node(80, 2, Duration.ofHours(1));
        var second = node(80, 2, Duration.ofHours(1));
        ChannelId number = ChannelId.random();

        assertThat(first.reserve(number, BUDI)).isZero();
        assertThat(second.reserve(number, BUDI)).isZero();

        assertThat(first.reserve(number, BUDI)).as("the burst is spent on both nodes together")
                .isBetween(Duration.ofMinutes(59), Duration.ofHours(1));
        assertThat(second.reserve(number, BUDI)).as("booked behind the other node's")
                .isBetween(Duration.ofMinutes(119), Duration.ofHours(2));
    }

    @Test
    void twoNodesShareANumbersThroughputAndEachWaitingSendBooksItsOwnSlot() {
        var first = node(1, 1, Duration.ofSeconds(1));
        var second = node(1, 1, Duration.ofSeconds(1));
        ChannelId number = ChannelId.random();

        assertThat(first.reserve(number, BUDI)).isZero();
        Duration sari = second.reserve(number, SARI);
        Duration tono = first.reserve(number, TONO);

        assertThat(sari).as("the number's one send per second is used up by the other node")
                .isBetween(Duration.ofMillis(900), Duration.ofSeconds(1));
        assertThat(tono).as("the next send waits behind Sari's booked slot, not for the same moment")
                .isBetween(Duration.ofMillis(1900), Duration.ofSeconds(2));
    }

    @Test
    void nodesRacingForOneCustomerTakeExactlyTheBurst() throws Exception {
        List<SendPacing> nodes = List.of(node(1000, 5, Duration.ofHours(1)), node(1000, 5, Duration.ofHours(1)));
        ChannelId number = ChannelId.random();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Duration>> tries = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                SendPacing node = nodes.get(i % 2);
                tries.add(threads.submit(() -> {
                    start.await();
                    return node.reserve(number, BUDI);
                }));
            }
            start.countDown();
            int taken = 0;
            Set<Long> bookedHours = new TreeSet<>();
            for (Future<Duration> attempt : tries) {
                if (attempt.get().isZero()) {
                    taken++;
                } else {
                    bookedHours.add(Math.round(attempt.get().toMillis() / 3_600_000.0));
                }
            }
            assertThat(taken).isEqualTo(5);
            assertThat(bookedHours).as("the others booked one slot each, an hour apart").hasSize(19)
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, 19).boxed().toList());
        } finally {
            threads.shutdown();
        }
    }

    @Test
    void slotsInThePastAreSweptAway() {
        var pacing = node(80, 45, Duration.ofSeconds(6));
        ChannelId number = ChannelId.random();
        pacing.reserve(number, BUDI);
        jdbc.sql("UPDATE send_pacing SET next_free_at = now() - interval '1 second' WHERE channel_id = ?")
                .param(number.value()).update();

        assertThat(pacing.sweep()).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM send_pacing WHERE channel_id = ?").param(number.value())
                .query(Integer.class).single()).isZero();
    }
}
