package id.sapa.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Supplier;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code SAPA_DATA_DIR}: where everything Sapa keeps locally lives (embedded database files,
 * generated secrets, media).
 */
@ConfigurationProperties("sapa")
public record DataDirectory(@DefaultValue("./data") Path dataDir) {

    public Path path() {
        return dataDir;
    }

    /**
     * A secret that must stay the same across restarts: read from {@code secrets/<name>} under the
     * data directory, or generated (32 random bytes, base64) and written there readable by the
     * owner only.
     */
    public String secret(String name) {
        return secret(name, () -> {
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            return Base64.getEncoder().encodeToString(bytes);
        });
    }

    public boolean hasSecret(String name) {
        return Files.exists(dataDir.resolve("secrets").resolve(name));
    }

    private String secret(String name, Supplier<String> generator) {
        Path file = dataDir.resolve("secrets").resolve(name);
        try {
            if (Files.exists(file)) {
                return Files.readString(file).trim();
            }
            Files.createDirectories(file.getParent());
            String value = generator.get();
            Path temp = Files.createTempFile(file.getParent(), name, ".tmp");
            restrictToOwner(temp);
            Files.writeString(temp, value);
            Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the secret " + file, e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file inherits the directory's ACL; nothing portable to tighten here.
        }
    }
}
