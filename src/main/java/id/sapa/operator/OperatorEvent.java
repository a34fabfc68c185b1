package id.sapa.operator;

import java.time.Instant;

import id.sapa.shared.TenantId;
import id.sapa.shared.UserId;

/** What the operator module tells the others, published inside the changing transaction. */
public sealed interface OperatorEvent {

    TenantId tenantId();

    UserId userId();

    /** A user's presence changed (by hand, by connecting, or by staying away too long). */
    record OperatorStatusChanged(TenantId tenantId, UserId userId, OperatorStatus status, Instant lastSeenAt) implements OperatorEvent {
    }

    /** A user's capacity may have grown: more chats allowed, or back to work. */
    record OperatorCapacityChanged(TenantId tenantId, UserId userId) implements OperatorEvent {
    }

    /** A user was removed from the tenant; their conversations are unassigned. */
    record OperatorRemoved(TenantId tenantId, UserId userId) implements OperatorEvent {
    }
}
