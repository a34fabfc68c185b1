package id.sapa.autoreply;

import java.util.Locale;

/** How customer texts and keywords are compared: surrounding spaces and punctuation do not count. */
final class Texts {

    private Texts() {
    }

    /**
     * Drops leading and trailing characters that are neither letters nor digits and collapses runs
     * of white space into one space: " Halo!! " and "halo" compare equal (case aside).
     */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        int start = 0;
        int end = text.length();
        while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) {
            end--;
        }
        StringBuilder out = new StringBuilder(end - start);
        boolean space = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    static String fold(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /** Whether the characters just outside {@code [start, end]} (inclusive) are not part of a word. */
    static boolean isWholeWord(String text, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                && (end == text.length() - 1 || !Character.isLetterOrDigit(text.charAt(end + 1)));
    }
}
