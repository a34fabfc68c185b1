package id.sapa.channel.internal.whapi;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import id.sapa.channel.internal.http.ListSections;
import id.sapa.channel.spi.MessageKind;
import id.sapa.channel.spi.OutboundMessage;
import id.sapa.channel.spi.OutboundMessage.Buttons;
import id.sapa.channel.spi.OutboundMessage.ListMenu;
import id.sapa.channel.spi.OutboundMessage.Media;
import id.sapa.channel.spi.OutboundMessage.Reaction;
import id.sapa.channel.spi.OutboundMessage.Template;
import id.sapa.channel.spi.OutboundMessage.Text;

/** The requests of Whapi's {@code /messages/*} endpoints, as Whapi documents them. */
final class WhapiPayloads {

    private WhapiPayloads() {
    }

    /** A send: the endpoint's path and its JSON body. */
    record Send(String path, Map<String, Object> body) {
    }

    /**
     * The send of a text, a file, reply buttons or a list; reactions go to {@link #reactionPath},
     * and Whapi has no templates.
     */
    static Send message(OutboundMessage message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("to", message.to().phone().digits());
        String path;
        switch (message.content()) {
            case Text text -> {
                path = "/messages/text";
                body.put("body", text.body());
                if (!text.previewUrl()) {
                    body.put("no_link_preview", true);
                }
            }
            case Media media -> {
                path = "/messages/" + endpoint(media);
                // An upload Sapa holds goes as a data URL: Whapi cannot reach Sapa's own media URLs.
                body.put("media", media.bytes() == null ? media.url()
                        : "data:" + media.mimeType() + ";base64," + Base64.getEncoder().encodeToString(media.bytes()));
                if (media.mimeType() != null) {
                    body.put("mime_type", media.mimeType());
                }
                // Whapi documents a caption for images, videos and documents, a file name for documents.
                boolean captioned = media.kind() == MessageKind.IMAGE || media.kind() == MessageKind.VIDEO
                        || media.kind() == MessageKind.DOCUMENT;
                if (captioned && media.caption() != null) {
                    body.put("caption", media.caption());
                }
                if (media.kind() == MessageKind.DOCUMENT && media.fileName() != null) {
                    body.put("filename", media.fileName());
                }
            }
            case Buttons buttons -> {
                path = "/messages/interactive";
                interactive(body, "button", buttons.body(), buttons.footer());
                body.put("action", Map.of("buttons", buttons.buttons().stream()
                        .map(b -> Map.of("type", "quick_reply", "title", b.title(), "id", b.id())).toList()));
            }
            case ListMenu list -> {
                path = "/messages/interactive";
                interactive(body, "list", list.body(), list.footer());
                body.put("action", Map.of("list", Map.of("label", list.buttonLabel(),
                        "sections", ListSections.json(list.sections()))));
            }
            case Reaction reaction -> throw new IllegalArgumentException("a reaction goes to " + reactionPath(reaction));
            case Template template -> throw new IllegalArgumentException("Whapi has no templates");
        }
        if (message.quotedProviderMessageId() != null) {
            body.put("quoted", message.quotedProviderMessageId());
        }
        return new Send(path, body);
    }

    /**
     * Whapi's send endpoint for a media kind: {@code /messages/image|video|audio|voice|document|sticker}.
     * An Ogg (Opus) audio is a voice note, shown with the microphone and waveform, like a recorded one.
     */
    static String endpoint(Media media) {
        return switch (media.kind()) {
            case IMAGE -> "image";
            case VIDEO -> "video";
            case AUDIO -> media.mimeType() != null && media.mimeType().toLowerCase(Locale.ROOT).startsWith("audio/ogg")
                    ? "voice" : "audio";
            case STICKER -> "sticker";
            default -> "document";
        };
    }

    /** {@code PUT} sets the emoji, {@code DELETE} takes it away. */
    static String reactionPath(Reaction reaction) {
        return "/messages/" + URLEncoder.encode(reaction.targetProviderMessageId(), StandardCharsets.UTF_8) + "/reaction";
    }

    static boolean removesReaction(Reaction reaction) {
        return reaction.emoji() == null || reaction.emoji().isEmpty();
    }

    /** {@code PUT /messages/{id}}: marks the customer's message read. */
    static String readPath(String providerMessageId) {
        return "/messages/" + providerMessageId;
    }

    /** Whapi's {@code POST /messages/interactive}: Meta-like body, footer and action, flattened into the request. */
    private static void interactive(Map<String, Object> body, String type, String text, String footer) {
        body.put("type", type);
        body.put("body", Map.of("text", text));
        if (footer != null) {
            body.put("footer", Map.of("text", footer));
        }
    }
}
