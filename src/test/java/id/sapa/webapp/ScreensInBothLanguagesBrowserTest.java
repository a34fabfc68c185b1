package id.sapa.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.microsoft.playwright.Page;

import id.sapa.support.Sandbox;
import id.sapa.support.TestAccounts.SignedIn;

/**
 * Every screen in Bahasa Indonesia and in English shows no label of the other language and no
 * label key standing in for a missing text, hidden texts (screen-reader labels, closed options)
 * included. The labels are read from the app's own dictionaries.
 */
class ScreensInBothLanguagesBrowserTest extends BrowserTestSupport {

    private static final Path I18N = Path.of("src/main/resources/static/app/i18n.js");
    private static final Pattern ENTRY = Pattern.compile("'([\\w.]+)':\\s*'((?:[^'\\\\]|\\\\.)*)'");
    private static final List<String> SCREENS = List.of("inbox", "contacts", "quick-replies", "auto-reply", "notifications",
            "team", "whatsapp", "simulator", "settings");

    private static Map<String, String> dictionary(String language) {
        try {
            String source = Files.readString(I18N);
            int en = source.indexOf("\n  en: {");
            String part = "id".equals(language) ? source.substring(source.indexOf("\n  id: {"), en)
                    : source.substring(en, source.indexOf("\n};", en));
            Map<String, String> entries = new LinkedHashMap<>();
            Matcher entry = ENTRY.matcher(part);
            while (entry.find()) {
                entries.put(entry.group(1), entry.group(2).replace("\\'", "'"));
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The other language's labels that differ from this one's and say enough to be told apart (no plain "Bot"). */
    private static List<String> foreign(Map<String, String> own, Map<String, String> other) {
        List<String> labels = new ArrayList<>();
        for (var entry : other.entrySet()) {
            String label = entry.getValue();
            if (label.length() >= 12 && !label.contains("{") && !own.containsValue(label)) {
                labels.add(label);
            }
        }
        return labels;
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void everyScreenSpeaksOnlyItsLanguage(String language) {
        SignedIn owner = accounts.registerBusiness("Toko Dua Bahasa");
        Sandbox sandbox = new Sandbox(api, owner.token());
        sandbox.connect();
        sandbox.customerSays("081399900001", "Putri", "Halo, mau tanya stok");
        String chat = api.get("/api/conversations").token(owner.token()).send().json().get("data").get(0).get("id").asString();
        List<String> screens = new ArrayList<>(SCREENS);
        screens.add("inbox/" + chat);
        String session = owner.auth().toString();
        context.addInitScript("localStorage.setItem('sapa.lang', '" + language + "');"
                + "localStorage.setItem('sapa.session', " + quoted(session) + ");");
        Map<String, String> own = dictionary(language);
        List<String> other = foreign(own, dictionary("id".equals(language) ? "en" : "id"));
        Page page = context.newPage();

        List<String> found = new ArrayList<>();
        for (String screen : screens) {
            page.navigate(url(screen));
            assertThat(page.locator(".nav a.active")).hasAttribute("href", "#/" + screen.split("/")[0]);
            assertThat(page.locator("main")).not().containsText(own.get("common.loading"));
            if (screen.startsWith("inbox/")) {
                assertThat(page.locator(".bubble.in")).containsText("mau tanya stok");
            }
            // What the business wrote itself (rule names, messages) is marked translate="no": not the app's labels.
            String text = (String) page.evaluate("""
                    () => { const copy = document.body.cloneNode(true);
                            copy.querySelectorAll('[translate="no"], script').forEach((e) => e.remove());
                            return copy.textContent; }""");
            for (String label : other) {
                if (text.contains(label)) {
                    found.add(screen + ": \"" + label + "\"");
                }
            }
            for (String key : own.keySet()) {
                if (key.contains(".") && Pattern.compile("(?<![\\w.])" + Pattern.quote(key) + "(?![\\w.])").matcher(text).find()) {
                    found.add(screen + ": key " + key);
                }
            }
        }
        assertThat(found).as("texts of the other language or bare keys").isEmpty();
    }

    private static String quoted(String json) {
        return "'" + json.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
