package id.sapa.operator;

import id.sapa.shared.Role;
import id.sapa.shared.TenantId;
import id.sapa.shared.UserId;

/** What sign-in needs to know about a user; the hash never leaves the auth path. */
public record Credentials(UserId userId, TenantId tenantId, Role role, String passwordHash) {

    @Override
    public String toString() {
        return "Credentials[" + userId + ", tenant " + tenantId + ", " + role + "]";
    }
}
