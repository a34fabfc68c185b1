package id.sapa.operator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import id.sapa.shared.Permission;
import id.sapa.shared.Role;
import id.sapa.shared.TenantId;
import id.sapa.shared.UserId;

/**
 * A user of a tenant (seed 002 table 7): the owner or one of its CS operators.
 *
 * @param sessionGeneration an access token signs the user in only when issued in this generation; a
 *                          password change and "sign out everywhere" start the next one
 */
public record Operator(
        UserId id,
        TenantId tenantId,
        String name,
        String email,
        String avatarUrl,
        Role role,
        Map<String, Boolean> permissions,
        OperatorStatus status,
        Instant lastSeenAt,
        int maxConcurrentChats,
        int currentChatCount,
        int totalChatsHandled,
        int totalMessagesSent,
        Integer averageResponseTimeSeconds,
        Integer firstResponseTimeSeconds,
        BigDecimal customerSatisfactionScore,
        Map<String, Object> workingHours,
        boolean activated,
        Instant createdAt,
        int sessionGeneration) {

    /** The role's permissions with this user's flags applied. */
    public Set<Permission> effectivePermissions() {
        return role.permissions(permissions);
    }

    public boolean can(Permission permission) {
        return effectivePermissions().contains(permission);
    }
}
