package id.sapa.shared.jobs;

import java.time.Instant;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.exceptions.ExecutionException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;

import id.sapa.shared.db.AfterCommit;

/**
 * Schedules, moves and cancels durable jobs. Inside a transaction the job row is written by that
 * transaction and the scheduler is woken after the commit, so a job due now starts at once instead
 * of at the next poll, and never before its data is visible.
 *
 * <p>An instance "waits" from when it is scheduled until a node picks it; a running instance can be
 * neither moved nor cancelled (its end would undo either), so those answer false for it.
 */
@Component
public class Jobs {

    // Lazy: task beans that schedule follow-ups are themselves needed to build the scheduler.
    private final ObjectProvider<Scheduler> scheduler;
    private final TransactionTemplate savepoint;

    Jobs(ObjectProvider<Scheduler> scheduler, PlatformTransactionManager transactions) {
        this.scheduler = scheduler;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** Schedules the instance unless one with the same id is already waiting. */
    public <T> void schedule(TaskInstance<T> instance, Instant at) {
        Scheduler current = scheduler.getObject();
        current.scheduleIfNotExists(instance, at);
        AfterCommit.run(current::triggerCheckForDueExecutions);
    }

    /**
     * Schedules the instance, or moves the one with its id that waits already to {@code at} with the
     * instance's data: a timer that starts again on every occasion (a debounce). Answers false, and
     * changes nothing, when that instance is running at this moment.
     *
     * <p>Two callers at once for a new instance both succeed, the later one moving the earlier one's
     * job: the insert that loses the race is undone to a savepoint, so it never aborts the caller's
     * transaction (PostgreSQL would refuse every statement after a failed one).
     */
    public <T> boolean scheduleOrReschedule(TaskInstance<T> instance, Instant at) {
        Scheduler current = scheduler.getObject();
        if (!insert(current, instance, at)) {
            try {
                if (!current.reschedule(instance, at, instance.getData())) {
                    return false;
                }
            } catch (TaskInstanceCurrentlyExecutingException | ExecutionException running) {
                // ExecutionException: a node picked it between the read and the update.
                return false;
            } catch (TaskInstanceNotFoundException done) {
                // It ran to its end between the insert and the read: this occasion starts a new one.
                if (!insert(current, instance, at)) {
                    return false;
                }
            }
        }
        AfterCommit.run(current::triggerCheckForDueExecutions);
        return true;
    }

    /** True when this call inserted the instance, false when one with its id exists (or just did). */
    private <T> boolean insert(Scheduler current, TaskInstance<T> instance, Instant at) {
        try {
            return Boolean.TRUE.equals(savepoint.execute(status -> current.scheduleIfNotExists(instance, at)));
        } catch (RuntimeException failed) {
            // db-scheduler reads again after a failed insert, which the aborted savepoint refuses; once
            // rolled back to it, the row the other caller committed says whether that was the race.
            if (current.getScheduledExecution(instance).isPresent()) {
                return false;
            }
            throw failed;
        }
    }

    /**
     * Moves a waiting instance to {@code at}, keeping its data; answers false when none waits (never
     * scheduled, done, or running at this moment). Inside a transaction the move commits with it.
     */
    public boolean reschedule(TaskInstanceId instance, Instant at) {
        Scheduler current = scheduler.getObject();
        try {
            if (!current.reschedule(instance, at)) {
                return false;
            }
        } catch (TaskInstanceNotFoundException | TaskInstanceCurrentlyExecutingException | ExecutionException nothingWaits) {
            return false;
        }
        AfterCommit.run(current::triggerCheckForDueExecutions);
        return true;
    }

    /** Moves a waiting instance to now; see {@link #reschedule}. */
    public boolean runNow(TaskInstanceId instance) {
        return reschedule(instance, Instant.now());
    }

    /**
     * Removes a waiting instance, so it never runs; answers false when none waits (never scheduled,
     * done, or running at this moment). Inside a transaction the removal commits with it.
     */
    public boolean cancel(TaskInstanceId instance) {
        try {
            scheduler.getObject().cancel(instance);
            return true;
        } catch (TaskInstanceNotFoundException | TaskInstanceCurrentlyExecutingException nothingWaits) {
            return false;
        }
    }
}
