package id.sapa.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void readsTheSeedsShortForms() {
        assertThat(Durations.parse("7d", "X")).isEqualTo(Duration.ofDays(7));
        assertThat(Durations.parse("12h", "X")).isEqualTo(Duration.ofHours(12));
        assertThat(Durations.parse("30m", "X")).isEqualTo(Duration.ofMinutes(30));
        assertThat(Durations.parse("3600", "X")).isEqualTo(Duration.ofHours(1));
        assertThat(Durations.parse("2w", "X")).isEqualTo(Duration.ofDays(14));
    }

    @Test
    void readsIsoDurations() {
        assertThat(Durations.parse("PT8H", "X")).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void refusesNonsenseNamingTheSetting() {
        assertThatThrownBy(() -> Durations.parse("forever", "JWT_EXPIRES_IN")).hasMessageContaining("JWT_EXPIRES_IN");
        assertThatThrownBy(() -> Durations.parse("0d", "JWT_EXPIRES_IN")).hasMessageContaining("longer than zero");
    }
}
