package id.sapa.notification;

import java.time.Instant;
import java.util.UUID;

import id.sapa.shared.ContactId;
import id.sapa.shared.MessageId;
import id.sapa.shared.TenantId;

/**
 * One notice as logged: what was asked, to whom, and what became of it.
 *
 * @param reason       why it was skipped or failed before sending ({@code opted_out} …), else null
 * @param errorMessage what WhatsApp or Sapa said when it failed, for people
 * @param requestedBy  {@code api-key:<prefix>} or {@code user:<id>}
 * @param scheduledFor when a notice held back (quiet hours, the daily cap, a batch's pace) may go, or null
 */
public record NotificationLog(UUID id, TenantId tenantId, NoticeType type, NotificationStatus status, String phone,
        String customerId, ContactId contactId, MessageId messageId, String content, String reason,
        String errorMessage, UUID batchId, Integer batchIndex, String requestedBy, Instant createdAt, Instant sentAt,
        Instant deliveredAt, Instant readAt, Instant failedAt, Instant scheduledFor) {
}
