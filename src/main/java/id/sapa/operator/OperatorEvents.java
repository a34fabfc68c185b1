package id.sapa.operator;

import java.time.Instant;

import id.sapa.shared.TenantId;
import id.sapa.shared.UserId;

/** What the operator module tells the others, published inside the changing transaction. */
public final class OperatorEvents {

    private OperatorEvents() {
    }

    /** A user's presence changed (by hand, by connecting, or by staying away too long). */
    public record OperatorStatusChanged(TenantId tenantId, UserId userId, OperatorStatus status, Instant lastSeenAt) {
    }

    /** A user's capacity may have grown: more chats allowed, or back to work. */
    public record OperatorCapacityChanged(TenantId tenantId, UserId userId) {
    }

    /** A user was removed from the tenant; their conversations are unassigned. */
    public record OperatorRemoved(TenantId tenantId, UserId userId) {
    }
}
