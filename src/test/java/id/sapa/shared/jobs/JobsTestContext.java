package id.sapa.shared.jobs;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * One server for the job tests, so they open one connection pool on a shared PostgreSQL instead
 * of one each: short heartbeats and polling, given by their environment names, so no test waits
 * out the defaults ({@link JobSettingsTest} holds the defaults to a minute); the probe tasks; and a
 * database upgraded with jobs of the version before waiting ({@link JobProbes}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "SAPA_JOBS_HEARTBEAT=1s", "SAPA_JOBS_MISSED_HEARTBEATS=4", "sapa.jobs.polling-interval=1s" })
@ActiveProfiles("test")
@Import(JobProbes.class)
@interface JobsTestContext {
}
