package id.sapa.notification;

import java.util.UUID;

import id.sapa.shared.TenantId;

/** What happened to a tenant's notices, for the screens that show them live. */
public sealed interface NotificationEvent {

    TenantId tenantId();

    /** A notice changed status (queued, sent, delivered, read, failed, skipped, cancelled). */
    record NotificationUpdated(TenantId tenantId, UUID id, NotificationStatus status, UUID batchId)
            implements NotificationEvent {
    }

    /** A batch moved on: its counts now. */
    record BatchProgress(TenantId tenantId, UUID batchId, String status, int total, long sent, long failed,
            long skipped, long pending, long cancelled) implements NotificationEvent {

        static BatchProgress of(NoticeBatch batch) {
            return new BatchProgress(batch.tenantId(), batch.id(), batch.status(), batch.total(), batch.sent(),
                    batch.failed(), batch.skipped(), batch.pending(), batch.cancelled());
        }
    }
}
