package id.sapa.auth;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads durations the way the seeds write them ({@code 7d}, {@code 12h}, {@code 90s}) or as ISO-8601. */
final class Durations {

    private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d|w)?");

    private Durations() {
    }

    static Duration parse(String text, String setting) {
        String value = text.strip().toLowerCase();
        Matcher m = SHORT.matcher(value);
        if (m.matches()) {
            long amount = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "s" : m.group(2);
            Duration duration = switch (unit) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                case "d" -> Duration.ofDays(amount);
                case "w" -> Duration.ofDays(7 * amount);
                default -> throw new IllegalStateException(unit);
            };
            return positive(duration, text, setting);
        }
        try {
            return positive(Duration.parse(text.strip().toUpperCase()), text, setting);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(setting + " must look like 7d, 12h, 30m or 3600 (seconds), not '" + text + "'");
        }
    }

    private static Duration positive(Duration duration, String text, String setting) {
        if (duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException(setting + " must be longer than zero, not '" + text + "'");
        }
        return duration;
    }
}
