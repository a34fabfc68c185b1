package id.sapa.conversation;

import java.time.Instant;
import java.util.List;

import id.sapa.shared.ContactId;
import id.sapa.shared.ConversationId;
import id.sapa.shared.PhoneNumber;
import id.sapa.shared.TenantId;
import id.sapa.shared.UserId;

/** A conversation with one customer (seed 002 table 2). */
public record Conversation(
        ConversationId id,
        TenantId tenantId,
        ContactId contactId,
        UserId assignedCsId,
        PhoneNumber customerPhone,
        String customerName,
        String customerAvatarUrl,
        ConversationStatus status,
        Priority priority,
        ChatMode mode,
        int unreadCount,
        int totalMessages,
        Instant lastMessageAt,
        String lastMessageContent,
        SenderType lastMessageFrom,
        Instant lastCustomerMessageAt,
        List<String> tags,
        String category,
        String internalNotes,
        Instant createdAt,
        Instant updatedAt,
        Instant resolvedAt) {
}
