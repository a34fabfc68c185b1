package id.sapa.operator;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;

import id.sapa.shared.Permission;
import id.sapa.shared.ProblemException;
import id.sapa.shared.FieldMessages;
import id.sapa.shared.Text;
import id.sapa.shared.Role;

/**
 * What an owner or admin sets about a team member. In a change, a {@code null} component is left as
 * it is.
 *
 * @param permissions seed 002 flags ({@code can_assign_chats} …) on top of the role's defaults
 * @param workingHours by lower-case day: {@code {"monday": {"start": "09:00", "end": "17:00"}}}
 */
public record TeamMember(String name, String email, Role role, Integer maxConcurrentChats,
        Map<String, Object> workingHours, Map<String, Boolean> permissions) {

    static final int MAX_CONCURRENT_CHATS = 200;
    private static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday");

    public TeamMember {
        if (name != null && (name.isBlank() || name.strip().length() > 100)) {
            throw ProblemException.invalidField("name", FieldMessages.charactersFromOneTo(100));
        }
        name = name == null ? null : name.strip();
        if (maxConcurrentChats != null && (maxConcurrentChats < 1 || maxConcurrentChats > MAX_CONCURRENT_CHATS)) {
            throw ProblemException.invalidField("maxConcurrentChats", FieldMessages.between(1, MAX_CONCURRENT_CHATS));
        }
        if (permissions != null) {
            for (var flag : permissions.entrySet()) {
                if (Permission.ofFlag(flag.getKey()).isEmpty() || flag.getValue() == null) {
                    String known = String.join(", ", flags());
                    throw ProblemException.invalidField("permissions", new Text(
                            "'" + flag.getKey() + "' bukan salah satu dari " + known + " (masing-masing true atau false)",
                            "'" + flag.getKey() + "' is not one of " + known + " (each true or false)"));
                }
            }
            permissions = Map.copyOf(permissions);
        }
        if (workingHours != null) {
            checkWorkingHours(workingHours);
        }
    }

    private static java.util.List<String> flags() {
        return java.util.Arrays.stream(Permission.values()).flatMap(p -> p.flag().stream()).toList();
    }

    private static void checkWorkingHours(Map<String, Object> hours) {
        for (var day : hours.entrySet()) {
            if (!DAYS.contains(day.getKey()) || !(day.getValue() instanceof Map<?, ?> span)) {
                throw ProblemException.invalidField("workingHours", new Text(
                        "memetakan hari (monday … sunday) ke {\"start\": \"09:00\", \"end\": \"17:00\"}",
                        "maps days (monday … sunday) to {\"start\": \"09:00\", \"end\": \"17:00\"}"));
            }
            try {
                LocalTime start = LocalTime.parse(String.valueOf(span.get("start")));
                LocalTime end = LocalTime.parse(String.valueOf(span.get("end")));
                if (!start.isBefore(end)) {
                    throw ProblemException.invalidField("workingHours", new Text(
                            "jam mulai harus sebelum jam selesai", "start must be before end").after(day.getKey() + ": "));
                }
            } catch (DateTimeParseException e) {
                throw ProblemException.invalidField("workingHours", new Text(
                        "jam mulai dan selesai ditulis HH:mm", "start and end are HH:mm times").after(day.getKey() + ": "));
            }
        }
    }
}
