package id.sapa.shared.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

/**
 * A job that was running on a node that died (its row in {@code scheduled_tasks} still picked by
 * that node, its heartbeat no longer renewed) is run by the live node once the node has missed
 * its heartbeats. Short settings here, given by their environment names, so the test does not
 * wait out the defaults; {@link JobSettingsTest} holds the defaults to a minute.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "SAPA_JOBS_HEARTBEAT=1s", "SAPA_JOBS_MISSED_HEARTBEATS=4", "sapa.jobs.polling-interval=1s" })
@ActiveProfiles("test")
class DeadNodeJobsIntegrationTest {

    private static final String PROBE = "dead-node-probe";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    JobSettings settings;
    @Autowired
    Queue<String> probeRuns;

    @Test
    void theJobOfADeadNodeRunsOnTheLiveOneOnceTheDeadOneMissedItsHeartbeats() {
        String instance = UUID.randomUUID().toString();
        // The node died just after its last heartbeat, in the middle of the job.
        jdbc.sql("""
                INSERT INTO scheduled_tasks (task_name, task_instance, task_data, execution_time, picked, picked_by,
                                             last_heartbeat, version)
                VALUES (?, ?, NULL, now() - interval '1 minute', TRUE, 'node-that-died', now(), 1)
                """).params(PROBE, instance).update();

        await().atMost(settings.deadNodeJobRevivedWithin().plusSeconds(2)).until(() -> probeRuns.contains(instance));

        assertThat(probeRuns).containsOnlyOnce(instance);
        await().atMost(Duration.ofSeconds(5)).until(() -> jdbc.sql(
                "SELECT count(*) FROM scheduled_tasks WHERE task_name = ? AND task_instance = ?")
                .params(PROBE, instance).query(Long.class).single() == 0);
    }

    @TestConfiguration
    static class Probe {

        @Bean
        Queue<String> probeRuns() {
            return new ConcurrentLinkedQueue<>();
        }

        @Bean
        OneTimeTask<Void> deadNodeProbe(Queue<String> probeRuns) {
            return Tasks.oneTime(PROBE).execute((instance, context) -> probeRuns.add(instance.getId()));
        }
    }
}
