package id.sapa.contact;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The replies by which a customer opts out of or back into the business's messages, in Bahasa
 * Indonesia and English. Only a message that is nothing but the keyword counts: "stop dulu ya kak"
 * is a customer talking, not a request to hear nothing more.
 */
public final class ConsentKeywords {

    private static final Map<String, Consent> KEYWORDS = Map.of(
            "stop", Consent.OPT_OUT,
            "berhenti", Consent.OPT_OUT,
            "unsubscribe", Consent.OPT_OUT,
            "mulai", Consent.OPT_IN,
            "start", Consent.OPT_IN);
    /** People end a one-word reply with a full stop or an exclamation mark as often as not. */
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.!?,;:]+$");

    private ConsentKeywords() {
    }

    /** The consent the whole message expresses, in any case and with trailing punctuation; else empty. */
    public static Optional<Consent> of(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String word = TRAILING_PUNCTUATION.matcher(text.strip()).replaceAll("").toLowerCase(Locale.ROOT);
        return Optional.ofNullable(KEYWORDS.get(word));
    }
}
