package id.sapa.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import id.sapa.shared.PhoneNumber.InvalidPhoneNumberException;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "081234567890",
            "+62 812-3456-7890",
            "6281234567890",
            "6281234567890@c.us",
            "6281234567890@s.whatsapp.net",
            "  0812 3456 7890 ",
            "(0812) 3456.7890",
            "81234567890",
            "812-3456-7890"})
    void everyCommonSpellingOfOneIndonesianMobileIsTheSameNumber(String text) {
        assertThat(PhoneNumber.parse(text)).isEqualTo(new PhoneNumber("+6281234567890"));
    }

    @Test
    void digitsAreTheWhatsAppIdWithoutThePlus() {
        assertThat(PhoneNumber.parse("081234567890").digits()).isEqualTo("6281234567890");
    }

    @Test
    void aJapaneseNumberWrittenWithItsPlusStaysJapanese() {
        assertThat(PhoneNumber.parse("+81 90-1234-5678").e164()).isEqualTo("+819012345678");
        assertThat(PhoneNumber.ofWhatsAppId("819012345678@s.whatsapp.net").e164()).isEqualTo("+819012345678");
    }

    @Test
    void aNumberOfAnotherCountryKeepsItsCountryCode() {
        assertThat(PhoneNumber.parse("+65 6123 4567").e164()).isEqualTo("+6561234567");
    }

    @Test
    void aTooShortNumberSaysSo() {
        assertThatThrownBy(() -> PhoneNumber.parse("0812"))
                .isInstanceOf(InvalidPhoneNumberException.class)
                .hasMessage("'0812' is too short for a phone number");
    }

    @Test
    void lettersAreNotAPhoneNumber() {
        assertThatThrownBy(() -> PhoneNumber.parse("call me maybe"))
                .isInstanceOf(InvalidPhoneNumberException.class)
                .hasMessageStartingWith("'call me maybe' is not a phone number");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void aMissingNumberIsRequired(String text) {
        assertThatThrownBy(() -> PhoneNumber.parse(text))
                .isInstanceOf(InvalidPhoneNumberException.class)
                .hasMessage("a phone number is required");
    }

    @Test
    void theRecordOnlyHoldsE164() {
        assertThatThrownBy(() -> new PhoneNumber("081234567890")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new PhoneNumber("+6281234567890")).hasToString("+6281234567890");
    }

    @Test
    void aWhatsAppIdIsKeptEvenWhereLibphonenumberDoesNotKnowTheRangeYet() {
        // WhatsApp just carried a message from it: losing the customer would be worse than an unknown range.
        assertThatThrownBy(() -> PhoneNumber.parse("6212345678901")).isInstanceOf(InvalidPhoneNumberException.class);

        assertThat(PhoneNumber.ofWhatsAppId("6212345678901").e164()).isEqualTo("+6212345678901");
        assertThat(PhoneNumber.ofWhatsAppId("6281234567890@s.whatsapp.net")).isEqualTo(PhoneNumber.parse("081234567890"));
        assertThatThrownBy(() -> PhoneNumber.ofWhatsAppId("not-a-number")).isInstanceOf(InvalidPhoneNumberException.class);
        assertThatThrownBy(() -> PhoneNumber.ofWhatsAppId("ID.1502576394655843")).isInstanceOf(InvalidPhoneNumberException.class);
        assertThatThrownBy(() -> PhoneNumber.ofWhatsAppId("")).isInstanceOf(InvalidPhoneNumberException.class);
    }
}
