package id.sapa.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The web app's modules as files: index.html preloads exactly what the inbox imports (so the
 * browser fetches it all at once), and every label exists in both languages.
 */
class WebAppModulesTest {

    private static final Path STATIC = Path.of("src/main/resources/static");
    private static final Pattern STATIC_IMPORT = Pattern.compile(
            "^\\s*import\\s+(?:[^'\";]*?\\s+from\\s+)?['\"](\\.{1,2}/[^'\"]+)['\"]", Pattern.MULTILINE);
    private static final Pattern PRELOAD = Pattern.compile("<link rel=\"modulepreload\" href=\"([^\"]+)\">");

    @Test
    void indexPreloadsEveryModuleTheInboxImportsAndNothingElse() {
        Set<String> needed = closure("app/prefetch.js", "app/app.js", "app/views/inbox.js");
        Set<String> preloaded = new TreeSet<>();
        Matcher links = PRELOAD.matcher(read(STATIC.resolve("index.html")));
        while (links.find()) {
            preloaded.add(links.group(1));
        }

        assertThat(preloaded).containsExactlyInAnyOrderElementsOf(needed);
        // Loaded once the list is asked for: the chat, the socket library, the other screens.
        assertThat(needed).doesNotContain("app/views/chat.js", "vendor/socket.io-client/socket.io.esm.min.js",
                "app/views/autoreply.js", "app/views/team.js");
    }

    @Test
    void everyLabelIsTranslated() {
        String i18n = read(STATIC.resolve("app/i18n.js"));
        int en = i18n.indexOf("\n  en: {");
        int end = i18n.indexOf("\n};", en);
        Set<String> indonesian = keys(i18n.substring(i18n.indexOf("\n  id: {"), en));
        Set<String> english = keys(i18n.substring(en, end));

        assertThat(english).containsExactlyInAnyOrderElementsOf(indonesian);
        // And every key the screens ask for by name exists.
        Set<String> used = new TreeSet<>();
        Matcher call = Pattern.compile("\\bt\\('([\\w.]+)'").matcher(allScripts());
        while (call.find()) {
            used.add(call.group(1));
        }
        assertThat(indonesian).containsAll(used);
    }

    private static Set<String> keys(String dictionary) {
        Set<String> keys = new TreeSet<>();
        Matcher key = Pattern.compile("'([\\w.]+)':").matcher(dictionary);
        while (key.find()) {
            keys.add(key.group(1));
        }
        return keys;
    }

    /** The modules the given ones import, directly or not, as paths under static/. */
    private static Set<String> closure(String... roots) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(Set.of(roots));
        while (!todo.isEmpty()) {
            String module = todo.pop();
            if (!seen.add(module)) {
                continue;
            }
            Path file = STATIC.resolve(module);
            assertThat(file).as("imported module").exists();
            Matcher imports = STATIC_IMPORT.matcher(read(file));
            while (imports.find()) {
                todo.push(STATIC.relativize(file.getParent().resolve(imports.group(1)).normalize()).toString());
            }
        }
        return seen;
    }

    private static String allScripts() {
        try (Stream<Path> files = Files.walk(STATIC.resolve("app"))) {
            StringBuilder all = new StringBuilder();
            files.filter(file -> file.toString().endsWith(".js")).forEach(file -> all.append(read(file)).append('\n'));
            return all.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
