package id.sapa.realtime;

import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.sapa.notification.NotificationEvent.BatchProgress;
import id.sapa.notification.NotificationEvent.NotificationUpdated;

/**
 * Pushes the notification module's events to the tenant's sockets on {@code /whatsapp}, where the
 * Notifikasi screen follows its notices and batches, once the change committed.
 */
@Component
class NotificationEventsRelay {

    private final TenantBroadcast broadcast;

    NotificationEventsRelay(TenantBroadcast broadcast) {
        this.broadcast = broadcast;
    }

    /** {@code notification-updated}: a notice's status now. */
    record Updated(UUID id, String status, UUID batchId) {
    }

    @EventListener
    void on(NotificationUpdated event) {
        broadcast.send(WhatsAppGateway.PATH, event.tenantId(), "notification-updated",
                () -> new Updated(event.id(), event.status().code(), event.batchId()));
    }

    /** {@code notification-batch-progress}: a batch's counts now. */
    record Progress(UUID batchId, String status, int total, long sent, long failed, long skipped, long pending,
            long cancelled) {
    }

    @EventListener
    void on(BatchProgress event) {
        broadcast.send(WhatsAppGateway.PATH, event.tenantId(), "notification-batch-progress",
                () -> new Progress(event.batchId(), event.status(), event.total(), event.sent(), event.failed(),
                        event.skipped(), event.pending(), event.cancelled()));
    }
}
