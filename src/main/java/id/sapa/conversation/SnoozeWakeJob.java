package id.sapa.conversation;

import java.time.Instant;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import id.sapa.shared.ConversationId;
import id.sapa.shared.TenantId;

/**
 * The durable job that opens a snoozed conversation again when its time comes: scheduled in the
 * transaction that snoozed it, so a restart neither loses nor doubles it. One per snooze time; a
 * conversation woken earlier (the customer wrote, someone opened it) or snoozed again finds its job a no-op.
 */
@Configuration(proxyBeanMethods = false)
class SnoozeWakeJob {

    /** The job's data: which conversation, and the time it was snoozed until. */
    record Wake(TenantId tenantId, ConversationId conversationId, Instant until) {
    }

    static final TaskDescriptor<Wake> TASK = TaskDescriptor.of("wake-snoozed", Wake.class);

    static TaskInstance<Wake> instance(TenantId tenantId, ConversationId id, Instant until) {
        return TASK.instance(id + "@" + until.toEpochMilli()).data(new Wake(tenantId, id, until)).build();
    }

    @Bean
    OneTimeTask<Wake> wakeSnoozedTask(ConversationEditor editor, TransactionTemplate transaction) {
        return Tasks.oneTime(TASK).execute((instance, context) -> transaction.executeWithoutResult(
                status -> editor.wake(instance.getData().tenantId(), instance.getData().conversationId())));
    }
}
