package id.sapa.channel.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import id.sapa.channel.spi.ProviderType;
import id.sapa.shared.ChannelId;
import id.sapa.shared.jobs.Jobs;

/**
 * Keeps an authenticated webhook body and processes it in a durable job: the provider gets its
 * 200 at once, and a body is deleted only once processed (processing twice is harmless: inbound
 * recording is idempotent).
 */
@Configuration(proxyBeanMethods = false)
public class WebhookInbox {

    static final TaskDescriptor<String> TASK = TaskDescriptor.of("process-webhook", String.class);
    private static final Logger log = LoggerFactory.getLogger(WebhookInbox.class);

    private final JdbcClient jdbc;
    private final Jobs jobs;
    private final TransactionTemplate transaction;
    private final List<WebhookProcessor> processors;
    private final Clock clock;

    WebhookInbox(JdbcClient jdbc, Jobs jobs, TransactionTemplate transaction, List<WebhookProcessor> processors,
            Clock clock) {
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.transaction = transaction;
        this.processors = processors;
        this.clock = clock;
    }

    @Bean
    OneTimeTask<String> processWebhookTask() {
        return Tasks.oneTime(TASK).execute((instance, context) -> process(UUID.fromString(instance.getData())));
    }

    /** Stores the body and schedules its processing, in one transaction. */
    public void accept(ProviderType provider, ChannelId only, byte[] body) {
        UUID id = UUID.randomUUID();
        transaction.executeWithoutResult(status -> {
            jdbc.sql("INSERT INTO webhook_deliveries (id, provider, channel_id, body) VALUES (:id, :provider, :channel, :body)")
                    .param("id", id).param("provider", provider.code())
                    .param("channel", only == null ? null : only.value()).param("body", body).update();
            jobs.schedule(TASK.instance(id.toString()).data(id.toString()).build(), clock.instant());
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
        processors.stream().filter(p -> p.provider() == d.provider()).findFirst().ifPresentOrElse(
                processor -> processor.process(d.body(), d.channelId() == null ? null : new ChannelId(d.channelId())),
                () -> log.warn("No webhook processor for {}; delivery {} dropped", d.provider(), id));
        jdbc.sql("DELETE FROM webhook_deliveries WHERE id = :id").param("id", id).update();
    }

    private record Delivery(ProviderType provider, UUID channelId, byte[] body) {
    }
}
