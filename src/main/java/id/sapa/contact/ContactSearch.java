package id.sapa.contact;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a search text matches, as SQL {@code LIKE} patterns: a part of the name or e-mail in any case,
 * and, when the text looks like (a part of) a phone number, that part of the stored E.164 number
 * however it was typed: "0812-3456", "+62 812 3456" and "628123456" all find +628123456….
 *
 * @param textPattern  for {@code lower(name)} and {@code lower(email)}, with {@code \} as escape
 * @param phonePattern for {@code phone}, or {@code null} when the text has letters or no digits
 */
record ContactSearch(String textPattern, String phonePattern) {

    private static final Pattern PHONE_LIKE = Pattern.compile("[+\\d\\s().-]+");

    static ContactSearch of(String text) {
        String term = text.strip();
        return new ContactSearch("%" + escapeLike(term.toLowerCase(Locale.ROOT)) + "%", phonePattern(term));
    }

    private static String phonePattern(String term) {
        if (!PHONE_LIKE.matcher(term).matches()) {
            return null;
        }
        String digits = term.replaceAll("\\D", "");
        if (digits.isEmpty()) {
            return null;
        }
        // Numbers are stored as +62…; people type the Indonesian trunk prefix 0 instead of the country
        // code (Indonesia is the default region of PhoneNumber.parse too).
        if (digits.startsWith("0")) {
            digits = "62" + digits.substring(1);
        }
        return "%" + digits + "%";
    }

    /** The text taken literally: its {@code %} and {@code _} are not wildcards. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
