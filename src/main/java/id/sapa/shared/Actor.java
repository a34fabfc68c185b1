package id.sapa.shared;

import java.util.Objects;
import java.util.Set;

/**
 * Who is calling: the authenticated user and the tenant the call is scoped to. The only source of a
 * tenant id for API requests; controllers receive it with {@code @AuthenticationPrincipal}.
 */
public record Actor(TenantId tenantId, UserId userId, Role role, Set<Permission> permissions) {

    public Actor {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        permissions = Set.copyOf(permissions);
    }

    /** A user with exactly their role's permissions (no per-user flags). */
    public Actor(TenantId tenantId, UserId userId, Role role) {
        this(tenantId, userId, role, role.permissions());
    }

    public boolean can(Permission permission) {
        return permissions.contains(permission);
    }
}
