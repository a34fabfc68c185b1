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

    static final TaskDescriptor<String> TASK = TaskDescriptor.of("auto-reply-decision", String.class);
    static final Duration DELAY = Duration.ofSeconds(30);

    static TaskInstance<String> instance(MessageReceived message) {
        String data = message.tenantId() + "/" + message.messageId();
        return TASK.instance(data).data(data).build();
    }

    private final AutoReplyEngine engine;
    private final MessageHistory history;

    DecisionRetryJob(AutoReplyEngine engine, MessageHistory history) {
        this.engine = engine;
        this.history = history;
    }

    @Bean
    OneTimeTask<String> autoReplyDecisionTask() {
        return Tasks.oneTime(TASK).execute((instance, context) -> {
            String[] ids = instance.getData().split("/");
            history.received(TenantId.of(ids[0]), MessageId.of(ids[1]))
                    .ifPresent(engine::decideOrThrow);
        });
    }
}
