package id.sapa.message;

import java.util.UUID;

import id.sapa.channel.spi.MessageKind;
import id.sapa.shared.ConversationId;
import id.sapa.shared.MessageId;

/**
 * What a team member asks to send.
 *
 * @param media        uploaded bytes, or null when the message is text or carries a {@code mediaUrl}
 * @param quickReplyId the quick reply it was written with: its text (placeholders filled from the
 *                     contact) when {@code content} is empty, and its use is counted either way
 */
public record OutgoingMessage(ConversationId conversationId, MessageKind type, String content, String mediaUrl,
        Upload media, MessageId quotedMessageId, UUID quickReplyId) {

    /** A file uploaded with the send request. */
    public record Upload(byte[] bytes, String mimeType, String fileName) {
    }
}
