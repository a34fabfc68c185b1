package id.sapa.tenant;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.sapa.shared.ProblemException;
import id.sapa.shared.ProblemException.FieldError;
import id.sapa.shared.Text;

/**
 * When the business is open (seed 002 {@code working_hours}, kept with the tenant): times
 * {@code "HH:mm"} in {@code timezone} (default the tenant's) on {@code days} (1 = Monday … 7 =
 * Sunday; default every day). A range whose end is not after its start runs over midnight
 * ("21:00"–"06:00"); equal start and end mean the whole day. {@code schedule} gives other hours for
 * some days (its days are open too); {@code holidays} are dates ({@code yyyy-MM-dd}) off.
 */
public record BusinessHours(String start, String end, String timezone, List<Integer> days,
        Map<String, Hours> schedule, List<String> holidays) {

    /** What a tenant has until it sets its own: Monday to Saturday, 08:00–17:00 in its time zone. */
    public static final BusinessHours DEFAULT = new BusinessHours("08:00", "17:00", null, List.of(1, 2, 3, 4, 5, 6),
            null, null);

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    public BusinessHours {
        days = days == null ? List.of() : List.copyOf(days);
        schedule = schedule == null ? Map.of() : Map.copyOf(schedule);
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
    }

    /** One day's hours in {@link #schedule}. */
    public record Hours(String start, String end) {
    }

    /** What a time zone that Java does not know is told, here and for the business's own zone. */
    public static final Text TIME_ZONE = new Text("harus berupa zona waktu IANA, misalnya Asia/Jakarta",
            "must be an IANA time zone such as Asia/Jakarta");

    private static final Text DAYS = new Text("hari ditulis 1 (Senin) sampai 7 (Minggu)", "days are 1 (Monday) to 7 (Sunday)");

    /** A time written {@code HH:mm}. */
    public static LocalTime time(String text) {
        return LocalTime.parse(text, HOUR);
    }

    /**
     * Every invalid field, named below {@code field} ({@code field.start}, {@code field.days} …);
     * empty when the hours are valid.
     */
    public List<FieldError> problems(String field) {
        List<FieldError> errors = new ArrayList<>();
        time(errors, field + ".start", start);
        time(errors, field + ".end", end);
        if (timezone != null) {
            try {
                ZoneId.of(timezone);
            } catch (DateTimeException e) {
                errors.add(new FieldError(field + ".timezone", TIME_ZONE));
            }
        }
        for (Integer day : days) {
            if (day == null || day < 1 || day > 7) {
                errors.add(new FieldError(field + ".days", DAYS));
                break;
            }
        }
        schedule.forEach((day, own) -> {
            String dayField = field + ".schedule." + day;
            if (!day.matches("[1-7]")) {
                errors.add(new FieldError(dayField, DAYS));
            } else if (own == null) {
                errors.add(new FieldError(dayField, new Text("perlu jam mulai dan jam selesai", "needs start and end")));
            } else {
                time(errors, dayField + ".start", own.start());
                time(errors, dayField + ".end", own.end());
            }
        });
        if (holidays.size() > 366) {
            errors.add(new FieldError(field + ".holidays", new Text("paling banyak 366 tanggal", "at most 366 dates")));
        }
        for (String date : holidays) {
            try {
                LocalDate.parse(date);
            } catch (DateTimeException | NullPointerException e) {
                errors.add(new FieldError(field + ".holidays",
                        new Text("tanggal ditulis yyyy-MM-dd, misalnya 2026-12-25", "dates are written yyyy-MM-dd, such as 2026-12-25")));
                break;
            }
        }
        return errors;
    }

    /** @throws ProblemException a validation problem naming every invalid field */
    void check(String field) {
        List<FieldError> errors = problems(field);
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
    }

    private static void time(List<FieldError> errors, String field, String value) {
        if (value == null) {
            errors.add(new FieldError(field, new Text("wajib diisi, ditulis HH:mm misalnya 09:00", "is required, written HH:mm such as 09:00")));
            return;
        }
        try {
            time(value);
        } catch (DateTimeException e) {
            errors.add(new FieldError(field, new Text("harus berupa jam yang ditulis HH:mm, misalnya 09:00", "must be a time written HH:mm such as 09:00")));
        }
    }
}
