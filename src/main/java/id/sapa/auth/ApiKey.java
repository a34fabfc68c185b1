package id.sapa.auth;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import id.sapa.shared.TenantId;
import id.sapa.shared.UserId;

/** An API key as listed: everything but its secret, which is never stored. */
public record ApiKey(UUID id, TenantId tenantId, String name, String prefix, Set<ApiKeyScope> scopes, UserId issuedBy,
        Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

    public ApiKey {
        scopes = Set.copyOf(scopes);
    }

    public boolean revoked() {
        return revokedAt != null;
    }
}
