package id.sapa.shared.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;

import id.sapa.shared.ChannelId;
import id.sapa.shared.MessageId;
import id.sapa.shared.TenantId;

/**
 * A shop upgrades with jobs waiting (a send, its retry, a delayed reply, a webhook body): the
 * database is migrated up to the version before job data became JSON, the jobs are stored the way
 * that version stored them (its strings in Java serialization), and then the upgrade runs
 * ({@link JobProbes#upgradeWithJobsWaiting}). Each job
 * reads as its record through the running scheduler, and runs to its end when due.
 */
@JobsTestContext
class JobDataUpgradeIntegrationTest {

    static final MigrationVersion JSON_JOB_DATA = MigrationVersion.fromVersion("202612020410");

    static final MessageId SEND = MessageId.next();
    static final ChannelId CHANNEL = ChannelId.random();
    static final MessageId READ = MessageId.next();
    static final TenantId TENANT = TenantId.random();
    static final MessageId DECIDE = MessageId.next();
    static final UUID DISPATCH = UUID.randomUUID();
    static final UUID DELIVERY = UUID.randomUUID();
    static final String PROVIDER_ID = "wamid.HBgNNjI4MTIzNDU2Nzg5MBUCABIYFjNFQjBDMEY5QTdCRjE1RkQ1NkNBAA==";
    static final String HAND_OUT = TENANT + ":" + UUID.randomUUID();

    /** A job as the version before stored it: its data a string. */
    record Waiting(String task, String instance, String data) {
    }

    static final List<Waiting> WAITING = List.of(
            new Waiting("send-message", SEND + "#2", SEND + "#2"),
            new Waiting("send-message", SEND + "#2@1764720000000", SEND + "#2"),
            new Waiting("send-read-receipt", READ.toString(), CHANNEL + " " + PROVIDER_ID),
            new Waiting("auto-reply-decision", TENANT + "/" + DECIDE, TENANT + "/" + DECIDE),
            new Waiting("assign-conversations", HAND_OUT, TENANT.toString()),
            new Waiting("auto-reply", DISPATCH.toString(), DISPATCH.toString()),
            new Waiting("process-webhook", DELIVERY.toString(), DELIVERY.toString()));

    @Autowired
    SchedulerClient scheduler;
    @Autowired
    Jobs jobs;
    @Autowired
    JdbcClient jdbc;

    @Test
    void eachWaitingJobReadsAsItsRecord() {
        assertThat(data("send-message", SEND + "#2")).extracting("message", "number").containsExactly(SEND, 2);
        assertThat(data("send-message", SEND + "#2@1764720000000")).extracting("message", "number")
                .containsExactly(SEND, 2);
        assertThat(data("send-read-receipt", READ.toString())).extracting("channel", "providerMessageId")
                .containsExactly(CHANNEL, PROVIDER_ID);
        assertThat(data("auto-reply-decision", TENANT + "/" + DECIDE)).extracting("tenant", "message")
                .containsExactly(TENANT, DECIDE);
        assertThat(data("assign-conversations", HAND_OUT)).isEqualTo(TENANT);
        assertThat(data("auto-reply", DISPATCH.toString())).isEqualTo(DISPATCH);
        assertThat(data("process-webhook", DELIVERY.toString())).isEqualTo(DELIVERY);
    }

    /** A job whose data cannot be read fails and stays for a retry; these run and are gone. */
    @Test
    void theConvertedJobsRunToTheirEndWhenDue() {
        List<TaskInstanceId> due = List.of(TaskInstanceId.of("send-message", SEND + "#2"),
                TaskInstanceId.of("auto-reply-decision", TENANT + "/" + DECIDE),
                TaskInstanceId.of("auto-reply", DISPATCH.toString()),
                TaskInstanceId.of("process-webhook", DELIVERY.toString()));

        due.forEach(instance -> assertThat(jobs.runNow(instance)).isTrue());

        await().atMost(Duration.ofSeconds(20)).until(() -> due.stream().noneMatch(this::exists));
    }

    private Object data(String task, String instance) {
        return scheduler.getScheduledExecution(TaskInstanceId.of(task, instance)).orElseThrow().getData();
    }

    private boolean exists(TaskInstanceId instance) {
        return jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = ? AND task_instance = ?")
                .params(instance.getTaskName(), instance.getId()).query(Long.class).single() > 0;
    }
}
