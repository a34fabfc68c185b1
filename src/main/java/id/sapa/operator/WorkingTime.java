package id.sapa.operator;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;

/**
 * How much of a span fell within someone's working hours: a customer who writes at 22:00 to a shop
 * that opens at 09:00 and is answered at 09:05 waited five working minutes, not eleven hours.
 */
final class WorkingTime {

    /** Longer waits are counted up to this many days of working hours, to bound the work. */
    private static final int MAX_DAYS = 62;

    private WorkingTime() {
    }

    /**
     * @param hours by lower-case day name, each {@code {"start": "09:00", "end": "17:00"}}; a day
     *              not listed is a day off. {@code null} or empty: every hour counts.
     */
    static Duration between(Instant from, Instant to, Map<String, Object> hours, ZoneId zone) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        if (hours == null || hours.isEmpty()) {
            return Duration.between(from, to);
        }
        Duration total = Duration.ZERO;
        LocalDate day = from.atZone(zone).toLocalDate();
        LocalDate last = to.atZone(zone).toLocalDate();
        for (int i = 0; !day.isAfter(last) && i < MAX_DAYS; i++, day = day.plusDays(1)) {
            if (!(hours.get(name(day.getDayOfWeek())) instanceof Map<?, ?> span)) {
                continue;
            }
            Instant open = ZonedDateTime.of(day, LocalTime.parse(String.valueOf(span.get("start"))), zone).toInstant();
            Instant close = ZonedDateTime.of(day, LocalTime.parse(String.valueOf(span.get("end"))), zone).toInstant();
            Instant start = from.isAfter(open) ? from : open;
            Instant end = to.isBefore(close) ? to : close;
            if (end.isAfter(start)) {
                total = total.plus(Duration.between(start, end));
            }
        }
        return total;
    }

    private static String name(DayOfWeek day) {
        return day.name().toLowerCase(Locale.ROOT);
    }
}
