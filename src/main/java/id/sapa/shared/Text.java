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
