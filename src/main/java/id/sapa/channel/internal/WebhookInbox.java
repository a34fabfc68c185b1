package id.sapa.channel.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import id.sapa.channel.spi.ProviderType;
import id.sapa.shared.ChannelId;
import id.sapa.shared.db.AfterCommit;
import id.sapa.shared.jobs.Jobs;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Keeps an authenticated webhook body and processes it in a durable job: the provider gets its
 * 200 at once, and a body is deleted only once processed (processing twice is harmless: inbound
 * recording is idempotent). A body whose items failed is tried again with growing waits, a bounded
 * number of times, and then kept as a dead letter for the operator instead of being tried forever.
 */
@Configuration(proxyBeanMethods = false)
public class WebhookInbox {

    /** The job's data: the id of the stored delivery. */
    static final TaskDescriptor<UUID> TASK = TaskDescriptor.of("process-webhook", UUID.class);
    /** Counter of deliveries given up on, tagged with the provider. */
    public static final String DEAD_LETTERS_METRIC = "sapa.webhook.dead_letters";
    private static final Logger log = LoggerFactory.getLogger(WebhookInbox.class);

    private final JdbcClient jdbc;
    private final Jobs jobs;
    private final TransactionTemplate transaction;
    private final WebhookItems items;
    private final WebhookSettings settings;
    private final MeterRegistry meters;
    private final Clock clock;

    WebhookInbox(JdbcClient jdbc, Jobs jobs, TransactionTemplate transaction, WebhookItems items,
            WebhookSettings settings, MeterRegistry meters, Clock clock) {
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.transaction = transaction;
        this.items = items;
        this.settings = settings;
        this.meters = meters;
        this.clock = clock;
    }

    @Bean
    OneTimeTask<UUID> processWebhookTask() {
        return Tasks.oneTime(TASK)
                .onFailure(this::failed)
                .execute((instance, context) -> process(instance.getData()));
    }

    /**
     * Stores the body and schedules its processing, in one transaction.
     *
     * @param only the channel whose own secret authenticated the body (or, for a dead letter tried
     *             again, the one channel it is tried for); null for a server-wide endpoint
     */
    public void accept(ProviderType provider, ChannelId only, byte[] body) {
        UUID id = UUID.randomUUID();
        transaction.executeWithoutResult(status -> {
            jdbc.sql("INSERT INTO webhook_deliveries (id, provider, channel_id, body) VALUES (:id, :provider, :channel, :body)")
                    .param("id", id).param("provider", provider.code())
                    .param("channel", only == null ? null : only.value()).param("body", body).update();
            jobs.schedule(TASK.instance(id.toString()).data(id).build(), clock.instant());
        });
    }

    void process(UUID id) {
        var delivery = jdbc.sql("SELECT provider, channel_id, body FROM webhook_deliveries WHERE id = :id").param("id", id)
                .query((rs, row) -> new Delivery(ProviderType.fromCode(rs.getString("provider")),
                        rs.getObject("channel_id", UUID.class), rs.getBytes("body")))
                .optional();
        if (delivery.isEmpty()) {
            return;
        }
        Delivery d = delivery.get();
        ItemFailures failures = new ItemFailures(d.provider(), meters);
        items.process(d.provider(), d.body(), d.channelId() == null ? null : new ChannelId(d.channelId()), failures);
        if (failures.failedCount() > 0) {
            throw new DeliveryFailed(failures);
        }
        jdbc.sql("DELETE FROM webhook_deliveries WHERE id = :id").param("id", id).update();
    }

    /**
     * Counts the failed try on the delivery, then schedules the next one or, after the last,
     * moves the body to the dead letters; the job ends in the same transaction.
     */
    private void failed(ExecutionComplete complete, ExecutionOperations<UUID> execution) {
        UUID id = UUID.fromString(complete.getExecution().taskInstance.getId());
        Throwable cause = complete.getCause().orElse(null);
        String error = cause instanceof DeliveryFailed items ? items.summary()
                : cause == null ? "unknown" : ItemFailures.reason(cause);
        ChannelId routed = cause instanceof DeliveryFailed items ? items.channel() : null;
        Instant now = clock.instant();
        transaction.executeWithoutResult(status -> {
            Optional<Failed> delivery = jdbc.sql("""
                    UPDATE webhook_deliveries
                    SET attempts = attempts + 1, last_error = :error, first_failed_at = COALESCE(first_failed_at, :now)
                    WHERE id = :id RETURNING provider, attempts""")
                    .param("id", id).param("error", error).param("now", Timestamp.from(now))
                    .query((rs, row) -> new Failed(rs.getString("provider"), rs.getInt("attempts"))).optional();
            if (delivery.isEmpty()) {
                execution.remove();
            } else if (delivery.get().attempts() < settings.maxAttempts()) {
                Instant next = now.plus(settings.retryDelay(delivery.get().attempts()));
                log.info("Webhook delivery {} failed (attempt {} of {}); tried again at {}", id, delivery.get().attempts(),
                        settings.maxAttempts(), next);
                execution.reschedule(complete, next);
            } else {
                deadLetter(id, routed, now);
                execution.remove();
                AfterCommit.run(() -> {
                    meters.counter(DEAD_LETTERS_METRIC, "provider", delivery.get().provider()).increment();
                    log.warn("Webhook delivery {} from {} still failed after {} attempts; kept as a dead letter: {}", id,
                            delivery.get().provider(), delivery.get().attempts(), error.replace('\n', ';'));
                });
            }
        });
    }

    private void deadLetter(UUID id, ChannelId routed, Instant now) {
        jdbc.sql("""
                INSERT INTO webhook_dead_letters (id, provider, channel_id, tenant_id, body, attempts, last_error,
                    first_failed_at, dead_at)
                SELECT d.id, d.provider, c.id, c.tenant_id, d.body, d.attempts, d.last_error, d.first_failed_at, :now
                FROM webhook_deliveries d LEFT JOIN channels c ON c.id = COALESCE(d.channel_id, :routed)
                WHERE d.id = :id""")
                .param("id", id).param("routed", routed == null ? null : routed.value())
                .param("now", Timestamp.from(now)).update();
        jdbc.sql("DELETE FROM webhook_deliveries WHERE id = :id").param("id", id).update();
    }

    private record Delivery(ProviderType provider, UUID channelId, byte[] body) {
    }

    private record Failed(String provider, int attempts) {
    }

    /**
     * Some items of a delivery failed. Each was logged already, so neither its message nor a stack
     * trace repeats them.
     */
    private static final class DeliveryFailed extends RuntimeException {

        private final String summary;
        private final transient ChannelId channel;

        DeliveryFailed(ItemFailures failures) {
            super(failures.failedCount() + " item(s) of the webhook delivery failed", null, false, false);
            this.summary = failures.summary();
            this.channel = failures.failedChannel();
        }

        String summary() {
            return summary;
        }

        ChannelId channel() {
            return channel;
        }
    }
}
