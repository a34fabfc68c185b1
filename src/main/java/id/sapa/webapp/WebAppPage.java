package id.sapa.webapp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The web app's page, its module and style links pointing into the current version's folder
 * ({@code v/<version>/app/app.js}). The page itself is always checked with the server (no-cache);
 * what it links to never changes under its address, so browsers keep it (see {@link WebAppResources}).
 * Modules import each other by relative paths, so the whole app loads from the same version.
 */
@Hidden
@RestController
class WebAppPage {

    private static final Pattern LOCAL_LINK = Pattern.compile("(href|src)=\"(app|vendor)/");

    private final WebAppVersion version;

    WebAppPage(WebAppVersion version) {
        this.version = version;
    }

    @GetMapping(path = {"/", "/index.html"}, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page() {
        String html = LOCAL_LINK.matcher(template()).replaceAll("$1=\"" + WebAppResources.PREFIX + version.current() + "/$2/");
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).contentType(MediaType.TEXT_HTML).body(html);
    }

    private static String template() {
        try (var in = new ClassPathResource("static/index.html").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
