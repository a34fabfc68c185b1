package id.sapa.message;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.springframework.stereotype.Component;

import id.sapa.shared.DataDirectory;
import id.sapa.shared.TenantId;

/** Media files in {@code $SAPA_DATA_DIR/media/<tenant>/<id>}: one folder per tenant. */
@Component
class LocalMediaStorage implements MediaStorage {

    private final Path root;

    LocalMediaStorage(DataDirectory dataDirectory) {
        this.root = dataDirectory.path().resolve("media");
    }

    @Override
    public String put(TenantId tenantId, String mediaId, byte[] bytes) {
        Path file = root.resolve(tenantId.toString()).resolve(mediaId);
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), mediaId, ".part");
            Files.write(temp, bytes);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not store media " + mediaId, e);
        }
        return tenantId + "/" + mediaId;
    }

    @Override
    public Optional<InputStream> open(TenantId tenantId, String storageKey) {
        if (!ownKey(tenantId, storageKey)) {
            return Optional.empty();
        }
        Path file = root.resolve(storageKey);
        try {
            return Files.exists(file) ? Optional.of(Files.newInputStream(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(TenantId tenantId, String storageKey) {
        if (!ownKey(tenantId, storageKey)) {
            return;
        }
        try {
            Files.deleteIfExists(root.resolve(storageKey));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The key must sit in the tenant's own folder: a key of another tenant is not found. */
    private static boolean ownKey(TenantId tenantId, String storageKey) {
        return storageKey.startsWith(tenantId + "/") && !storageKey.contains("..");
    }
}
