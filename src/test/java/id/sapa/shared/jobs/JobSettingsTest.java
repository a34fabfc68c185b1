package id.sapa.shared.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class JobSettingsTest {

    @Test
    void byDefaultTheJobOfADeadNodeRunsAgainWithinAMinute() {
        JobSettings defaults = bind(Map.of());

        assertThat(defaults.heartbeat()).isEqualTo(Duration.ofSeconds(5));
        assertThat(defaults.missedHeartbeats()).isEqualTo(6);
        assertThat(defaults.deadNodeJobRevivedWithin()).isLessThan(Duration.ofMinutes(1));
    }

    @Test
    void settingsDbSchedulerWouldRefuseAreRefusedByName() {
        assertThatThrownBy(() -> bind(Map.of("sapa.jobs.heartbeat", "0s"))).isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("SAPA_JOBS_HEARTBEAT");
        assertThatThrownBy(() -> bind(Map.of("sapa.jobs.missed-heartbeats", "3"))).isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("SAPA_JOBS_MISSED_HEARTBEATS");
    }

    private static JobSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("sapa.jobs", JobSettings.class);
    }
}
