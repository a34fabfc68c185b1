package id.sapa.message;

import java.time.Instant;

import id.sapa.channel.spi.MessageKind;
import id.sapa.conversation.SenderType;
import id.sapa.shared.ChannelId;
import id.sapa.shared.ConversationId;
import id.sapa.shared.MessageId;
import id.sapa.shared.TenantId;

/** One message of a conversation (seed 002 table 3). */
public record Message(
        MessageId id,
        TenantId tenantId,
        ConversationId conversationId,
        ChannelId channelId,
        String waMessageId,
        Direction direction,
        SenderType senderType,
        String senderId,
        String senderName,
        MessageKind messageType,
        String content,
        String mediaUrl,
        String mediaMimeType,
        Long mediaSize,
        String mediaFileName,
        Double latitude,
        Double longitude,
        MessageId quotedMessageId,
        boolean forwarded,
        MessageStatus status,
        String errorCode,
        String errorMessage,
        Instant sentAt,
        Instant deliveredAt,
        Instant readAt,
        Instant createdAt) {

    /**
     * Whether the customer wrote it: not a reaction, a system notice or anything the business sent.
     * Only such a message is offered to automation (the loop guard of the design).
     */
    public boolean writtenByCustomer() {
        return direction == Direction.INBOUND && senderType == SenderType.CUSTOMER && messageType.writtenByCustomer();
    }

    public enum Direction {
        INBOUND, OUTBOUND
    }
}
