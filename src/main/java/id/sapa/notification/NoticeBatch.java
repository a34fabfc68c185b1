package id.sapa.notification;

import java.time.Instant;
import java.util.UUID;

import id.sapa.shared.TenantId;

/**
 * A send-bulk request and how far it got.
 *
 * @param status    {@code queued}, {@code running}, {@code completed} or {@code cancelled}
 * @param sent      rows handed to WhatsApp (sent, delivered or read)
 * @param pending   rows waiting, or queued but not yet sent
 */
public record NoticeBatch(UUID id, TenantId tenantId, String status, NoticeType type, int total, int delayMs,
        long pending, long sent, long delivered, long read, long failed, long skipped, long cancelled,
        String requestedBy, Instant createdAt, Instant startedAt, Instant finishedAt, Instant nextAt) {

    public boolean open() {
        return status.equals("queued") || status.equals("running");
    }
}
