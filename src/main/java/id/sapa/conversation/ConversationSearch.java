package id.sapa.conversation;

import java.util.regex.Pattern;

/**
 * The inbox search box, read three ways: part of the customer's name, part of their phone number
 * however it is typed, and words of their messages.
 *
 * @param namePattern an ILIKE pattern matching the text anywhere in the name
 * @param phoneDigits the digits to find in the stored E.164 number, or {@code null} when the text
 *                    is not (part of) a phone number
 * @param words       the text for {@code plainto_tsquery('simple', …)}
 */
record ConversationSearch(String namePattern, String phoneDigits, String words) {

    /** Only digits and what people put between them: {@code +62 812-3456}, {@code (0812) 3456}. */
    private static final Pattern PHONE_LIKE = Pattern.compile("[+\\d\\s().-]+");
    /** Fewer digits than this match too many numbers to be a useful phone search. */
    private static final int MIN_PHONE_DIGITS = 3;

    static ConversationSearch of(String text) {
        String trimmed = text.strip();
        return new ConversationSearch("%" + escapeLike(trimmed) + "%", phoneDigits(trimmed), trimmed);
    }

    /**
     * Numbers are stored as {@code +62812…}; a search for {@code 0812…} (the national form, with the
     * trunk prefix 0) must find them too, so a leading 0 becomes Indonesia's country code, the
     * default region of {@link id.sapa.shared.PhoneNumber}.
     */
    private static String phoneDigits(String text) {
        if (!PHONE_LIKE.matcher(text).matches()) {
            return null;
        }
        String digits = text.replaceAll("\\D", "");
        if (digits.length() < MIN_PHONE_DIGITS) {
            return null;
        }
        return digits.startsWith("0") ? "62" + digits.substring(1) : digits;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
