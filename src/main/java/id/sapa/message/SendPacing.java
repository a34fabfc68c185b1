package id.sapa.message;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.sapa.shared.ChannelId;
import id.sapa.shared.WhatsAppUser;

/**
 * The send queue's throttle: a throughput limit per business number and a pace per customer, so
 * Sapa waits instead of collecting the provider's rate-limit errors (Meta 130429, 131056).
 *
 * <p>Shared by every node through PostgreSQL ({@code send_pacing}): each limit is a generic cell
 * rate algorithm, one row holding the next free slot, so a reservation is a single atomic
 * {@code INSERT … ON CONFLICT DO UPDATE} per limit. Both limits are taken in one statement, customer
 * first then number (always in that order, so two reservations never wait for each other in a
 * circle). A slot is booked even when it lies ahead: the send is told when its slot comes and goes
 * then without asking again. Refusing instead sent every waiting send back to ask at the same moment
 * the next slot freed; one got it and the rest asked again, so a number at its limit spent most of
 * its database work on asking. Runs in its own short statement, outside any transaction of the caller's.
 */
@Component
class SendPacing {

    /** Expired rows are deleted about once per this many reservations. */
    private static final int SWEEP_EVERY = 1000;

    /** Each limit's new next free slot, as seconds from now: the booked slot is one interval before it. */
    private static final String RESERVE = """
            WITH customer AS (
                INSERT INTO send_pacing AS p (channel_id, recipient, next_free_at)
                VALUES (:channel, :to, statement_timestamp() + make_interval(secs => :customerInterval))
                ON CONFLICT (channel_id, recipient) DO UPDATE
                    SET next_free_at = GREATEST(p.next_free_at, statement_timestamp())
                        + make_interval(secs => :customerInterval)
                RETURNING next_free_at
            ), number AS (
                INSERT INTO send_pacing AS p (channel_id, recipient, next_free_at)
                SELECT :channel, '', statement_timestamp() + make_interval(secs => :numberInterval)
                FROM customer
                ON CONFLICT (channel_id, recipient) DO UPDATE
                    SET next_free_at = GREATEST(p.next_free_at, statement_timestamp())
                        + make_interval(secs => :numberInterval)
                RETURNING next_free_at
            )
            SELECT (SELECT CAST(EXTRACT(EPOCH FROM next_free_at - statement_timestamp()) AS float8) FROM customer)
                       AS customer_next,
                   (SELECT CAST(EXTRACT(EPOCH FROM next_free_at - statement_timestamp()) AS float8) FROM number)
                       AS number_next
            """;

    /** One limit: one slot per {@code interval}, up to {@code burst} at once. */
    private record Limit(double interval, double tolerance) {

        static Limit of(Duration interval, int burst) {
            double seconds = interval.toNanos() / 1e9;
            return new Limit(seconds, seconds * (Math.max(burst, 1) - 1));
        }

        /** How long until the slot booked, from the limit's new next free slot (seconds from now). */
        double booked(double next) {
            return Math.max(0, next - interval - tolerance);
        }
    }

    private final JdbcClient jdbc;
    private final Limit customer;
    private final Limit number;

    SendPacing(SendPacingSettings settings, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.customer = Limit.of(settings.recipientInterval(), settings.recipientBurst());
        this.number = Limit.of(Duration.ofSeconds(1).dividedBy(Math.max(settings.perNumberPerSecond(), 1)),
                settings.perNumberPerSecond());
    }

    /**
     * Books a slot to send to {@code to} through {@code channel}: answers how long until it comes
     * (zero: send now). The slot is this send's; it must not ask again. A send that waits for its
     * customer's pace (rare: a burst of 45 to one person) holds a number slot it does not use then.
     */
    Duration reserve(ChannelId channel, WhatsAppUser to) {
        double[] next = jdbc.sql(RESERVE)
                .param("channel", channel.value()).param("to", to.address())
                .param("customerInterval", customer.interval()).param("numberInterval", number.interval())
                .query((rs, row) -> new double[] {rs.getDouble("customer_next"), rs.getDouble("number_next")})
                .single();
        if (ThreadLocalRandom.current().nextInt(SWEEP_EVERY) == 0) {
            sweep();
        }
        double seconds = Math.max(customer.booked(next[0]), number.booked(next[1]));
        return seconds < 0.001 ? Duration.ZERO : Duration.ofNanos((long) (seconds * 1e9));
    }

    /** Deletes slots that are in the past: they mean the same as no row. */
    int sweep() {
        return jdbc.sql("DELETE FROM send_pacing WHERE next_free_at < statement_timestamp()").update();
    }
}
