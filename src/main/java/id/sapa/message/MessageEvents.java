package id.sapa.message;

import java.time.Instant;

import id.sapa.shared.ConversationId;
import id.sapa.shared.MessageId;
import id.sapa.shared.TenantId;

/** What the message module tells the others, published inside the recording transaction. */
public final class MessageEvents {

    private MessageEvents() {
    }

    /**
     * A customer's message was stored (once, however often the provider delivered it).
     *
     * @param replyId for a tap on a reply button or list row, the id the business gave it; else null
     */
    public record MessageReceived(Message message, String replyId) {

        public MessageReceived(Message message) {
            this(message, null);
        }
    }

    /** The business's message was stored as pending and will be sent by a durable job. */
    public record MessageQueued(Message message) {
    }

    /** A message's delivery status moved forward. */
    public record MessageStatusChanged(TenantId tenantId, ConversationId conversationId, MessageId messageId,
            MessageStatus status, Instant timestamp, String errorMessage) {
    }

    /** The customer is typing (or stopped) in a conversation. */
    public record CustomerTyping(TenantId tenantId, ConversationId conversationId, boolean typing) {
    }
}
