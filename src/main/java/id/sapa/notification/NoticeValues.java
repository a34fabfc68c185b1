package id.sapa.notification;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import id.sapa.shared.ProblemException;
import id.sapa.shared.Text;
import id.sapa.tenant.TenantLocale;

/**
 * How a notice's values read to the customer: rupiah as "Rp 100.000", dates as "5 Desember 2026"
 * (or "5 December 2026"), in the shop's time zone.
 */
final class NoticeValues {

    private NoticeValues() {
    }

    static final java.util.Set<String> DATES = java.util.Set.of("dueDate", "expiresAt", "paidAt");

    /**
     * A value as the customer reads it: {@code amount} in rupiah, the dates written out; anything else as
     * the billing system sent it.
     *
     * @throws ProblemException 400 naming the variable for an amount or date that is not one
     */
    static String written(String variable, String raw, ZoneId zone, TenantLocale locale) {
        if (raw == null) {
            return null;
        }
        if (variable.equals("amount")) {
            try {
                return rupiah(new BigDecimal(raw));
            } catch (NumberFormatException notANumber) {
                throw ProblemException.invalidField("amount", new Text("harus berupa jumlah rupiah, misalnya 100000",
                        "must be a number of rupiah, e.g. 100000"));
            }
        }
        return DATES.contains(variable) ? date(raw, variable, zone, locale) : raw;
    }

    static String rupiah(BigDecimal amount) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        DecimalFormat format = new DecimalFormat("#,##0.##", symbols);
        return "Rp " + format.format(amount);
    }

    /**
     * A date the billing system sent as {@code 2026-12-05} or as an instant ({@code 2026-12-05T03:00:00Z}),
     * written out in the tenant's language and zone.
     *
     * @throws ProblemException 400 naming {@code field} for anything else
     */
    static String date(String value, String field, ZoneId zone, TenantLocale locale) {
        LocalDate day;
        try {
            day = value.length() == 10 ? LocalDate.parse(value)
                    : OffsetDateTime.parse(value).toInstant().atZone(zone).toLocalDate();
        } catch (DateTimeParseException notADate) {
            throw ProblemException.invalidField(field, new Text("harus berupa tanggal (2026-12-05) atau waktu (2026-12-05T10:00:00+07:00)",
                    "must be a date (2026-12-05) or a time (2026-12-05T10:00:00+07:00)"));
        }
        return day.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale.locale()));
    }

    static String date(Instant at, ZoneId zone, TenantLocale locale) {
        return at.atZone(zone).toLocalDate().format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale.locale()));
    }
}
