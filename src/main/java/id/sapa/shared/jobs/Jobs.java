package id.sapa.shared.jobs;

import java.time.Instant;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;

import id.sapa.shared.db.AfterCommit;

/**
 * Schedules durable jobs. Inside a transaction the job row is written by that transaction and
 * the scheduler is woken after the commit, so a job due now starts at once instead of at the next
 * poll, and never before its data is visible.
 */
@Component
public class Jobs {

    // Lazy: task beans that schedule follow-ups are themselves needed to build the scheduler.
    private final ObjectProvider<Scheduler> scheduler;

    Jobs(ObjectProvider<Scheduler> scheduler) {
        this.scheduler = scheduler;
    }

    /** Schedules the instance unless one with the same id is already waiting. */
    public <T> void schedule(TaskInstance<T> instance, Instant at) {
        Scheduler current = scheduler.getObject();
        current.scheduleIfNotExists(instance, at);
        AfterCommit.run(current::triggerCheckForDueExecutions);
    }

    /**
     * Moves a waiting instance to now, keeping its data; answers false when none waits (never
     * scheduled, done, or running at this moment). Inside a transaction the move commits with it.
     */
    public boolean runNow(TaskInstanceId instance) {
        Scheduler current = scheduler.getObject();
        try {
            if (!current.reschedule(instance, Instant.now())) {
                return false;
            }
        } catch (TaskInstanceNotFoundException | TaskInstanceCurrentlyExecutingException nothingWaits) {
            return false;
        }
        AfterCommit.run(current::triggerCheckForDueExecutions);
        return true;
    }
}
