package id.sapa.message;

import java.time.Instant;

import id.sapa.channel.spi.MessageKind;
import id.sapa.conversation.SenderType;
import id.sapa.shared.ConversationId;
import id.sapa.shared.MessageId;
import id.sapa.shared.TenantId;

/**
 * What happened to a conversation's messages, published inside the recording transaction: ids and
 * the few values listeners need. A listener that shows the whole message reads it with
 * {@link MessageHistory#find} after the commit.
 */
public sealed interface MessageEvent {

    TenantId tenantId();

    ConversationId conversationId();

    /**
     * A customer's message was stored (once, however often the provider delivered it).
     *
     * @param text              what the customer wrote (a caption for media), or null
     * @param replyId           for a tap on a reply button or list row, the id the business gave it; else null
     * @param sentAt            when the customer sent it, by the provider's clock
     * @param receivedAt        when Sapa stored it
     * @param writtenByCustomer the customer wrote it: not a reaction or a system notice. Only such a
     *                          message is offered to automation (the loop guard of the design)
     */
    record MessageReceived(TenantId tenantId, ConversationId conversationId, MessageId messageId, MessageKind kind,
            String text, String replyId, Instant sentAt, Instant receivedAt, boolean writtenByCustomer)
            implements MessageEvent {

        public static MessageReceived of(Message message, String replyId) {
            return new MessageReceived(message.tenantId(), message.conversationId(), message.id(),
                    message.messageType(), message.content(), replyId, message.sentAt(), message.createdAt(),
                    message.writtenByCustomer());
        }
    }

    /**
     * The business's message was stored as pending and will be sent by a durable job (or, sent from
     * the business's own phone, was stored as sent).
     *
     * @param sender who wrote it: the team, an auto-reply, the AI…
     */
    record MessageQueued(TenantId tenantId, ConversationId conversationId, MessageId messageId, SenderType sender)
            implements MessageEvent {

        public static MessageQueued of(Message message) {
            return new MessageQueued(message.tenantId(), message.conversationId(), message.id(), message.senderType());
        }
    }

    /**
     * A message's delivery status moved forward.
     *
     * @param errorCode a failure's stable code (Sapa's, such as {@code not_connected}, or the provider's,
     *                  such as Meta's {@code 131047}): screens say it in the reader's language
     */
    record MessageStatusChanged(TenantId tenantId, ConversationId conversationId, MessageId messageId,
            MessageStatus status, Instant timestamp, String errorCode, String errorMessage) implements MessageEvent {
    }

    /** The customer is typing (or stopped) in a conversation. */
    record CustomerTyping(TenantId tenantId, ConversationId conversationId, boolean typing) implements MessageEvent {
    }
}
