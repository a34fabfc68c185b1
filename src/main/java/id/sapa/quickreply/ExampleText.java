package id.sapa.quickreply;

import java.util.regex.Pattern;

/**
 * A prepared text (a starter quick reply, an auto-reply preset) can hold a bracketed example where
 * only the shop knows the words, e.g. "[tulis nomor rekening Anda di sini]". Such a text waits
 * switched off: a real customer must never read the example.
 */
public final class ExampleText {

    private static final Pattern EXAMPLE = Pattern.compile("\\[(?:tulis|write) [^\\]]*]", Pattern.CASE_INSENSITIVE);

    private ExampleText() {
    }

    /** Whether {@code text} still holds an example where the shop's own words belong. */
    public static boolean in(String text) {
        return text != null && EXAMPLE.matcher(text).find();
    }
}
