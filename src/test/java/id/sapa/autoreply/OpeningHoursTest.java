package id.sapa.autoreply;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class OpeningHoursTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private static Instant jakarta(String local) {
        return LocalDateTime.parse(local).atZone(JAKARTA).toInstant();
    }

    @Test
    void aDayRangeIsOpenFromStartUntilBeforeEnd() {
        OpeningHours hours = OpeningHours.of(new WorkingHours("09:00", "17:00", null, List.of(), null, null), JAKARTA);
        assertThat(hours.isOpen(jakarta("2026-11-24T08:59"))).isFalse();
        assertThat(hours.isOpen(jakarta("2026-11-24T09:00"))).isTrue();
        assertThat(hours.isOpen(jakarta("2026-11-24T16:59"))).isTrue();
        assertThat(hours.isOpen(jakarta("2026-11-24T17:00"))).isFalse();
    }

    @Test
    void aRangeOverMidnightBelongsToTheDayItStarts() {
        // Open Friday (5) night only: 21:00 Friday to 06:00 Saturday.
        OpeningHours hours = OpeningHours.of(new WorkingHours("21:00", "06:00", null, List.of(5), null, null), JAKARTA);
        assertThat(hours.isOpen(jakarta("2026-11-27T20:59"))).isFalse(); // Friday
        assertThat(hours.isOpen(jakarta("2026-11-27T23:30"))).isTrue();
        assertThat(hours.isOpen(jakarta("2026-11-28T00:00"))).isTrue(); // Saturday, Friday's shift
        assertThat(hours.isOpen(jakarta("2026-11-28T05:59"))).isTrue();
        assertThat(hours.isOpen(jakarta("2026-11-28T06:00"))).isFalse();
        assertThat(hours.isOpen(jakarta("2026-11-28T22:00"))).isFalse(); // Saturday night is not open
        assertThat(hours.isOpen(jakarta("2026-11-27T03:00"))).isFalse(); // Thursday's night is not open
    }

    @Test
    void daysPerDayHoursAndHolidays() {
        OpeningHours hours = OpeningHours.of(new WorkingHours("08:00", "17:00", null, List.of(1, 2, 3, 4, 5),
                Map.of("6", new WorkingHours.Hours("09:00", "12:00")), List.of("2026-12-25")), JAKARTA);
        assertThat(hours.isOpen(jakarta("2026-11-28T10:00"))).isTrue(); // Saturday, own hours
        assertThat(hours.isOpen(jakarta("2026-11-28T13:00"))).isFalse();
        assertThat(hours.isOpen(jakarta("2026-11-29T10:00"))).isFalse(); // Sunday
        assertThat(hours.isOpen(jakarta("2026-12-25T10:00"))).isFalse(); // Friday, a holiday
        assertThat(hours.isOpen(jakarta("2026-12-24T10:00"))).isTrue();
    }

    @Test
    void aHolidayClosesTheTailOfItsOvernightShift() {
        OpeningHours hours = OpeningHours.of(new WorkingHours("21:00", "06:00", null, List.of(), null,
                List.of("2026-12-24")), JAKARTA);
        assertThat(hours.isOpen(jakarta("2026-12-25T02:00"))).isFalse();
        assertThat(hours.isOpen(jakarta("2026-12-26T02:00"))).isTrue();
    }

    @Test
    void theHoursTimeZoneDecidesTheDayAndTime() {
        OpeningHours bali = OpeningHours.of(new WorkingHours("09:00", "17:00", "Asia/Makassar", List.of(1), null, null), JAKARTA);
        // 08:30 in Jakarta on Monday is 09:30 in Bali: open.
        assertThat(bali.isOpen(jakarta("2026-11-23T08:30"))).isTrue();
        // 23:30 Sunday in Jakarta is 00:30 Monday in Bali: Monday, but before 09:00.
        assertThat(bali.isOpen(jakarta("2026-11-22T23:30"))).isFalse();
        OpeningHours fallback = OpeningHours.of(new WorkingHours("09:00", "17:00", null, List.of(), null, null),
                ZoneId.of("Asia/Jayapura"));
        assertThat(fallback.isOpen(jakarta("2026-11-24T07:30"))).isTrue(); // 09:30 WIT
    }

    @Test
    void endingAt2400RunsToMidnight() {
        OpeningHours hours = OpeningHours.of(new WorkingHours("18:00", "24:00", null, List.of(1), null, null), JAKARTA);
        assertThat(hours.isOpen(jakarta("2026-11-23T23:59"))).isTrue();
        assertThat(hours.isOpen(jakarta("2026-11-24T00:00"))).isFalse();
    }

    @Test
    void equalStartAndEndIsTheWholeDay() {
        OpeningHours hours = OpeningHours.of(new WorkingHours("00:00", "00:00", null, List.of(1), null, null), JAKARTA);
        assertThat(hours.isOpen(jakarta("2026-11-23T23:59"))).isTrue();
        assertThat(hours.isOpen(jakarta("2026-11-24T00:01"))).isFalse();
    }
}
