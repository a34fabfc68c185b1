package id.sapa.autoreply;

import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

/**
 * The durable job behind a delayed auto-reply: scheduled with the dispatch in one transaction, so
 * a restart during the delay keeps it; run in one transaction with the dispatch locked, so it
 * sends once or, if an operator answered meanwhile, not at all. Several delayed replies to one
 * message run one after the other: each schedules the next when it is done.
 */
@Configuration(proxyBeanMethods = false)
class DelayedReplyJob {

    /** The job's data: the id of the dispatch to deliver. */
    static final TaskDescriptor<UUID> TASK = TaskDescriptor.of("auto-reply", UUID.class);

    static TaskInstance<UUID> instance(UUID dispatchId) {
        return TASK.instance(dispatchId.toString()).data(dispatchId).build();
    }

    private final ReplyDelivery delivery;
    private final TransactionTemplate transaction;

    DelayedReplyJob(ReplyDelivery delivery, TransactionTemplate transaction) {
        this.delivery = delivery;
        this.transaction = transaction;
    }

    @Bean
    OneTimeTask<UUID> autoReplyTask() {
        return Tasks.oneTime(TASK).execute((instance, context) -> transaction
                .executeWithoutResult(status -> delivery.deliver(instance.getData())));
    }
}
