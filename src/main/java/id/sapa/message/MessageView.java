package id.sapa.message;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

import id.sapa.channel.spi.MessageKind;
import id.sapa.conversation.SenderType;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A message as the inbox shows it, in the message history and in a conversation's detail (seed
 * 002, Messages module): the one JSON shape of a message, made from it by {@link #of}.
 *
 * @param waMessageId the provider's id (Meta's {@code wamid}); null until the provider accepted an outgoing one
 * @param interactive the buttons or list of an outgoing interactive message, in the shape of the send
 *                    request's {@code interactive}; null for any other message
 * @param replyId     the id of the button or list row (or a template quick-reply's payload) a customer's
 *                    reply chose; null for any other message
 * @param noticeType  the billing notice it carries ({@code payment_notification} …), sent by Sapa for the
 *                    business's billing system; null for any other message
 */
public record MessageView(
        String id,
        String waMessageId,
        SenderType senderType,
        String senderName,
        MessageKind messageType,
        String content,
        String mediaUrl,
        String mediaMimeType,
        Long mediaSize,
        String mediaFileName,
        Double latitude,
        Double longitude,
        String quotedMessageId,
        @Schema(example = """
                {"type": "button", "body": "Pesanan INV-7 sudah sampai?", "footer": "Toko Sapa",
                 "buttons": [{"id": "sudah", "title": "Sudah"}, {"id": "belum", "title": "Belum"}]}""")
        Interactive interactive,
        @Schema(example = "sudah") String replyId,
        @JsonProperty("isForwarded") boolean forwarded,
        MessageStatus status,
        @Schema(description = "a failure's stable code: Sapa's (not_connected, no_answer, …) or the provider's (Meta's 131047 …)")
        String errorCode,
        String errorMessage,
        Instant sentAt,
        Instant deliveredAt,
        Instant readAt,
        @Schema(example = "payment_notification") String noticeType) {

    static MessageView of(Message m, Interactive interactive, String replyId) {
        return new MessageView(m.id().toString(), m.waMessageId(), m.senderType(), m.senderName(), m.messageType(),
                m.content(), m.mediaUrl(), m.mediaMimeType(), m.mediaSize(), m.mediaFileName(), m.latitude(),
                m.longitude(), m.quotedMessageId() == null ? null : m.quotedMessageId().toString(), interactive, replyId,
                m.forwarded(), m.status(), m.errorCode(), m.errorMessage(), m.sentAt(), m.deliveredAt(), m.readAt(), m.noticeType());
    }
}
