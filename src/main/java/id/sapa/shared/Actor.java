package id.sapa.shared;

import java.util.Objects;
import java.util.Set;

/**
 * Who is calling: a signed-in user, or a program holding one of the tenant's API keys, and the tenant
 * the call is scoped to. The only source of a tenant id for API requests; controllers receive it with
 * {@code @AuthenticationPrincipal}.
 *
 * @param userId the user, or null for an API key (its calls belong to the key, never to a person)
 * @param apiKey the public prefix of the API key making the call, or null for a user
 * @param role   the user's role; for an API key, the role of the user who issued it
 */
public record Actor(TenantId tenantId, UserId userId, Role role, Set<Permission> permissions, String apiKey) {

    public Actor {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(role, "role");
        if ((userId == null) == (apiKey == null)) {
            throw new IllegalArgumentException("An actor is either a user or an API key");
        }
        permissions = Set.copyOf(permissions);
    }

    public Actor(TenantId tenantId, UserId userId, Role role, Set<Permission> permissions) {
        this(tenantId, Objects.requireNonNull(userId, "userId"), role, permissions, null);
    }

    /** A user with exactly their role's permissions (no per-user flags). */
    public Actor(TenantId tenantId, UserId userId, Role role) {
        this(tenantId, userId, role, role.permissions());
    }

    /** A program calling with an API key of the tenant, allowed what the key's scopes allow. */
    public static Actor ofApiKey(TenantId tenantId, String keyPrefix, Role issuerRole, Set<Permission> permissions) {
        return new Actor(tenantId, null, issuerRole, permissions, Objects.requireNonNull(keyPrefix, "keyPrefix"));
    }

    public boolean can(Permission permission) {
        return permissions.contains(permission);
    }

    public boolean isApiKey() {
        return apiKey != null;
    }

    /** Who to name in logs and histories: {@code user:<id>} or {@code api-key:<prefix>}. */
    public String attribution() {
        return isApiKey() ? "api-key:" + apiKey : "user:" + userId;
    }
}
