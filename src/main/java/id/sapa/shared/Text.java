package id.sapa.shared;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** A text people read, in Bahasa Indonesia (Sapa's first language) and in English. */
public record Text(String indonesian, String english) {

    public static final Locale INDONESIAN = Locale.of("id");
    public static final List<Locale> LANGUAGES = List.of(INDONESIAN, Locale.ENGLISH);

    public Text {
        Objects.requireNonNull(indonesian, "indonesian");
        Objects.requireNonNull(english, "english");
    }

    /**
     * A text Sapa passes on as someone else wrote it, the same in both languages: a provider's
     * error, a name or value the user typed. Never for words Sapa itself writes.
     */
    public static Text verbatim(String text) {
        return new Text(text, text);
    }

    /** This text followed by {@code other}, language by language. */
    public Text then(Text other) {
        return new Text(indonesian + other.indonesian, english + other.english);
    }

    /** This text with {@code prefix} before it in both languages: a field's name, a quoted value. */
    public Text after(String prefix) {
        return new Text(prefix + indonesian, prefix + english);
    }

    /** The English text for English, the Indonesian one for anything else. */
    public String in(Locale language) {
        return Locale.ENGLISH.getLanguage().equals(language.getLanguage()) ? english : indonesian;
    }

    /**
     * The language a reader asked for in an {@code Accept-Language} header, among Sapa's: Bahasa
     * Indonesia when they named none of them, named nothing or wrote a malformed header.
     */
    public static Locale preferred(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return INDONESIAN;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
            return match == null ? INDONESIAN : match;
        } catch (IllegalArgumentException malformed) {
            return INDONESIAN;
        }
    }
}
