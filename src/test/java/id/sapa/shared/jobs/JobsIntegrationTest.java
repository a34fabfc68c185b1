package id.sapa.shared.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static id.sapa.shared.jobs.JobProbes.PROBE;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;

import id.sapa.shared.jobs.JobProbes.Probe;

/**
 * Moving, cancelling and restarting jobs against the running scheduler and its table, with a probe
 * task whose data is a record: what the AI assistant's debounce (a timer restarted on every message)
 * and the send order (a held send woken at once) rely on.
 */
@JobsTestContext
class JobsIntegrationTest {

    @Autowired
    Jobs jobs;
    @Autowired
    SchedulerClient scheduler;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Queue<Probe> runs;
    @Autowired
    Map<String, CountDownLatch> heldProbes;

    private final Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);

    @Test
    void aWaitingJobMovedToNowRunsWithItsData() {
        TaskInstance<Probe> instance = probe("moved");
        jobs.schedule(instance, tomorrow);

        assertThat(jobs.reschedule(instance, Instant.now())).isTrue();

        await().atMost(Duration.ofSeconds(10)).until(() -> runs.contains(new Probe("moved")));
        await().atMost(Duration.ofSeconds(5)).until(() -> !exists(instance));
    }

    @Test
    void aJobMovedLaterWaitsForTheNewTime() {
        TaskInstance<Probe> instance = probe("later");
        jobs.schedule(instance, Instant.now().plusSeconds(60));

        assertThat(jobs.reschedule(instance, tomorrow)).isTrue();

        assertThat(executionTime(instance)).isEqualTo(tomorrow);
    }

    @Test
    void aCancelledJobIsGoneAndNothingIsLeftToMoveOrCancel() {
        TaskInstance<Probe> instance = probe("cancelled");
        jobs.schedule(instance, tomorrow);

        assertThat(jobs.cancel(instance)).isTrue();

        assertThat(exists(instance)).isFalse();
        assertThat(jobs.cancel(instance)).isFalse();
        assertThat(jobs.reschedule(instance, Instant.now())).isFalse();
        assertThat(jobs.runNow(instance)).isFalse();
    }

    @Test
    void aCancelInsideATransactionThatRollsBackLeavesTheJobWaiting() {
        TaskInstance<Probe> instance = probe("kept");
        jobs.schedule(instance, tomorrow);

        transaction.executeWithoutResult(status -> {
            assertThat(jobs.cancel(instance)).isTrue();
            status.setRollbackOnly();
        });

        assertThat(executionTime(instance)).isEqualTo(tomorrow);
    }

    @Test
    void scheduleOrRescheduleRestartsTheTimerOfTheWaitingJobWithTheNewData() {
        String id = UUID.randomUUID().toString();
        assertThat(jobs.scheduleOrReschedule(PROBE.instance(id).data(new Probe("first")).build(), tomorrow)).isTrue();
        assertThat(jobs.scheduleOrReschedule(PROBE.instance(id).data(new Probe("second")).build(), tomorrow.plusSeconds(15)))
                .isTrue();

        TaskInstanceId instance = PROBE.instanceId(id);
        assertThat(executionTime(instance)).isEqualTo(tomorrow.plusSeconds(15));
        assertThat(scheduler.getScheduledExecution(instance).orElseThrow().getData()).isEqualTo(new Probe("second"));

        assertThat(jobs.scheduleOrReschedule(PROBE.instance(id).data(new Probe("third")).build(), Instant.now())).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> runs.contains(new Probe("third")));
        assertThat(runs).doesNotContain(new Probe("first"), new Probe("second"));
    }

    @Test
    void aRunningJobCanBeNeitherMovedNorCancelledNorRestarted() {
        String held = "held-" + UUID.randomUUID();
        CountDownLatch release = new CountDownLatch(1);
        heldProbes.put(held, release);
        try {
            TaskInstance<Probe> running = PROBE.instance(UUID.randomUUID().toString()).data(new Probe(held)).build();
            jobs.schedule(running, Instant.now());
            await().atMost(Duration.ofSeconds(10)).until(() -> runs.contains(new Probe(held)));

            assertThat(jobs.reschedule(running, tomorrow)).isFalse();
            assertThat(jobs.cancel(running)).isFalse();
            assertThat(jobs.scheduleOrReschedule(PROBE.instance(running.getId()).data(new Probe("again")).build(), tomorrow))
                    .isFalse();

            release.countDown();
            await().atMost(Duration.ofSeconds(5)).until(() -> !exists(running));
            assertThat(runs).doesNotContain(new Probe("again"));
        } finally {
            release.countDown();
        }
    }

    /**
     * Two messages at once restart one new timer: the second insert waits for the first transaction's
     * row and then fails on its key. That failure must not abort the second caller's transaction.
     */
    @Test
    void twoTransactionsRestartingOneNewTimerAtOnceBothCommitAndTheLaterTimeWins() throws Exception {
        String id = UUID.randomUUID().toString();
        CountDownLatch firstInserted = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        CompletableFuture<Integer> secondBackend = new CompletableFuture<>();
        // Two threads of its own: the common pool may have just one on a small machine.
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> transaction.execute(status -> {
                boolean scheduled = jobs.scheduleOrReschedule(PROBE.instance(id).data(new Probe("one")).build(), tomorrow);
                firstInserted.countDown();
                JobProbes.awaitQuietly(commitFirst);
                return scheduled;
            }), callers);
            assertThat(firstInserted.await(20, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> transaction.execute(status -> {
                secondBackend.complete(jdbc.sql("SELECT pg_backend_pid()").query(Integer.class).single());
                boolean scheduled = jobs.scheduleOrReschedule(PROBE.instance(id).data(new Probe("two")).build(),
                        tomorrow.plusSeconds(15));
                // The transaction is still usable after the lost insert.
                jdbc.sql("SELECT 1").query(Integer.class).single();
                return scheduled;
            }), callers);
            int backend = secondBackend.get(20, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(20)).until(() -> "Lock".equals(jdbc
                    .sql("SELECT wait_event_type FROM pg_stat_activity WHERE pid = ?").param(backend)
                    .query(String.class).optional().orElse(null)));
            commitFirst.countDown();

            assertThat(first.get(20, TimeUnit.SECONDS)).isTrue();
            assertThat(second.get(20, TimeUnit.SECONDS)).isTrue();
            TaskInstanceId instance = PROBE.instanceId(id);
            assertThat(executionTime(instance)).isEqualTo(tomorrow.plusSeconds(15));
            assertThat(scheduler.getScheduledExecution(instance).orElseThrow().getData()).isEqualTo(new Probe("two"));
        } finally {
            commitFirst.countDown();
            callers.shutdown();
        }
    }

    private static TaskInstance<Probe> probe(String label) {
        return PROBE.instance(UUID.randomUUID().toString()).data(new Probe(label)).build();
    }

    private boolean exists(TaskInstanceId instance) {
        return jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = ? AND task_instance = ?")
                .params(instance.getTaskName(), instance.getId()).query(Long.class).single() > 0;
    }

    private Instant executionTime(TaskInstanceId instance) {
        return jdbc.sql("SELECT execution_time FROM scheduled_tasks WHERE task_name = ? AND task_instance = ?")
                .params(instance.getTaskName(), instance.getId()).query(java.sql.Timestamp.class).single().toInstant();
    }
}
