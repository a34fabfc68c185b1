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
 * @param interactive  the buttons or list, for an {@code interactive} message
 * @param reaction     the emoji and the message it goes on, for a {@code reaction} message
 */
public record OutgoingMessage(ConversationId conversationId, MessageKind type, String content, String mediaUrl,
        Upload media, MessageId quotedMessageId, UUID quickReplyId, TemplateRef template, Interactive interactive,
        ReactionRef reaction) {

    public OutgoingMessage(ConversationId conversationId, MessageKind type, String content, String mediaUrl,
            Upload media, MessageId quotedMessageId) {
        this(conversationId, type, content, mediaUrl, media, quotedMessageId, null, null, null, null);
    }

    public OutgoingMessage(ConversationId conversationId, MessageKind type, String content, String mediaUrl,
            Upload media, MessageId quotedMessageId, UUID quickReplyId, TemplateRef template) {
        this(conversationId, type, content, mediaUrl, media, quotedMessageId, quickReplyId, template, null, null);
    }

    /**
     * An emoji on one of the conversation's messages.
     *
     * @param messageId the Sapa id of a message of the same conversation that WhatsApp knows
     * @param emoji     the emoji; empty or null takes the business's reaction away
     */
    public record ReactionRef(MessageId messageId, String emoji) {
    }

    /** A file uploaded with the send request. */
    public record Upload(byte[] bytes, String mimeType, String fileName) {
    }

    /**
     * A template by name and language, with the values of its body placeholders and, when the
     * template has them, its header's value and its buttons' values. A positional template's body
     * takes {@code parameters} in order; a named one's takes {@code namedParameters}, each saying
     * which placeholder it fills (in the template's order once checked).
     */
    public record TemplateRef(String name, String language, List<String> parameters, HeaderValue header,
            List<ButtonValue> buttons, List<NamedValue> namedParameters) {

        public TemplateRef {
            parameters = parameters == null ? List.of() : List.copyOf(parameters);
            buttons = buttons == null ? List.of() : List.copyOf(buttons);
            namedParameters = namedParameters == null ? List.of() : List.copyOf(namedParameters);
        }

        public TemplateRef(String name, String language, List<String> parameters, HeaderValue header,
                List<ButtonValue> buttons) {
            this(name, language, parameters, header, buttons, List.of());
        }

        public TemplateRef(String name, String language, List<String> parameters) {
            this(name, language, parameters, null, List.of());
        }
    }

    /** The value of one placeholder of a named template: {@code {{first_name}}} takes {@code first_name}'s. */
    public record NamedValue(String name, String value) {
    }

    /**
     * The value of a template's header: its text placeholder's value, a link to its image, video or
     * document (with a file name for a document), or its place. {@code format} is the header's format
     * as the registry knows it, and {@code parameterName} its text placeholder's name in a named
     * template, both filled in when the send is checked.
     */
    public record HeaderValue(String format, String text, String mediaUrl, String fileName, Place location,
            String parameterName) {

        public HeaderValue(String format, String text, String mediaUrl, String fileName, Place location) {
            this(format, text, mediaUrl, fileName, location, null);
        }

        public HeaderValue checkedAs(String format, String parameterName) {
            return new HeaderValue(format, text, mediaUrl, fileName, location, parameterName);
        }
    }

    public record Place(Double latitude, Double longitude, String name, String address) {
    }

    /**
     * The value of one template button: the dynamic suffix of a {@code url} button's link, or the
     * payload a {@code quick_reply} button sends back when tapped.
     *
     * @param index   the button's position in the template, from 0
     * @param subType {@code url} or {@code quick_reply}
     */
    public record ButtonValue(Integer index, String subType, List<String> parameters, String payload) {

        public ButtonValue {
            parameters = parameters == null ? List.of() : List.copyOf(parameters);
        }
    }
}
