package id.sapa.realtime;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import id.sapa.channel.spi.MessageKind;
import id.sapa.contact.Contacts;
import id.sapa.contact.InboundContact;
import id.sapa.conversation.Conversation;
import id.sapa.conversation.Conversations;
import id.sapa.conversation.SenderType;
import id.sapa.message.Message;
import id.sapa.message.Message.Direction;
import id.sapa.message.MessageEvent.MessageReceived;
import id.sapa.message.MessageStatus;
import id.sapa.shared.ChannelId;
import id.sapa.shared.MessageId;
import id.sapa.shared.PhoneNumber;
import id.sapa.shared.WhatsAppUser;
import id.sapa.shared.TenantId;

/** Conversations and messages for realtime tests, made through the real contact and conversation modules. */
record TestInbox(Contacts contacts, Conversations conversations, TransactionTemplate transaction, JdbcClient jdbc) {

    /** A customer writes to the tenant for the first time (this publishes {@code ConversationOpened}). */
    Conversation openConversation(TenantId tenantId, String customerName) {
        PhoneNumber phone = PhoneNumber.parse("0812" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return transaction.execute(status -> {
            InboundContact contact = contacts.recordInbound(tenantId, WhatsAppUser.of(phone), customerName, now);
            return conversations.recordInbound(tenantId, contact, WhatsAppUser.of(phone), "Halo kak", now, true)
                    .conversation();
        });
    }

    /** The same customer writes again (this publishes what changed in the conversation's list entry). */
    void customerWritesAgain(Conversation conversation) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        transaction.executeWithoutResult(status -> {
            InboundContact contact = contacts.recordInbound(conversation.tenantId(), conversation.customer(),
                    conversation.customerName(), now);
            conversations.recordInbound(conversation.tenantId(), contact, conversation.customer(), "Masih ada?", now,
                    true);
        });
    }

    /**
     * A text message from the customer of {@code conversation}, stored as the message module stores
     * it (in the caller's transaction, when there is one), and the event announcing it: the relay
     * reads what it shows of the message after the commit.
     */
    MessageReceived customerWrote(Conversation conversation, String text) {
        Message m = customerMessage(conversation, text);
        jdbc.sql("""
                INSERT INTO messages (id, tenant_id, conversation_id, channel_id, wa_message_id, direction, sender_type,
                    sender_id, sender_name, message_type, content, status, sent_at, delivered_at, created_at)
                VALUES (?, ?, ?, ?, ?, 'inbound', 'customer', ?, ?, 'text', ?, 'delivered', ?, ?, ?)
                """)
                .params(m.id().value(), m.tenantId().value(), m.conversationId().value(), m.channelId().value(),
                        m.waMessageId(), m.senderId(), m.senderName(), m.content(), Timestamp.from(m.sentAt()),
                        Timestamp.from(m.deliveredAt()), Timestamp.from(m.createdAt()))
                .update();
        return MessageReceived.of(m, null);
    }

    /** A text message from the customer of {@code conversation}, as the message module would store it. */
    static Message customerMessage(Conversation conversation, String text) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return Message.inbound(conversation.tenantId(), conversation.id(), ChannelId.random(),
                "wamid." + MessageId.next(),
                new Message.Sender(SenderType.CUSTOMER, conversation.customerPhone().digits(), conversation.customerName()),
                new Message.Content(MessageKind.TEXT, text, null), null, null, false, now, now);
    }
}
