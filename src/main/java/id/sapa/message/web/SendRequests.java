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
import id.sapa.shared.Text;

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
                throw ProblemException.invalidField("template", new Text(
                        "pesan template perlu template {name, language, parameters atau namedParameters}",
                        "a template message needs template {name, language, parameters or namedParameters}"));
            }
            if (upload != null || request.mediaUrl() != null || request.content() != null || request.quickReplyId() != null
                    || request.interactive() != null || request.reaction() != null) {
                throw ProblemException.invalidField("template", new Text("pesan template hanya berisi template dan parameternya",
                        "a template message carries only the template and its parameters"));
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
            throw ProblemException.invalidField("messageType", new Text("harus template untuk mengirim template",
                    "must be template to send a template"));
        }
        if (kind == MessageKind.INTERACTIVE || kind == MessageKind.REACTION) {
            return structured(kind, request, upload);
        }
        if (request.interactive() != null || request.reaction() != null) {
            throw ProblemException.invalidField("messageType", request.interactive() != null
                    ? new Text("harus interactive untuk mengirim tombol atau daftar", "must be interactive to send buttons or a list")
                    : new Text("harus reaction untuk mengirim reaksi", "must be reaction to send a reaction"));
        }
        if (kind == MessageKind.TEXT) {
            if ((request.content() == null || request.content().isBlank()) && request.quickReplyId() == null) {
                throw ProblemException.invalidField("content", new Text("pesan teks perlu content atau quickReplyId",
                        "a text message needs content or a quickReplyId"));
            }
            if (upload != null || request.mediaUrl() != null) {
                throw ProblemException.invalidField("messageType", new Text(
                        "pesan dengan media harus menyebut jenisnya (image, video, audio atau document)",
                        "a message with media must say its kind (image, video, audio or document)"));
            }
        } else {
            if (upload == null && request.mediaUrl() == null) {
                throw ProblemException.invalidField("mediaUrl", new Text("pesan " + kind.code() + " perlu mediaUrl atau berkas yang diunggah",
                        "a " + kind.code() + " message needs mediaUrl or an uploaded file"));
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
            boolean interactive = kind == MessageKind.INTERACTIVE;
            throw ProblemException.invalidField(kind.code(), new Text(
                    "pesan " + kind.code() + " hanya berisi objek " + kind.code() + "-nya"
                            + (interactive ? " (isinya di interactive.body)" : ""),
                    "an " + kind.code() + " message carries only its " + kind.code() + " object"
                            + (interactive ? " (the body is interactive.body)" : "")));
        }
        ConversationId conversationId = new ConversationId(request.conversationId());
        MessageId quoted = request.quotedMessageId() == null ? null : new MessageId(request.quotedMessageId());
        if (kind == MessageKind.REACTION) {
            if (request.reaction() == null) {
                throw ProblemException.invalidField("reaction", new Text("pesan reaksi perlu reaction {messageId, emoji}",
                        "a reaction message needs reaction {messageId, emoji}"));
            }
            if (request.interactive() != null || quoted != null) {
                throw ProblemException.invalidField("reaction", new Text("reaksi menyebut pesannya hanya di reaction.messageId",
                        "a reaction names its message in reaction.messageId only"));
            }
            return new OutgoingMessage(conversationId, kind, null, null, null, null, null, null, null,
                    new ReactionRef(new MessageId(request.reaction().messageId()), request.reaction().emoji()));
        }
        var i = request.interactive();
        if (i == null) {
            throw ProblemException.invalidField("interactive", new Text(
                    "pesan interaktif perlu interactive {type, body, buttons atau sections}",
                    "an interactive message needs interactive {type, body, buttons or sections}"));
        }
        if (request.reaction() != null) {
            throw ProblemException.invalidField("reaction", new Text("pesan interaktif tidak membawa reaksi",
                    "an interactive message carries no reaction"));
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
            String accepted = String.join(", ", limits.mimeTypes());
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, new Text(
                    "WhatsApp tidak menerima " + (type.isEmpty() ? "berkas ini" : type) + " sebagai " + kind.code()
                            + "; yang diterima: " + accepted,
                    "WhatsApp does not take " + (type.isEmpty() ? "this file" : type) + " as " + kind.code()
                            + "; accepted: " + accepted))
                    .with("field", "file");
        }
        if (upload.bytes().length == 0) {
            throw ProblemException.invalidField("file", new Text("kosong", "is empty"));
        }
        if (upload.bytes().length > limits.maxBytes()) {
            long max = limits.maxBytes() / MB;
            long size = (upload.bytes().length + MB - 1) / MB;
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, new Text(
                    "WhatsApp menerima berkas " + kind.code() + " paling besar " + max + " MB; berkas ini " + size + " MB",
                    "WhatsApp takes " + kind.code() + " files up to " + max + " MB; this one is " + size + " MB"))
                    .with("field", "file");
        }
    }
}
