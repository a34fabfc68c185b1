package id.sapa.conversation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import id.sapa.shared.ContactId;
import id.sapa.shared.ConversationId;
import id.sapa.shared.PhoneNumber;
import id.sapa.shared.TenantId;
import id.sapa.shared.UserId;
import id.sapa.shared.WhatsAppUser;

/**
 * A conversation with one customer (seed 002 table 2), one per contact.
 *
 * @param customer     how WhatsApp names the customer: number, BSUID or both
 * @param lastCustomerMessageContent the preview of what the customer last wrote (the list shows it, not
 *                     the answer to it); null when they never wrote
 * @param snoozedUntil put aside (pending) until then: open again at that time or when the customer writes
 */
public record Conversation(
        ConversationId id,
        TenantId tenantId,
        ContactId contactId,
        UserId assignedCsId,
        WhatsAppUser customer,
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
        String lastCustomerMessageContent,
        List<String> tags,
        String category,
        String internalNotes,
        Instant createdAt,
        Instant updatedAt,
        Instant resolvedAt,
        Instant snoozedUntil) {

    /** WhatsApp's customer service window: free-form messages are allowed until 24 h after the customer's last message. */
    public static final Duration SERVICE_WINDOW = Duration.ofHours(24);

    /** The customer's number; null for a customer WhatsApp knows only by username. */
    public PhoneNumber customerPhone() {
        return customer.phone();
    }

    /** When the window closes; null when the customer never wrote. */
    public Instant windowExpiresAt() {
        return lastCustomerMessageAt == null ? null : lastCustomerMessageAt.plus(SERVICE_WINDOW);
    }

    public boolean windowOpenAt(Instant now) {
        Instant expires = windowExpiresAt();
        return expires != null && now.isBefore(expires);
    }
}
