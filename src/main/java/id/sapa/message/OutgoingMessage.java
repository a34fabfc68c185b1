package id.sapa.message;

import java.util.List;
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
 * @param template     the approved template to send, for a {@code template} message
 */
public record OutgoingMessage(ConversationId conversationId, MessageKind type, String content, String mediaUrl,
        Upload media, MessageId quotedMessageId, UUID quickReplyId, TemplateRef template) {

    public OutgoingMessage(ConversationId conversationId, MessageKind type, String content, String mediaUrl,
            Upload media, MessageId quotedMessageId) {
        this(conversationId, type, content, mediaUrl, media, quotedMessageId, null, null);
    }

    /** A file uploaded with the send request. */
    public record Upload(byte[] bytes, String mimeType, String fileName) {
    }

    /** A template by name and language, with the values of its body placeholders in order. */
    public record TemplateRef(String name, String language, List<String> parameters) {

        public TemplateRef {
            parameters = parameters == null ? List.of() : List.copyOf(parameters);
        }
    }
}
