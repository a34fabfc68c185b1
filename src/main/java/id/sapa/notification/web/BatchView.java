package id.sapa.notification.web;

import java.time.Instant;
import java.util.UUID;

import id.sapa.notification.NoticeBatch;
import id.sapa.notification.NoticeType;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A batch as its progress bar reads it.
 *
 * @param status {@code queued}, {@code running}, {@code completed} or {@code cancelled}
 * @param nextAt when the next row is due
 */
record BatchView(UUID id, @Schema(example = "running") String status, NoticeType type, int total, int delayMs,
        long pending, long sent, long delivered, long read, long failed, long skipped, long cancelled,
        String requestedBy, Instant createdAt, Instant startedAt, Instant finishedAt, Instant nextAt) {

    static BatchView of(NoticeBatch batch) {
        return new BatchView(batch.id(), batch.status(), batch.type(), batch.total(), batch.delayMs(), batch.pending(),
                batch.sent(), batch.delivered(), batch.read(), batch.failed(), batch.skipped(), batch.cancelled(),
                batch.requestedBy(), batch.createdAt(), batch.startedAt(), batch.finishedAt(), batch.nextAt());
    }
}
