package id.sapa.message;

import java.time.Duration;
import java.util.UUID;
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
 * {@code INSERT … ON CONFLICT DO UPDATE … WHERE} per limit. Both limits are taken in one statement,
 * customer first then number (always in that order, so two reservations never wait for each other
 * in a circle); a customer slot taken when the number is full is handed back. Runs in its own
 * short statement, outside any transaction of the caller's.
 */
@Component
class SendPacing {

    /** Expired rows are deleted about once per this many reservations. */
    private static final int SWEEP_EVERY = 1000;

    private static final String RESERVE = """
            WITH customer AS (
                INSERT INTO send_pacing AS p (channel_id, recipient, next_free_at)
                VALUES (:channel, :to, statement_timestamp() + make_interval(secs => :customerInterval))
                ON CONFLICT (channel_id, recipient) DO UPDATE
                    SET next_free_at = GREATEST(p.next_free_at, statement_timestamp())
                        + make_interval(secs => :customerInterval)
                    WHERE p.next_free_at <= statement_timestamp() + make_interval(secs => :customerTolerance)
                RETURNING 1
            ), number AS (
                INSERT INTO send_pacing AS p (channel_id, recipient, next_free_at)
                SELECT :channel, '', statement_timestamp() + make_interval(secs => :numberInterval)
                WHERE EXISTS (SELECT 1 FROM customer)
                ON CONFLICT (channel_id, recipient) DO UPDATE
                    SET next_free_at = GREATEST(p.next_free_at, statement_timestamp())
                        + make_interval(secs => :numberInterval)
                    WHERE p.next_free_at <= statement_timestamp() + make_interval(secs => :numberTolerance)
                RETURNING 1
            )
            SELECT EXISTS (SELECT 1 FROM customer) AS customer_taken,
                   EXISTS (SELECT 1 FROM number) AS number_taken,
                   (SELECT CAST(EXTRACT(EPOCH FROM next_free_at - statement_timestamp()) AS float8) FROM send_pacing
                     WHERE channel_id = :channel AND recipient = :to) AS customer_ahead,
                   (SELECT CAST(EXTRACT(EPOCH FROM next_free_at - statement_timestamp()) AS float8) FROM send_pacing
                     WHERE channel_id = :channel AND recipient = '') AS number_ahead
            """;

    private record Outcome(boolean customerTaken, boolean numberTaken, Double customerAhead, Double numberAhead) {
    }

    /** One limit: one slot per {@code interval}, up to {@code burst} at once. */
    private record Limit(double interval, double tolerance) {

        static Limit of(Duration interval, int burst) {
            double seconds = interval.toNanos() / 1e9;
            return new Limit(seconds, seconds * (Math.max(burst, 1) - 1));
        }

        /**
         * How long until a slot frees, from how far ahead the next free slot was when refused (as
         * read at the statement's start: a little early at worst, so the caller asks once more).
         */
        Duration waitFor(Double ahead) {
            double seconds = ahead == null ? interval : ahead - tolerance;
            return Duration.ofNanos(Math.max((long) (seconds * 1e9), 1_000_000L));
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
     * Takes a slot to send to {@code to} through {@code channel} now; answers zero when taken, else
     * how long to wait before asking again (nothing is taken then).
     */
    Duration reserve(ChannelId channel, WhatsAppUser to) {
        UUID channelId = channel.value();
        Outcome outcome = jdbc.sql(RESERVE)
                .param("channel", channelId).param("to", to.address())
                .param("customerInterval", customer.interval()).param("customerTolerance", customer.tolerance())
                .param("numberInterval", number.interval()).param("numberTolerance", number.tolerance())
                .query((rs, row) -> new Outcome(rs.getBoolean("customer_taken"), rs.getBoolean("number_taken"),
                        rs.getObject("customer_ahead", Double.class), rs.getObject("number_ahead", Double.class)))
                .single();
        if (ThreadLocalRandom.current().nextInt(SWEEP_EVERY) == 0) {
            sweep();
        }
        if (!outcome.customerTaken()) {
            return customer.waitFor(outcome.customerAhead());
        }
        if (!outcome.numberTaken()) {
            // The customer's slot was taken for a send that cannot go yet: give it back.
            jdbc.sql("""
                    UPDATE send_pacing SET next_free_at = next_free_at - make_interval(secs => :interval)
                    WHERE channel_id = :channel AND recipient = :to""")
                    .param("interval", customer.interval()).param("channel", channelId).param("to", to.address())
                    .update();
            return number.waitFor(outcome.numberAhead());
        }
        return Duration.ZERO;
    }

    /** Deletes slots that are in the past: they mean the same as no row. */
    int sweep() {
        return jdbc.sql("DELETE FROM send_pacing WHERE next_free_at < statement_timestamp()").update();
    }
}
