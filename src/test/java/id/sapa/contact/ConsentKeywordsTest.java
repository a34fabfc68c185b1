package id.sapa.contact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ConsentKeywordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"STOP", "stop", "Stop", " stop ", "STOP.", "stop!", "Stop!!!", "stop .", "BERHENTI",
            "berhenti", "Unsubscribe", "UNSUBSCRIBE!", "stop?"})
    void aMessageThatIsOnlyAnOptOutKeywordOptsOut(String text) {
        assertThat(ConsentKeywords.of(text)).contains(Consent.OPT_OUT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"MULAI", "mulai", "Mulai!", "START", "start.", " Start "})
    void aMessageThatIsOnlyAnOptInKeywordOptsIn(String text) {
        assertThat(ConsentKeywords.of(text)).contains(Consent.OPT_IN);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"stop dulu ya kak", "tolong stop", "STOP STOP", "stopp", "st op", "berhentikan",
            "mulai kapan kak?", "start here", ".stop", "!", "halo"})
    void anythingElseIsNoKeyword(String text) {
        assertThat(ConsentKeywords.of(text)).isEmpty();
    }

    @Test
    void punctuationCountsOnlyAtTheEnd() {
        assertThat(ConsentKeywords.of("s.t.o.p")).isEmpty();
        assertThat(ConsentKeywords.of("stop...")).contains(Consent.OPT_OUT);
    }
}
