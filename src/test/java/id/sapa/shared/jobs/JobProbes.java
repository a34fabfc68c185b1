package id.sapa.shared.jobs;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.kagkarlsson.scheduler.serializer.JavaSerializer;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import id.sapa.shared.jobs.JobDataUpgradeIntegrationTest.Waiting;

/** The probe tasks and the upgraded database of {@link JobsTestContext}. */
@TestConfiguration(proxyBeanMethods = false)
class JobProbes {

    static final String DEAD_NODE_PROBE = "dead-node-probe";
    static final TaskDescriptor<Probe> PROBE = TaskDescriptor.of("jobs-probe", Probe.class);
    record Probe(String label) {
    }

    @Bean
    Queue<String> deadNodeProbeRuns() {
        return new ConcurrentLinkedQueue<>();
    }

    @Bean
    OneTimeTask<Void> deadNodeProbe(Queue<String> deadNodeProbeRuns) {
        return Tasks.oneTime(DEAD_NODE_PROBE).execute((instance, context) -> deadNodeProbeRuns.add(instance.getId()));
    }

    @Bean
    Queue<Probe> probeRuns() {
        return new ConcurrentLinkedQueue<>();
    }

    /** A probe whose label is held here runs until its test releases the latch. */
    @Bean
    Map<String, CountDownLatch> heldProbes() {
        return new ConcurrentHashMap<>();
    }

    @Bean
    OneTimeTask<Probe> jobsProbe(Queue<Probe> probeRuns, Map<String, CountDownLatch> heldProbes) {
        return Tasks.oneTime(PROBE).execute((instance, context) -> {
            probeRuns.add(instance.getData());
            CountDownLatch held = heldProbes.get(instance.getData().label());
            if (held != null) {
                awaitQuietly(held);
            }
        });
    }

    static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Migrates up to the version before job data became JSON, stores the jobs of
     * {@link JobDataUpgradeIntegrationTest} the way that version stored them, then upgrades.
     */
    @Bean
    FlywayMigrationStrategy upgradeWithJobsWaiting() {
        return flyway -> {
            MigrationVersion before = Arrays.stream(flyway.info().all()).map(MigrationInfo::getVersion)
                    .filter(version -> version.compareTo(JobDataUpgradeIntegrationTest.JSON_JOB_DATA) < 0)
                    .max(MigrationVersion::compareTo).orElseThrow();
            Flyway.configure().configuration(flyway.getConfiguration()).target(before).load().migrate();

            JdbcClient jdbc = JdbcClient.create(flyway.getConfiguration().getDataSource());
            // Not due before the test makes them so: the scheduler starts with the context.
            Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS);
            for (Waiting job : JobDataUpgradeIntegrationTest.WAITING) {
                // What that version wrote: db-scheduler's default serializer over the string.
                jdbc.sql("""
                        INSERT INTO scheduled_tasks (task_name, task_instance, task_data, execution_time, picked, version)
                        VALUES (?, ?, ?, ?, FALSE, 1)""")
                        .params(job.task(), job.instance(), new JavaSerializer().serialize(job.data()),
                                Timestamp.from(tomorrow))
                        .update();
            }
            flyway.migrate();
        };
    }
}
