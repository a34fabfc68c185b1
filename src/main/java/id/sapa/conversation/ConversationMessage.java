package id.sapa.conversation;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

/**
 * A message as the inbox shows it, in a conversation's detail and in the message history (seed
 * 002, Messages module). Kinds and statuses travel as their codes: their types belong to the
 * modules that define them, and so does an interactive message's payload, as JSON.
 *
 * @param waMessageId the provider's id (Meta's {@code wamid}); null until the provider accepted an outgoing one
 * @param interactive the buttons or list of an outgoing interactive message, in the shape of the send
 *                    request's {@code interactive}; null for any other message
 * @param replyId     the id of the button or list row (or a template quick-reply's payload) a customer's
 *                    reply chose; null for any other message
 */
public record ConversationMessage(
        String id,
        String waMessageId,
        SenderType senderType,
        String senderName,
        String messageType,
        String content,
        String mediaUrl,
        String mediaMimeType,
        Long mediaSize,
        String mediaFileName,
        Double latitude,
        Double longitude,
        String quotedMessageId,
        @Schema(implementation = Object.class, example = """
                {"type": "button", "body": "Pesanan INV-7 sudah sampai?", "footer": "Toko Sapa",
                 "buttons": [{"id": "sudah", "title": "Sudah"}, {"id": "belum", "title": "Belum"}]}""")
        JsonNode interactive,
        @Schema(example = "sudah") String replyId,
        @JsonProperty("isForwarded") boolean forwarded,
        String status,
        String errorMessage,
        Instant sentAt,
        Instant deliveredAt,
        Instant readAt) {
}
