package id.sapa.message;

import java.io.InputStream;
import java.util.Optional;

import id.sapa.shared.TenantId;

/**
 * Where media bytes live. The default keeps files under the data directory; another
 * implementation (object storage) can replace it without touching the pipelines.
 */
public interface MediaStorage {

    /** Keeps the bytes and answers the key to read them by. */
    String put(TenantId tenantId, String mediaId, byte[] bytes);

    Optional<InputStream> open(TenantId tenantId, String storageKey);

    /** Removes the bytes; a key already gone is no error. */
    void delete(TenantId tenantId, String storageKey);
}
