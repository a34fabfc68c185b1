package id.sapa.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Problem details and field messages take a {@link Text} (the English-only overloads are gone, so
 * the compiler refuses a bare string); the one way round is {@link Text#verbatim}, meant for words
 * Sapa passes on rather than writes. This keeps it to the places that quote someone else.
 */
class TextsForPeopleTest {

    /** Where a text is quoted as written: interpolated validator messages, a parser's own words. */
    private static final Set<String> QUOTING = Set.of(
            "shared/Text.java",
            "shared/web/ApiExceptionHandler.java", // bean-validation messages, interpolated in the reader's language
            "shared/web/Problems.java", // a ProblemException's detail, already in the reader's language
            "shared/web/ProblemErrorController.java", // the type's title, already in the reader's language
            "autoreply/RuleValidator.java", // RE2's description of a pattern's fault
            "message/TemplateParts.java"); // a template's placeholder names

    @Test
    void onlyQuotedWordsAreTheSameInBothLanguages() throws IOException {
        Path root = Path.of("src/main/java/id/sapa");
        try (Stream<Path> files = Files.walk(root)) {
            var offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> read(f).contains("Text.verbatim("))
                    .map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> !QUOTING.contains(f))
                    .toList();
            assertThat(offenders).as("Sapa's own words need both languages: new Text(indonesian, english)").isEmpty();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
