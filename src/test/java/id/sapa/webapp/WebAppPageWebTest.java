package id.sapa.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import id.sapa.support.Api;
import id.sapa.support.WebTestSupport;

/** The page is checked with the server every time; the modules it links to are kept by the browser. */
class WebAppPageWebTest extends WebTestSupport {

    private static final Pattern APP_SCRIPT = Pattern.compile("<script type=\"module\" src=\"(v/([0-9a-f]{12})/app/app\\.js)\">");

    @Test
    void thePageLinksTheModulesOfTheCurrentVersionAndIsAlwaysRevalidated() {
        Api.Reply page = api.get("/").send();

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.header("Cache-Control")).contains("no-cache");
        Matcher script = APP_SCRIPT.matcher(page.body());
        assertThat(script.find()).as(page.body()).isTrue();
        String version = script.group(2);
        assertThat(page.body()).contains("href=\"v/" + version + "/app/app.css\"")
                .contains("href=\"v/" + version + "/app/views/inbox.js\"")
                .doesNotContain("\"app/").doesNotContain("\"vendor/");
        assertThat(api.get("/index.html").send().body()).isEqualTo(page.body());
    }

    @Test
    void aVersionsModulesAreServedForAYearAndUnknownFilesAreNot() throws IOException {
        Matcher script = APP_SCRIPT.matcher(api.get("/").send().body());
        assertThat(script.find()).isTrue();

        Api.Reply module = api.get("/" + script.group(1)).send();
        assertThat(module.status()).isEqualTo(200);
        assertThat(module.contentType()).contains("javascript");
        assertThat(module.header("Cache-Control")).contains("max-age=31536000").contains("immutable");
        assertThat(module.body()).isEqualTo(Files.readString(Path.of("src/main/resources/static/app/app.js")));
        assertThat(api.get("/v/" + script.group(2) + "/app/views/inbox.js").send().status()).isEqualTo(200);

        // A tab still on an older page gets today's module rather than nothing.
        assertThat(api.get("/v/0123456789ab/app/app.js").send().body()).isEqualTo(module.body());
        assertThat(api.get("/v/" + script.group(2) + "/app/no-such-module.js").send().status()).isEqualTo(404);
        assertThat(api.get("/v/" + script.group(2) + "/application.yml").send().status()).isEqualTo(404);
        assertThat(api.get("/v/app/app.js").send().status()).isEqualTo(404);
    }
}
