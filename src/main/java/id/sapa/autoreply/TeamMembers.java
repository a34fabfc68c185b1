package id.sapa.autoreply;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.sapa.shared.Codes;
import id.sapa.shared.Permission;
import id.sapa.shared.Role;
import id.sapa.shared.TenantId;

/**
 * Whether a user a rule routes to can take chats: a read of the tenant's users, so a rule naming
 * another tenant's user, a removed user or a viewer is refused before anything is routed.
 */
@Repository
class TeamMembers {

    private final JdbcClient jdbc;

    TeamMembers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean canAnswerChats(TenantId tenantId, UUID userId) {
        return jdbc.sql("SELECT role FROM users WHERE tenant_id = :tenantId AND id = :id")
                .param("tenantId", tenantId.value()).param("id", userId)
                .query(String.class).optional()
                .map(role -> Codes.parse(Role.class, role).can(Permission.WORK_CHATS))
                .orElse(false);
    }
}
