package id.sapa.shared.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Queue;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A job that was running on a node that died (its row in {@code scheduled_tasks} still picked by
 * that node, its heartbeat no longer renewed) is run by the live node once the node has missed
 * its heartbeats, with the short settings of {@link JobsTestContext}.
 */
@JobsTestContext
class DeadNodeJobsIntegrationTest {

    private static final String PROBE = JobProbes.DEAD_NODE_PROBE;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    JobSettings settings;
    @Autowired
    Queue<String> deadNodeProbeRuns;

    @Test
    void theJobOfADeadNodeRunsOnTheLiveOneOnceTheDeadOneMissedItsHeartbeats() {
        String instance = UUID.randomUUID().toString();
        // The node died just after its last heartbeat, in the middle of the job.
        jdbc.sql("""
                INSERT INTO scheduled_tasks (task_name, task_instance, task_data, execution_time, picked, picked_by,
                                             last_heartbeat, version)
                VALUES (?, ?, NULL, now() - interval '1 minute', TRUE, 'node-that-died', now(), 1)
                """).params(PROBE, instance).update();

        await().atMost(settings.deadNodeJobRevivedWithin().plusSeconds(2)).until(() -> deadNodeProbeRuns.contains(instance));

        assertThat(deadNodeProbeRuns).containsOnlyOnce(instance);
        await().atMost(Duration.ofSeconds(5)).until(() -> jdbc.sql(
                "SELECT count(*) FROM scheduled_tasks WHERE task_name = ? AND task_instance = ?")
                .params(PROBE, instance).query(Long.class).single() == 0);
    }
}
