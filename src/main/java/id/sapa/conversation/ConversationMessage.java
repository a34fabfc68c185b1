package id.sapa.conversation;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A message as the inbox shows it, in a conversation's detail and in the message history (seed
 * 002, Messages module). Kinds and statuses travel as their codes: their types belong to the
 * modules that define them.
 */
public record ConversationMessage(
        String id,
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
        @JsonProperty("isForwarded") boolean forwarded,
        String status,
        String errorMessage,
        Instant sentAt,
        Instant deliveredAt,
        Instant readAt) {
}
