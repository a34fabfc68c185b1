package id.sapa.autoreply;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.sapa.tenant.BusinessHours;

/**
 * When the business answers, as a tenant writes it (seed 002 {@code working_hours}): times
 * {@code "HH:mm"} in {@code timezone} (default the tenant's, else Asia/Jakarta) on {@code days}
 * (1 = Monday … 7 = Sunday; default every day). A range whose end is not after its start runs over
 * midnight ("21:00"–"06:00"); equal start and end mean the whole day. {@code schedule} gives other
 * hours for some days (its days are open too); {@code holidays} are dates ({@code yyyy-MM-dd}) off.
 * The same shape as the tenant's {@link BusinessHours}, which a time-based rule without hours of its
 * own follows. Checked by the validator; {@link OpeningHours} is the compiled form.
 */
public record WorkingHours(String start, String end, String timezone, List<Integer> days, Map<String, Hours> schedule,
        List<String> holidays) {

    public WorkingHours {
        days = days == null ? List.of() : List.copyOf(days);
        schedule = schedule == null ? Map.of() : Map.copyOf(schedule);
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
    }

    /** One day's hours in {@link #schedule}. */
    public record Hours(String start, String end) {
    }

    static WorkingHours of(BusinessHours hours) {
        Map<String, Hours> schedule = new HashMap<>();
        hours.schedule().forEach((day, own) -> schedule.put(day, own == null ? null : new Hours(own.start(), own.end())));
        return new WorkingHours(hours.start(), hours.end(), hours.timezone(), hours.days(), schedule, hours.holidays());
    }

    BusinessHours asBusinessHours() {
        Map<String, BusinessHours.Hours> own = new HashMap<>();
        schedule.forEach((day, hours) -> own.put(day, hours == null ? null : new BusinessHours.Hours(hours.start(), hours.end())));
        return new BusinessHours(start, end, timezone, days, own, holidays);
    }
}
