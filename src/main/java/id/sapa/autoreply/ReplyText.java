package id.sapa.autoreply;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import id.sapa.tenant.TenantLocale;

/**
 * Fills a reply's variables — {@code {{name}}}, {@code {{first_name}}}, {@code {{phone}}},
 * {@code {{business_name}}}, {@code {{date}}}, {@code {{time}}} — and lays out menus. An unknown
 * customer name reads "Pelanggan" (or "Customer" for an English tenant); unknown variables stay as written.
 */
final class ReplyText {

    private static final java.util.regex.Pattern VARIABLE = java.util.regex.Pattern.compile("\\{\\{\\s*([a-z_]+)\\s*}}");

    /** Who and when a reply is written for. */
    record Recipient(String name, String phone, String businessName, TenantLocale locale, ZoneId zone, Instant at) {
    }

    private ReplyText() {
    }

    static String render(String template, Recipient to) {
        if (template == null) {
            return null;
        }
        Map<String, String> values = values(to);
        Matcher matcher = VARIABLE.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 32);
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : matcher.group()));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The menu's text followed by one numbered line per option. */
    static String menu(String intro, List<MenuOption> options, Recipient to) {
        StringBuilder out = new StringBuilder(render(intro, to)).append("\n");
        for (MenuOption option : options) {
            out.append('\n').append(option.key()).append(". ").append(option.label());
        }
        return out.toString();
    }

    /** What a customer who chose "talk to us" in a menu is told when the option says nothing itself. */
    static String handedOver(TenantLocale locale) {
        return locale == TenantLocale.EN ? "Thank you, {{name}}. Our team will reply to you shortly."
                : "Terima kasih, Kak {{name}}. Tim kami akan segera membalas pesan Anda.";
    }

    static String fallbackName(TenantLocale locale) {
        return locale == TenantLocale.EN ? "Customer" : "Pelanggan";
    }

    private static Map<String, String> values(Recipient to) {
        String name = to.name() == null || to.name().isBlank() ? fallbackName(to.locale()) : to.name().strip();
        ZonedDateTime local = to.at().atZone(to.zone());
        return Map.of(
                "name", name,
                "first_name", name.split("\\s+")[0],
                "phone", to.phone() == null ? "" : to.phone(),
                "business_name", to.businessName() == null ? "" : to.businessName(),
                "date", DateTimeFormatter.ofPattern("d MMMM yyyy", to.locale().locale()).format(local),
                "time", DateTimeFormatter.ofPattern("HH:mm").format(local));
    }
}
