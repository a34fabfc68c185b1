package id.sapa.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ConversationSearchTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "081234567890        | 6281234567890",
            "+62 812-3456-7890   | 6281234567890",
            "6281234567890       | 6281234567890",
            "(0812) 3456         | 628123456",
            "3456 7890           | 34567890",
            "0812.3456           | 628123456"})
    void readsAPhoneNumberHoweverItIsWritten(String typed, String digits) {
        assertThat(ConversationSearch.of(typed).phoneDigits()).isEqualTo(digits);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Budi", "ongkir 2 hari", "12", "+6"})
    void textThatIsNotAPhoneNumberSearchesNoNumber(String typed) {
        assertThat(ConversationSearch.of(typed).phoneDigits()).isNull();
    }

    @Test
    void typedWordsBecomePrefixesAndNothingElseOfTheSyntax() {
        ConversationSearch search = ConversationSearch.of("  Bud' & !san:* ");

        assertThat(search.nameQuery()).isEqualTo("bud:* & san:*");
        assertThat(ConversationSearch.of("%_\\").nameQuery()).isNull();
        assertThat(search.words()).isEqualTo("Bud' & !san:*");
    }

    @Test
    void aPhoneSearchMatchesTheBeginningOrTheLastDigits() {
        ConversationSearch search = ConversationSearch.of("0812 3456");

        assertThat(search.phonePrefixPattern()).isEqualTo("+628123456%");
        assertThat(search.phoneSuffixPattern()).isEqualTo("654321826%");
    }
}
