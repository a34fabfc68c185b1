package id.sapa.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

    private static final Text REFUSED = new Text("Ditolak", "Refused");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|Refused",
            "en-US,en;q=0.9|Refused",
            "fr-FR, en;q=0.5|Refused",
            "id-ID,id;q=0.9,en;q=0.8|Ditolak",
            "en;q=0.2, id;q=0.9|Ditolak",
    })
    void theReaderGetsTheLanguageTheyPreferAmongSapasTwo(String acceptLanguage, String expected) {
        assertThat(REFUSED.in(Text.preferred(acceptLanguage))).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"fr, de;q=0.5", "*", "not a language list;;q="})
    void anyoneWhoNamesNeitherLanguageReadsBahasaIndonesia(String acceptLanguage) {
        assertThat(Text.preferred(acceptLanguage)).isEqualTo(Text.INDONESIAN);
        assertThat(REFUSED.in(Text.preferred(acceptLanguage))).isEqualTo("Ditolak");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "en-GB", "en-US"})
    void everyEnglishReadsEnglish(String tag) {
        assertThat(REFUSED.in(Locale.forLanguageTag(tag))).isEqualTo("Refused");
    }
}
