package id.sapa.notification.web;

import java.time.Instant;
import java.util.UUID;

import id.sapa.notification.NoticeType;
import id.sapa.notification.NotificationLog;
import id.sapa.notification.NotificationStatus;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A notice as the history and the send endpoints answer it (seed 004 {@code notification_logs}).
 *
 * @param reason       why it was skipped or failed before sending: {@code opted_out}, {@code blocked},
 *                     {@code window_closed}, {@code template_unsendable}, {@code not_connected},
 *                     {@code sending_stopped}, {@code unreachable}; when WhatsApp refused it, the send's
 *                     failure code (Meta's {@code 131047}, Sapa's {@code no_answer} …); null otherwise
 * @param errorMessage the reason in words, or what WhatsApp answered when sending failed
 */
record NotificationView(UUID id, @Schema(example = "payment_notification") NoticeType type,
        @Schema(example = "whatsapp") String channel, NotificationStatus status, String phone, String customerId,
        String contactId, String messageId, String content, String reason, String errorMessage, UUID batchId,
        Integer batchIndex, @Schema(example = "api-key:sapa_Ab12Cd34") String requestedBy, Instant createdAt,
        Instant sentAt, Instant deliveredAt, Instant readAt, Instant failedAt,
        @Schema(description = "when a notice the quiet hours or the daily cap held back will go") Instant scheduledFor) {

    static NotificationView of(NotificationLog log) {
        return new NotificationView(log.id(), log.type(), "whatsapp", log.status(), log.phone(), log.customerId(),
                log.contactId() == null ? null : log.contactId().toString(),
                log.messageId() == null ? null : log.messageId().toString(), log.content(), log.reason(),
                log.errorMessage(), log.batchId(), log.batchIndex(), log.requestedBy(), log.createdAt(), log.sentAt(),
                log.deliveredAt(), log.readAt(), log.failedAt(), log.scheduledFor());
    }
}
