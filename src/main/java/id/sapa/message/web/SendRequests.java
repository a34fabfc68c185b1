package id.sapa.message.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import id.sapa.channel.spi.MessageKind;
import id.sapa.message.Interactive;
import id.sapa.message.OutgoingMessage;
import id.sapa.message.OutgoingMessage.ReactionRef;
import id.sapa.message.OutgoingMessage.ButtonValue;
import id.sapa.message.OutgoingMessage.HeaderValue;
import id.sapa.message.OutgoingMessage.NamedValue;
import id.sapa.message.OutgoingMessage.Place;
import id.sapa.message.OutgoingMessage.TemplateRef;
import id.sapa.message.OutgoingMessage.Upload;
import id.sapa.shared.ConversationId;
import id.sapa.shared.MessageId;
import id.sapa.shared.ProblemException;
import id.sapa.shared.ProblemType;

/**
 * Checks a send request against what WhatsApp accepts: text needs content; media needs a URL or
 * a file of a type and size WhatsApp takes for that kind.
 */
@Component
class SendRequests {

    private static final long MB = 1024 * 1024;

    private record Limits(Set<String> mimeTypes, long maxBytes) {
    }

    private static final Map<MessageKind, Limits> LIMITS = Map.of(
            MessageKind.IMAGE, new Limits(Set.of("image/jpeg", "image/png"), 5 * MB),
            MessageKind.VIDEO, new Limits(Set.of("video/mp4", "video/3gpp"), 16 * MB),
            MessageKind.AUDIO, new Limits(Set.of("audio/aac", "audio/mp4", "audio/mpeg", "audio/amr", "audio/ogg"), 16 * MB),
            MessageKind.DOCUMENT, new Limits(Set.of("application/pdf", "text/plain", "application/msword",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "application/vnd.ms-excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "application/vnd.ms-powerpoint",
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation"), 100 * MB));

    OutgoingMessage toOutgoing(SendRequest request, Upload upload) {
        MessageKind kind = request.messageType() == null ? (upload != null ? MessageKind.DOCUMENT : MessageKind.TEXT)
                : MessageKind.fromCode(request.messageType());
        if (kind == MessageKind.TEMPLATE) {
            if (request.template() == null) {
                throw ProblemException.invalidField("template", "a template message needs template {name, language, parameters or namedParameters}");
            }
            if (upload != null || request.mediaUrl() != null || request.content() != null || request.quickReplyId() != null
                    || request.interactive() != null || request.reaction() != null) {
                throw ProblemException.invalidField("template", "a template message carries only the template and its parameters");
            }
            var t = request.template();
            return new OutgoingMessage(new ConversationId(request.conversationId()), kind, null, null, null,
                    request.quotedMessageId() == null ? null : new MessageId(request.quotedMessageId()), null,
                    new TemplateRef(t.name().strip(), t.language().strip(), t.parameters(), header(t.header()),
                            t.buttons() == null ? List.of() : t.buttons().stream()
                                    .map(b -> new ButtonValue(b.index(), b.subType(), b.parameters(), b.payload())).toList(),
                            t.namedParameters() == null ? List.of() : t.namedParameters().entrySet().stream()
                                    .map(e -> new NamedValue(e.getKey(), e.getValue())).toList()));
        }
        if (request.template() != null) {
            throw ProblemException.invalidField("messageType", "must be template to send a template");
        }
        if (kind == MessageKind.INTERACTIVE || kind == MessageKind.REACTION) {
            return structured(kind, request, upload);
        }
        if (request.interactive() != null || request.reaction() != null) {
            throw ProblemException.invalidField("messageType", "must be " + (request.interactive() != null ? "interactive" : "reaction")
                    + " to send " + (request.interactive() != null ? "buttons or a list" : "a reaction"));
        }
        if (kind == MessageKind.TEXT) {
            if ((request.content() == null || request.content().isBlank()) && request.quickReplyId() == null) {
                throw ProblemException.invalidField("content", "a text message needs content or a quickReplyId");
            }
            if (upload != null || request.mediaUrl() != null) {
                throw ProblemException.invalidField("messageType", "a message with media must say its kind (image, video, audio or document)");
            }
        } else {
            if (upload == null && request.mediaUrl() == null) {
                throw ProblemException.invalidField("mediaUrl", "a " + kind.code() + " message needs mediaUrl or an uploaded file");
            }
            if (upload != null) {
                check(kind, upload);
            }
        }
        return new OutgoingMessage(new ConversationId(request.conversationId()), kind, request.content(), request.mediaUrl(),
                upload, request.quotedMessageId() == null ? null : new MessageId(request.quotedMessageId()),
                request.quickReplyId(), null);
    }

    /** Buttons, a list or a reaction: nothing else rides along. */
    private static OutgoingMessage structured(MessageKind kind, SendRequest request, Upload upload) {
        if (upload != null || request.mediaUrl() != null || request.content() != null || request.quickReplyId() != null) {
            throw ProblemException.invalidField(kind.code(), "an " + kind.code() + " message carries only its "
                    + kind.code() + " object" + (kind == MessageKind.INTERACTIVE ? " (the body is interactive.body)" : ""));
        }
        ConversationId conversationId = new ConversationId(request.conversationId());
        MessageId quoted = request.quotedMessageId() == null ? null : new MessageId(request.quotedMessageId());
        if (kind == MessageKind.REACTION) {
            if (request.reaction() == null) {
                throw ProblemException.invalidField("reaction", "a reaction message needs reaction {messageId, emoji}");
            }
            if (request.interactive() != null || quoted != null) {
                throw ProblemException.invalidField("reaction", "a reaction names its message in reaction.messageId only");
            }
            return new OutgoingMessage(conversationId, kind, null, null, null, null, null, null, null,
                    new ReactionRef(new MessageId(request.reaction().messageId()), request.reaction().emoji()));
        }
        var i = request.interactive();
        if (i == null) {
            throw ProblemException.invalidField("interactive", "an interactive message needs interactive {type, body, buttons or sections}");
        }
        if (request.reaction() != null) {
            throw ProblemException.invalidField("reaction", "an interactive message carries no reaction");
        }
        Interactive interactive = new Interactive(i.type(), i.body(), i.footer(),
                i.buttons() == null ? null : i.buttons().stream().map(b -> new Interactive.Choice(b.id(), b.title())).toList(),
                i.buttonLabel(),
                i.sections() == null ? null : i.sections().stream().map(s -> new Interactive.Section(s.title(),
                        s.rows() == null ? null : s.rows().stream()
                                .map(r -> new Interactive.Row(r.id(), r.title(), r.description())).toList())).toList());
        return new OutgoingMessage(conversationId, kind, null, null, null, quoted, null, null, interactive, null);
    }

    private static HeaderValue header(SendRequest.TemplateHeader header) {
        if (header == null) {
            return null;
        }
        var l = header.location();
        return new HeaderValue(null, header.text(), header.mediaUrl(), header.fileName(),
                l == null ? null : new Place(l.latitude(), l.longitude(), l.name(), l.address()));
    }

    private static void check(MessageKind kind, Upload upload) {
        Limits limits = LIMITS.get(kind);
        String type = upload.mimeType() == null ? "" : upload.mimeType().toLowerCase().split(";")[0].strip();
        if (!limits.mimeTypes().contains(type)) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "WhatsApp does not take " + (type.isEmpty() ? "this file" : type)
                    + " as " + kind.code() + "; accepted: " + String.join(", ", limits.mimeTypes()))
                    .with("field", "file");
        }
        if (upload.bytes().length == 0) {
            throw ProblemException.invalidField("file", "is empty");
        }
        if (upload.bytes().length > limits.maxBytes()) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "WhatsApp takes " + kind.code() + " files up to "
                    + limits.maxBytes() / MB + " MB; this one is " + (upload.bytes().length + MB - 1) / MB + " MB")
                    .with("field", "file");
        }
    }
}
