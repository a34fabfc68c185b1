package id.sapa.webapp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * A short fingerprint of the web app's files (each file's path, size and time), read again at every
 * page load: cheap (a few dozen small files), and a file changed on a running server (development)
 * gets a new version at once.
 */
@Component
class WebAppVersion {

    private static final String[] FILES = {"classpath:/static/app/**", "classpath:/static/vendor/**"};

    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    String current() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String pattern : FILES) {
                Resource[] files = resolver.getResources(pattern);
                Arrays.sort(files, Comparator.comparing(WebAppVersion::name));
                for (Resource file : files) {
                    if (!file.isReadable()) {
                        continue; // a folder
                    }
                    digest.update((name(file) + ':' + file.contentLength() + ':' + file.lastModified() + '\n')
                            .getBytes(StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 6);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String name(Resource file) {
        try {
            return file.getURL().toString();
        } catch (IOException e) {
            return String.valueOf(file.getFilename());
        }
    }
}
