package id.sapa.contact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactSearchTest {

    @ParameterizedTest
    @ValueSource(strings = {"0812-3456", "+62 812 3456", "628123456", " (0812) 3456 ", "62.812.3456"})
    void everySpellingOfAPartOfANumberFindsTheStoredE164(String text) {
        assertThat(ContactSearch.of(text).phonePattern()).isEqualTo("%628123456%");
    }

    @Test
    void digitsWithoutATrunkPrefixAreTakenAsTyped() {
        assertThat(ContactSearch.of("8123").phonePattern()).isEqualTo("%8123%");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Budi", "budi2", "-", "+"})
    void textThatIsNotANumberDoesNotSearchNumbers(String text) {
        assertThat(ContactSearch.of(text).phonePattern()).isNull();
    }

    @Test
    void namesAndEmailsAreSearchedInLowerCase() {
        assertThat(ContactSearch.of("  Budi@Toko.ID ").textPattern()).isEqualTo("%budi@toko.id%");
    }

    @Test
    void wildcardsAndTheEscapeAreTakenLiterally() {
        assertThat(ContactSearch.of("100%_a\\b").textPattern()).isEqualTo("%100\\%\\_a\\\\b%");
    }
}
