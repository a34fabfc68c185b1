package id.sapa.conversation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.sapa.contact.Contacts;
import id.sapa.contact.InboundContact;
import id.sapa.shared.ConversationId;
import id.sapa.shared.MessageId;
import id.sapa.shared.PhoneNumber;
import id.sapa.shared.WhatsAppUser;
import id.sapa.shared.TenantId;

/**
 * Builds inbox data the way the inbound pipeline will: contact and conversation through their
 * modules in one transaction, the message as a row of the real {@code messages} table.
 */
@Component
public final class InboxFixtures {

    private final TransactionTemplate transactions;
    private final Contacts contacts;
    private final Conversations conversations;
    private final JdbcClient jdbc;

    InboxFixtures(TransactionTemplate transactions, Contacts contacts, Conversations conversations,
            JdbcClient jdbc) {
        this.transactions = transactions;
        this.contacts = contacts;
        this.conversations = conversations;
        this.jdbc = jdbc;
    }

    /** A customer's message: creates or counts the contact and the conversation, stores the message. */
    public ConversationId customerWrites(TenantId tenantId, String phone, String name, String text, Instant at) {
        PhoneNumber number = PhoneNumber.parse(phone);
        return transactions.execute(status -> {
            InboundContact contact = contacts.recordInbound(tenantId, WhatsAppUser.of(number), name, at);
            ConversationId id = conversations.recordInbound(tenantId, contact, WhatsAppUser.of(number), text, at, true).conversation().id();
            message(tenantId, id, SenderType.CUSTOMER, name, text, at);
            return id;
        });
    }

    /** A customer WhatsApp knows only by username and BSUID (no number) writes. */
    public ConversationId customerWritesByUsername(TenantId tenantId, String userId, String username, String text,
            Instant at) {
        WhatsAppUser who = new WhatsAppUser(null, userId, null, username);
        return transactions.execute(status -> {
            InboundContact contact = contacts.recordInbound(tenantId, who, null, at);
            ConversationId id = conversations.recordInbound(tenantId, contact, who, text, at, true).conversation().id();
            message(tenantId, id, SenderType.CUSTOMER, null, text, at);
            return id;
        });
    }

    /** The team has read everything so far (what mark-read will do). */
    public void readByTeam(TenantId tenantId, ConversationId conversationId) {
        jdbc.sql("UPDATE conversations SET unread_count = 0 WHERE tenant_id = :tenantId AND id = :id")
                .param("tenantId", tenantId.value()).param("id", conversationId.value())
                .update();
    }

    /** Stores one message row as it is, without touching the conversation's counters. */
    public MessageId message(TenantId tenantId, ConversationId conversationId, SenderType sender, String senderName,
            String text, Instant sentAt) {
        MessageId id = MessageId.next();
        jdbc.sql("""
                INSERT INTO messages (id, tenant_id, conversation_id, channel_id, wa_message_id, direction,
                                      sender_type, sender_name, message_type, content, status, sent_at)
                VALUES (:id, :tenantId, :conversationId, :channelId, :waId, :direction, :senderType, :senderName,
                        'text', :content, :status, :sentAt)
                """)
                .param("id", id.value())
                .param("tenantId", tenantId.value())
                .param("conversationId", conversationId.value())
                .param("channelId", UUID.randomUUID())
                .param("waId", "wamid." + id.value())
                .param("direction", sender == SenderType.CUSTOMER ? "inbound" : "outbound")
                .param("senderType", sender.code())
                .param("senderName", senderName)
                .param("content", text)
                .param("status", sender == SenderType.CUSTOMER ? "read" : "sent")
                .param("sentAt", Timestamp.from(sentAt))
                .update();
        return id;
    }
}
