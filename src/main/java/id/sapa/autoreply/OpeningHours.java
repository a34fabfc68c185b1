package id.sapa.autoreply;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Validated working hours, ready to answer "is the business open at this instant?". */
final class OpeningHours {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private final ZoneId zone;
    private final Map<DayOfWeek, Shift> shifts;
    private final Set<LocalDate> holidays;

    private OpeningHours(ZoneId zone, Map<DayOfWeek, Shift> shifts, Set<LocalDate> holidays) {
        this.zone = zone;
        this.shifts = shifts;
        this.holidays = holidays;
    }

    /** @param fallbackZone the tenant's time zone, used when the hours name none */
    static OpeningHours of(WorkingHours hours, ZoneId fallbackZone) {
        ZoneId zone = hours.timezone() == null || hours.timezone().isBlank() ? fallbackZone : ZoneId.of(hours.timezone());
        Shift usual = new Shift(time(hours.start()), time(hours.end()));
        Map<DayOfWeek, Shift> shifts = new EnumMap<>(DayOfWeek.class);
        if (hours.days().isEmpty()) {
            for (DayOfWeek day : DayOfWeek.values()) {
                shifts.put(day, usual);
            }
        } else {
            hours.days().forEach(day -> shifts.put(DayOfWeek.of(day), usual));
        }
        hours.schedule().forEach((day, own) -> shifts.put(DayOfWeek.of(Integer.parseInt(day)),
                new Shift(time(own.start()), time(own.end()))));
        Set<LocalDate> off = new HashSet<>();
        hours.holidays().forEach(date -> off.add(LocalDate.parse(date)));
        return new OpeningHours(zone, shifts, off);
    }

    /** A time written {@code HH:mm}; "24:00" is accepted as the midnight that ends a day. */
    static LocalTime time(String text) {
        return LocalTime.parse(text, HOUR);
    }

    boolean isOpen(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        LocalDate today = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        Shift todays = shiftOn(today);
        if (todays != null && todays.coversFromStart(time)) {
            return true;
        }
        // The tail of yesterday's overnight shift belongs to yesterday: a holiday yesterday closes it.
        Shift yesterdays = shiftOn(today.minusDays(1));
        return yesterdays != null && yesterdays.overnight() && time.isBefore(yesterdays.end());
    }

    ZoneId zone() {
        return zone;
    }

    private Shift shiftOn(LocalDate date) {
        return holidays.contains(date) ? null : shifts.get(date.getDayOfWeek());
    }

    private record Shift(LocalTime start, LocalTime end) {

        boolean overnight() {
            return end.isBefore(start);
        }

        /** Whether the part of the shift that starts on its own day covers the time. */
        boolean coversFromStart(LocalTime time) {
            if (start.equals(end)) {
                return true;
            }
            if (overnight()) {
                return !time.isBefore(start);
            }
            return !time.isBefore(start) && time.isBefore(end);
        }
    }
}
