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
    void wildcardsTypedByTheUserAreLiteral() {
        ConversationSearch search = ConversationSearch.of("  50%_off\\ ");

        assertThat(search.namePattern()).isEqualTo("%50\\%\\_off\\\\%");
        assertThat(search.words()).isEqualTo("50%_off\\");
    }
}
