package id.sapa.autoreply;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import id.sapa.message.MessageEvent.MessageReceived;
import id.sapa.message.MessageHistory;
import id.sapa.shared.MessageId;
import id.sapa.shared.TenantId;

/**
 * The durable second try of a decision that failed (the database was away, a bug): the message is
 * read again and decided unless it was meanwhile; a failure here is retried by the scheduler.
 */
@Configuration(proxyBeanMethods = false)
class DecisionRetryJob {

    static final TaskDescriptor<Received> TASK = TaskDescriptor.of("auto-reply-decision", Received.class);
    static final Duration DELAY = Duration.ofSeconds(30);

    /** The job's data: the received message to decide again. */
    record Received(TenantId tenant, MessageId message) {
    }

    /** One instance per message (its id names the message), so a second failure adds no second retry. */
    static TaskInstance<Received> instance(MessageReceived message) {
        return TASK.instance(message.tenantId() + "/" + message.messageId())
                .data(new Received(message.tenantId(), message.messageId())).build();
    }

    private final AutoReplyEngine engine;
    private final MessageHistory history;

    DecisionRetryJob(AutoReplyEngine engine, MessageHistory history) {
        this.engine = engine;
        this.history = history;
    }

    @Bean
    OneTimeTask<Received> autoReplyDecisionTask() {
        return Tasks.oneTime(TASK).execute((instance, context) -> {
            Received data = instance.getData();
            history.received(data.tenant(), data.message()).ifPresent(engine::decideOrThrow);
        });
    }
}
