package id.sapa.shared;

import java.util.Objects;

/**
 * Who is calling: the authenticated user and the tenant the call is scoped to. The only source of a
 * tenant id for API requests; controllers receive it with {@code @AuthenticationPrincipal}.
 */
public record Actor(TenantId tenantId, UserId userId, Role role) {

    public Actor {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
    }

    public boolean can(Permission permission) {
        return role.can(permission);
    }
}
