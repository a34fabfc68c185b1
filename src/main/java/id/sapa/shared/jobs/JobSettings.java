package id.sapa.shared.jobs;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param threads          jobs run at once on this node
 * @param pollingInterval  how often due jobs are looked for (jobs scheduled for "now" on this node
 *                         start at once regardless)
 * @param heartbeat        how often a node marks the jobs it is running as still alive
 * @param missedHeartbeats heartbeats a running job may miss (at least 4) before its node is taken
 *                         for dead and the job is run again by a live node
 */
@ConfigurationProperties("sapa.jobs")
public record JobSettings(@DefaultValue("8") int threads, @DefaultValue("2s") Duration pollingInterval,
        @DefaultValue("5s") Duration heartbeat, @DefaultValue("6") int missedHeartbeats) {

    public JobSettings {
        // db-scheduler's own floor is 4 missed heartbeats; saying so here names the setting to change.
        if (heartbeat.isNegative() || heartbeat.isZero() || missedHeartbeats < 4) {
            throw new IllegalArgumentException("SAPA_JOBS_HEARTBEAT must be positive and SAPA_JOBS_MISSED_HEARTBEATS at least 4"
                    + " (got " + heartbeat + " and " + missedHeartbeats + ")");
        }
    }

    /**
     * The longest a job cut by a dead node waits to run again: its node is taken for dead once its
     * last heartbeat is {@code missedHeartbeats} old, db-scheduler looks for such nodes every second
     * heartbeat, and the revived job starts at the next poll.
     */
    public Duration deadNodeJobRevivedWithin() {
        return heartbeat.multipliedBy(missedHeartbeats + 2L).plus(pollingInterval);
    }
}
