package id.sapa.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WorkingTimeTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final Map<String, Object> WEEKDAYS = Map.of(
            "monday", Map.of("start", "09:00", "end", "17:00"),
            "tuesday", Map.of("start", "09:00", "end", "17:00"));

    @Test
    void withoutWorkingHoursEveryMinuteCounts() {
        assertThat(WorkingTime.between(at("2026-11-23T22:00"), at("2026-11-24T09:05"), null, JAKARTA))
                .isEqualTo(Duration.ofMinutes(665));
    }

    @Test
    void theNightBeforeOpeningDoesNotCount() {
        // Monday 22:00 to Tuesday 09:05 Jakarta time: five working minutes.
        assertThat(WorkingTime.between(at("2026-11-23T22:00"), at("2026-11-24T09:05"), WEEKDAYS, JAKARTA))
                .isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void spansAcrossDaysAddUpAndDaysOffAreSkipped() {
        // Monday 16:00 to Wednesday 10:00: one hour Monday, eight Tuesday, Wednesday is a day off.
        assertThat(WorkingTime.between(at("2026-11-23T16:00"), at("2026-11-25T10:00"), WEEKDAYS, JAKARTA))
                .isEqualTo(Duration.ofHours(9));
        assertThat(WorkingTime.between(at("2026-11-25T10:00"), at("2026-11-23T16:00"), WEEKDAYS, JAKARTA))
                .isZero();
    }

    private static Instant at(String local) {
        return java.time.LocalDateTime.parse(local).atZone(JAKARTA).toInstant();
    }
}
