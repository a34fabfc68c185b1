package id.sapa.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.SchedulerState;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import id.sapa.shared.TenantId;
import id.sapa.shared.jobs.JobSettings;
import id.sapa.shared.jobs.Jobs;

/**
 * The durable jobs that send waiting notices. A batch job sends rows for up to {@link #RUN_FOR} and,
 * between rows due within {@link #WAIT_IN_RUN}, waits in place (a job due in a few seconds would start up
 * to a polling interval late and break the pace); then it hands on to its successor, scheduled a little
 * before the next row is due. A restart in the middle revives the job where the rows say it got.
 */
@Configuration(proxyBeanMethods = false)
class NoticeJobs {

    private static final Logger log = LoggerFactory.getLogger(NoticeJobs.class);

    static final TaskDescriptor<BatchRun> BATCH = TaskDescriptor.of("send-notice-batch", BatchRun.class);
    static final TaskDescriptor<Deferred> DEFERRED = TaskDescriptor.of("send-deferred-notice", Deferred.class);
    static final Duration RUN_FOR = Duration.ofSeconds(20);
    static final Duration WAIT_IN_RUN = Duration.ofSeconds(5);
    static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(10);

    /** The job's data: the batch, and which run of it this is (each run has its own instance). */
    record BatchRun(TenantId tenantId, UUID batchId, int run) {
    }

    /** The job's data: a held-back notice, and which attempt this is. */
    record Deferred(TenantId tenantId, UUID logId, int attempt) {
    }

    private final NoticeRunner runner;
    private final Jobs jobs;
    private final Duration lead;
    private final Clock clock;

    NoticeJobs(NoticeRunner runner, Jobs jobs, JobSettings settings, Clock clock) {
        this.runner = runner;
        this.jobs = jobs;
        // Started this much early, the job is running when its time comes, whatever the poll.
        this.lead = settings.pollingInterval().plusSeconds(1);
        this.clock = clock;
    }

    @Bean
    OneTimeTask<BatchRun> noticeBatchTask() {
        return Tasks.oneTime(BATCH)
                // A step that failed (the database away for a moment) rolled back what it did: go on
                // soon, not after the scheduler's default five minutes.
                .onFailure(new FailureHandler.OnFailureRetryLater<>(RETRY_AFTER_FAILURE))
                .execute((instance, context) -> run(instance.getData(), context.getSchedulerState()));
    }

    @Bean
    OneTimeTask<Deferred> deferredNoticeTask() {
        return Tasks.oneTime(DEFERRED)
                .onFailure(new FailureHandler.OnFailureRetryLater<>(RETRY_AFTER_FAILURE))
                .execute((instance, context) -> sendDeferred(instance.getData()));
    }

    private void sendDeferred(Deferred deferred) {
        Deferred next = new Deferred(deferred.tenantId(), deferred.logId(), deferred.attempt() + 1);
        if (!waitUntil(scheduledOf(deferred))) {
            schedule(next, clock.instant());
            return;
        }
        if (runner.deferredStep(deferred.tenantId(), deferred.logId()) instanceof NoticeRunner.Due(Instant at)) {
            schedule(next, at);
        }
    }

    /** Starts a batch's first run now (within the caller's transaction). */
    void start(TenantId tenantId, UUID batchId) {
        jobs.schedule(BATCH.instance(batchId + ":0").data(new BatchRun(tenantId, batchId, 0)).build(), clock.instant());
    }

    /** Sends a held-back notice at {@code at} (within the caller's transaction). */
    void defer(TenantId tenantId, UUID logId, Instant at) {
        schedule(new Deferred(tenantId, logId, 0), at);
    }

    private void run(BatchRun batch, SchedulerState scheduler) {
        Instant stop = clock.instant().plus(RUN_FOR);
        while (true) {
            NoticeRunner.Step step = runner.batchStep(batch.tenantId(), batch.batchId());
            if (!(step instanceof NoticeRunner.Due(Instant due))) {
                return;
            }
            Instant now = clock.instant();
            // A node that is stopping hands the batch on at once: the next node (or this one, restarted) goes on.
            if (scheduler.isShuttingDown() || due.isAfter(stop) || Duration.between(now, due).compareTo(WAIT_IN_RUN) > 0
                    || !waitUntil(due)) {
                BatchRun next = new BatchRun(batch.tenantId(), batch.batchId(), batch.run() + 1);
                Instant start = due.minus(lead);
                jobs.schedule(BATCH.instance(batch.batchId() + ":" + next.run()).data(next).build(),
                        start.isBefore(now) ? now : start);
                return;
            }
        }
    }

    private void schedule(Deferred deferred, Instant at) {
        Instant start = at.minus(lead);
        jobs.schedule(DEFERRED.instance(deferred.logId() + ":" + deferred.attempt()).data(deferred).build(),
                start.isBefore(clock.instant()) ? clock.instant() : start);
    }

    private Instant scheduledOf(Deferred deferred) {
        return runner.scheduledFor(deferred.logId()).orElse(clock.instant());
    }

    /** Waits in place until {@code at}; false when interrupted (the node is stopping). */
    private boolean waitUntil(Instant at) {
        long millis = Duration.between(clock.instant(), at).toMillis();
        if (millis <= 0) {
            return true;
        }
        try {
            Thread.sleep(Math.min(millis, WAIT_IN_RUN.plus(lead).toMillis()));
            return true;
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            log.info("Stopped waiting to send a notice; a job goes on later");
            return false;
        }
    }
}
