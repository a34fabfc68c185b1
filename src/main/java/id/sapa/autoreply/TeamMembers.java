package id.sapa.autoreply;

import java.util.UUID;

import org.springframework.stereotype.Component;

import id.sapa.operator.Operators;
import id.sapa.shared.Permission;
import id.sapa.shared.TenantId;
import id.sapa.shared.UserId;

/**
 * Whether a user a rule routes to can take chats, asked of the tenant's team, so a rule naming
 * another tenant's user, a removed user or a viewer is refused before anything is routed.
 */
@Component
class TeamMembers {

    private final Operators operators;

    TeamMembers(Operators operators) {
        this.operators = operators;
    }

    boolean canAnswerChats(TenantId tenantId, UUID userId) {
        return operators.find(tenantId, new UserId(userId))
                .map(member -> member.role().can(Permission.WORK_CHATS))
                .orElse(false);
    }
}
