package id.sapa.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/** The scanned header rules decide exactly as Spring Security's regular expressions do. */
class HeaderRulesTest {

    @Test
    void namesAndValuesAreJudgedLikeTheDefaultFirewall() {
        List<String> samples = new ArrayList<>(List.of("", "Authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.e30.abc",
                "text/html; q=0.9", "a\tb", "a\nb", "a\rb", "a\u0000b", "a\u007fb", "a\u0085b", "Selamat pagi \u2603",
                "emoji \uD83D\uDE00", "lone \uD800 surrogate", "unassigned \u0378", "private \uE000 use",
                "\u200B zero width", "bell \u0007"));
        Random random = new Random(42);
        int[] pool = {'a', 'Z', '0', ' ', '\t', '\n', 0x7f, 0x85, 0xa0, 0x378, 0x2603, 0xd800, 0xdc00, 0xe000, 0xfffe,
                0x1f600, 0x10ffff};
        for (int n = 0; n < 2_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int c = random.nextInt(6); c > 0; c--) {
                text.appendCodePoint(pool[random.nextInt(pool.length)]);
            }
            samples.add(text.toString());
        }

        for (String sample : samples) {
            assertThat(HeaderRules.NAMES.test(sample)).as("name %s", sample.codePoints().boxed().toList())
                    .isEqualTo(StrictHttpFirewall.ALLOWED_HEADER_NAMES.test(sample));
            assertThat(HeaderRules.VALUES.test(sample)).as("value %s", sample.codePoints().boxed().toList())
                    .isEqualTo(StrictHttpFirewall.ALLOWED_HEADER_VALUES.test(sample));
        }
        assertThat(HeaderRules.VALUES.test("a\tb")).isTrue();
        assertThat(HeaderRules.NAMES.test("a\tb")).isFalse();
        assertThat(HeaderRules.VALUES.test("a\nb")).isFalse();
    }
}
