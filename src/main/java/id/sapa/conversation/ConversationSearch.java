package id.sapa.conversation;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The inbox search box, read three ways, each answered by an index: words of the customer's name
 * (as word prefixes: "bud san" finds "Budi Santoso"), the phone number by its beginning or its last
 * digits however it is typed, and words of their messages.
 *
 * @param nameQuery   a {@code to_tsquery('simple', …)} of the typed words as prefixes, or {@code null}
 *                    when nothing word-like was typed
 * @param phoneDigits the digits of a phone search ({@code 0812…} read as {@code 62812…}), or
 *                    {@code null} when the text is not (part of) a phone number
 * @param words       the text for {@code plainto_tsquery('simple', …)} over message texts
 */
record ConversationSearch(String nameQuery, String phoneDigits, String words) {

    /** Only digits and what people put between them: {@code +62 812-3456}, {@code (0812) 3456}. */
    private static final Pattern PHONE_LIKE = Pattern.compile("[+\\d\\s().-]+");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Fewer digits than this match too many numbers to be a useful phone search. */
    private static final int MIN_PHONE_DIGITS = 3;

    static ConversationSearch of(String text) {
        String trimmed = text.strip();
        return new ConversationSearch(nameQuery(trimmed), phoneDigits(trimmed), trimmed);
    }

    /** {@code +62812…%}: numbers that begin with what was typed. */
    String phonePrefixPattern() {
        return "+" + phoneDigits + "%";
    }

    /** Reversed last digits, for the index on {@code reverse(customer_phone)}. */
    String phoneSuffixPattern() {
        return new StringBuilder(phoneDigits).reverse() + "%";
    }

    /**
     * Each typed word as a prefix, all required; the words keep only letters and digits, so
     * nothing the user types is read as tsquery syntax.
     */
    private static String nameQuery(String text) {
        String query = Arrays.stream(NOT_A_WORD.split(text.toLowerCase(Locale.ROOT)))
                .filter(word -> !word.isEmpty())
                .map(word -> word + ":*")
                .collect(Collectors.joining(" & "));
        return query.isEmpty() ? null : query;
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
}
