package id.sapa.message;

import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.sapa.shared.TenantId;

/** Keeps media bytes with their type and size, and hands them back to the owning tenant only. */
@Component
class MediaLibrary {

    private static final String URL_PREFIX = "/api/media/";

    private final MediaStorage storage;
    private final JdbcClient jdbc;

    MediaLibrary(MediaStorage storage, JdbcClient jdbc) {
        this.storage = storage;
        this.jdbc = jdbc;
    }

    /** Stores the bytes (outside any transaction: a file write must not hold a connection). */
    StoredMedia store(TenantId tenantId, byte[] bytes, String mimeType, String fileName) {
        String id = UUID.randomUUID().toString();
        String key = storage.put(tenantId, id, bytes);
        jdbc.sql("""
                INSERT INTO media (id, tenant_id, mime_type, size_bytes, file_name, storage_key)
                VALUES (:id, :tenantId, :mime, :size, :fileName, :key)
                """)
                .param("id", UUID.fromString(id)).param("tenantId", tenantId.value()).param("mime", mimeType)
                .param("size", (long) bytes.length).param("fileName", fileName).param("key", key)
                .update();
        return new StoredMedia(id, URL_PREFIX + id, mimeType, bytes.length, fileName);
    }

    /** Removes a file stored for a message that was then not recorded, so no file is left without its message. */
    void discard(TenantId tenantId, StoredMedia stored) {
        jdbc.sql("DELETE FROM media WHERE tenant_id = :tenantId AND id = :id RETURNING storage_key")
                .param("tenantId", tenantId.value()).param("id", UUID.fromString(stored.id()))
                .query(String.class).optional()
                .ifPresent(key -> storage.delete(tenantId, key));
    }

    Optional<MediaFile> open(TenantId tenantId, UUID id) {
        return jdbc.sql("SELECT mime_type, size_bytes, file_name, storage_key FROM media WHERE tenant_id = :tenantId AND id = :id")
                .param("tenantId", tenantId.value()).param("id", id)
                .query((rs, row) -> new MediaRow(rs.getString("mime_type"), rs.getLong("size_bytes"),
                        rs.getString("file_name"), rs.getString("storage_key")))
                .optional()
                .flatMap(row -> storage.open(tenantId, row.storageKey())
                        .map(stream -> new MediaFile(row.mimeType(), row.size(), row.fileName(), stream)));
    }

    /** The bytes behind one of Sapa's own media URLs ({@code /api/media/<id>}); empty for any other URL. */
    Optional<byte[]> bytesOf(TenantId tenantId, String url) {
        if (url == null || !url.startsWith(URL_PREFIX)) {
            return Optional.empty();
        }
        UUID id;
        try {
            id = UUID.fromString(url.substring(URL_PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return open(tenantId, id).map(file -> {
            try (var stream = file.content()) {
                return stream.readAllBytes();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private record MediaRow(String mimeType, long size, String fileName, String storageKey) {
    }

    record StoredMedia(String id, String url, String mimeType, long size, String fileName) {
    }
}
