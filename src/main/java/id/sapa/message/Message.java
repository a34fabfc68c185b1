package id.sapa.message;

import java.time.Instant;

import id.sapa.channel.spi.MessageKind;
import id.sapa.conversation.SenderType;
import id.sapa.shared.ChannelId;
import id.sapa.shared.ConversationId;
import id.sapa.shared.MessageId;
import id.sapa.shared.TenantId;

/**
 * One message of a conversation (seed 002 table 3). Made by its factories, one per way a message
 * comes to be: {@link #inbound received}, {@link #outbound queued by the team}, {@link #automatic
 * queued by automation}, {@link #fromBusinessPhone typed on the business's own phone}; the canonical
 * constructor is for reading a stored row back.
 *
 * @param noticeType the type of the billing notice it carries ({@code payment_notification} …), or null
 */
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
        Instant createdAt,
        String noticeType) {

    /** The reason kept on a message queued while WhatsApp is not connected. */
    static final String NOT_CONNECTED = "WhatsApp is not connected; connect the number and retry this message";

    /**
     * What a customer's provider reported, stored as delivered to the business when it was sent.
     *
     * @param from     the customer (or {@link SenderType#SYSTEM} for WhatsApp's own notices) and the name to show
     * @param location where the customer shared a place, or null
     */
    public static Message inbound(TenantId tenantId, ConversationId conversationId, ChannelId channelId,
            String waMessageId, Sender from, Content content, Place location, MessageId quotedMessageId,
            boolean forwarded, Instant sentAt, Instant createdAt) {
        Media media = content.mediaOrNone();
        return new Message(MessageId.next(), tenantId, conversationId, channelId, waMessageId, Direction.INBOUND,
                from.type(), from.id(), from.name(), content.kind(), content.text(), media.url(), media.mimeType(),
                media.size(), media.fileName(), location == null ? null : location.latitude(),
                location == null ? null : location.longitude(), quotedMessageId, forwarded, MessageStatus.DELIVERED,
                null, null, sentAt, sentAt, null, createdAt, null);
    }

    /**
     * A message the business queues for the customer: pending for its send job, or, when WhatsApp is
     * not connected, failed at once with the reason (kept, so it can be retried).
     */
    public static Message outbound(TenantId tenantId, ConversationId conversationId, ChannelId channelId,
            Sender from, Content content, MessageId quotedMessageId, boolean connected, Instant now) {
        Media media = content.mediaOrNone();
        return new Message(MessageId.next(), tenantId, conversationId, channelId, null, Direction.OUTBOUND,
                from.type(), from.id(), from.name(), content.kind(), content.text(), media.url(), media.mimeType(),
                media.size(), media.fileName(), null, null, quotedMessageId, false,
                connected ? MessageStatus.PENDING : MessageStatus.FAILED,
                connected ? null : "not_connected", connected ? null : NOT_CONNECTED,
                now, null, null, now, null);
    }

    /**
     * A message automation (auto-reply, AI, notices) queues, like {@link #outbound}. Its sender type
     * is recorded, so automation never answers itself.
     *
     * @throws IllegalArgumentException for the customer or a team member, who are not automation
     */
    public static Message automatic(TenantId tenantId, ConversationId conversationId, ChannelId channelId,
            SenderType from, Content content, boolean connected, Instant now) {
        return outbound(tenantId, conversationId, channelId, Sender.automation(from), content, null, connected, now);
    }

    /**
     * What the business typed on its own WhatsApp phone, which the provider echoed: already sent,
     * with the provider's id, and shown as the team's.
     */
    public static Message fromBusinessPhone(TenantId tenantId, ConversationId conversationId, ChannelId channelId,
            String waMessageId, Content content, Instant sentAt, Instant createdAt) {
        Media media = content.mediaOrNone();
        return new Message(MessageId.next(), tenantId, conversationId, channelId, waMessageId, Direction.OUTBOUND,
                SenderType.CS, null, "WhatsApp phone", content.kind(), content.text(), media.url(), media.mimeType(),
                media.size(), media.fileName(), null, null, null, false, MessageStatus.SENT, null, null, sentAt, null,
                null, createdAt, null);
    }

    /** The same message marked as a billing notice of this type ({@code payment_notification} …). */
    Message asNotice(String type) {
        return new Message(id, tenantId, conversationId, channelId, waMessageId, direction, senderType, senderId,
                senderName, messageType, content, mediaUrl, mediaMimeType, mediaSize, mediaFileName, latitude, longitude,
                quotedMessageId, forwarded, status, errorCode, errorMessage, sentAt, deliveredAt, readAt, createdAt, type);
    }

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

    /**
     * Who wrote a message.
     *
     * @param id   the team member's id, or the customer's address; null for automation
     * @param name the name to show; null for automation
     */
    public record Sender(SenderType type, String id, String name) {

        public static Sender automation(SenderType type) {
            if (type == SenderType.CUSTOMER || type == SenderType.CS) {
                throw new IllegalArgumentException("not an automated sender: " + type);
            }
            return new Sender(type, null, null);
        }
    }

    /**
     * What a message says: its kind, its text (a caption for media) and its media, if any.
     *
     * @param media the file or link, or null
     */
    public record Content(MessageKind kind, String text, Media media) {

        private Media mediaOrNone() {
            return media == null ? Media.NONE : media;
        }
    }

    /**
     * A message's media: a link (Sapa's own {@code /api/media/<id>} for a stored file) and what is
     * known of the file.
     *
     * @param size known for a file Sapa stored, else null
     */
    public record Media(String url, String mimeType, Long size, String fileName) {

        static final Media NONE = new Media(null, null, null, null);
    }

    /** A place a customer shared. */
    public record Place(double latitude, double longitude) {
    }
}
