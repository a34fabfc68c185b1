package id.sapa.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.function.ToIntFunction;

import id.sapa.shared.FieldMessages;
import id.sapa.shared.ProblemException;
import id.sapa.shared.Text;

/**
 * When a business's notices may go: never during its quiet hours (they wait until the quiet hours
 * end), and at most {@code dailyCap} a day from its number (the rest wait until the next day), both
 * in the business's time zone.
 *
 * @param dailyCap   notices a day, or null for no cap
 * @param quietStart with {@code quietEnd}, the quiet hours (21:00–07:00 spans midnight), or both null
 */
public record NoticeSettings(Integer dailyCap, LocalTime quietStart, LocalTime quietEnd) {

    public static final NoticeSettings NONE = new NoticeSettings(null, null, null);
    static final int MAX_DAILY_CAP = 100_000;

    public NoticeSettings {
        if (dailyCap != null && (dailyCap < 1 || dailyCap > MAX_DAILY_CAP)) {
            throw ProblemException.invalidField("dailyCap", FieldMessages.between(1, MAX_DAILY_CAP));
        }
        if ((quietStart == null) != (quietEnd == null)) {
            throw ProblemException.invalidField(quietStart == null ? "quietStart" : "quietEnd",
                    new Text("jam tenang perlu jam mulai dan jam selesai", "the quiet hours need both a start and an end"));
        }
        if (quietStart != null && quietStart.equals(quietEnd)) {
            throw ProblemException.invalidField("quietEnd", new Text("harus berbeda dari quietStart", "must differ from quietStart"));
        }
    }

    /**
     * The earliest time from {@code now} a notice may go, given how many were sent on the business's
     * current day.
     *
     * @param sentOn how many notices went on a given local day
     */
    Instant earliest(Instant now, ZoneId zone, ToIntFunction<LocalDate> sentOn) {
        Instant at = now;
        // A few moves at most: the end of the quiet hours may fall on a day already full, and the next
        // day's start may fall in the quiet hours.
        for (int step = 0; step < 3; step++) {
            Instant moved = afterQuietHours(at, zone);
            ZonedDateTime local = moved.atZone(zone);
            if (dailyCap != null && sentOn.applyAsInt(local.toLocalDate()) >= dailyCap) {
                moved = local.toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
            }
            if (moved.equals(at)) {
                return at;
            }
            at = moved;
        }
        return at;
    }

    private Instant afterQuietHours(Instant at, ZoneId zone) {
        if (quietStart == null) {
            return at;
        }
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        boolean spansMidnight = quietStart.isAfter(quietEnd);
        boolean quiet = spansMidnight ? !time.isBefore(quietStart) || time.isBefore(quietEnd)
                : !time.isBefore(quietStart) && time.isBefore(quietEnd);
        if (!quiet) {
            return at;
        }
        LocalDate endDay = spansMidnight && !time.isBefore(quietStart) ? local.toLocalDate().plusDays(1)
                : local.toLocalDate();
        return endDay.atTime(quietEnd).atZone(zone).toInstant();
    }
}
