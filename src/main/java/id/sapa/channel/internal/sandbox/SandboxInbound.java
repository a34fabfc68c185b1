package id.sapa.channel.internal.sandbox;

import java.net.URLConnection;
import java.time.Instant;

import org.springframework.stereotype.Component;

import id.sapa.channel.internal.sandbox.SandboxController.SandboxMessage;
import id.sapa.channel.spi.InboundEvent.InboundMedia;
import id.sapa.channel.spi.InboundEvent.InboundMessage;
import id.sapa.channel.spi.InboundEvent.Location;
import id.sapa.channel.spi.MessageKind;
import id.sapa.shared.PhoneNumber;
import id.sapa.shared.PhoneNumber.InvalidPhoneNumberException;
import id.sapa.shared.ProblemException;
import id.sapa.shared.Text;
import id.sapa.shared.WhatsAppUser;

/** Turns a sandbox customer message into the normalised event a real webhook would produce. */
@Component
class SandboxInbound {

    InboundMessage toEvent(SandboxMessage message, String waMessageId, Instant now) {
        MessageKind kind = message.type() == null ? MessageKind.TEXT : MessageKind.fromCode(message.type());
        PhoneNumber from = phone("from", message.from());
        InboundMedia media = null;
        Location location = null;
        String text = message.text();
        if (kind.isMedia()) {
            byte[] bytes = message.mediaBytes();
            if (bytes == null && message.mediaUrl() == null) {
                throw ProblemException.invalidField("mediaUrl", new Text("pesan " + kind.code() + " perlu mediaUrl atau mediaBase64",
                        "a " + kind.code() + " message needs mediaUrl or mediaBase64"));
            }
            media = new InboundMedia(bytes, message.mediaUrl(), mimeType(message, kind), message.fileName(), text);
        } else if (kind == MessageKind.LOCATION) {
            if (message.latitude() == null || message.longitude() == null) {
                throw ProblemException.invalidField("latitude", new Text("pesan lokasi perlu latitude dan longitude",
                        "a location message needs latitude and longitude"));
            }
            location = new Location(message.latitude(), message.longitude(), null, null);
        } else if (text == null || text.isBlank()) {
            throw ProblemException.invalidField("text", new Text("pesan " + kind.code() + " perlu teks", "a " + kind.code() + " message needs text"));
        }
        if (kind == MessageKind.INTERACTIVE && (message.replyId() == null || message.replyId().isBlank())) {
            throw ProblemException.invalidField("replyId", new Text("balasan interaktif perlu replyId dari tombol atau baris yang diketuk",
                    "an interactive reply needs the replyId of the button or row tapped"));
        }
        return new InboundMessage(waMessageId, WhatsAppUser.of(from), message.name(), now, kind, text, media, location,
                message.quotedWaMessageId(), Boolean.TRUE.equals(message.forwarded()),
                kind == MessageKind.INTERACTIVE ? message.replyId() : null);
    }

    static PhoneNumber phone(String field, String text) {
        try {
            return PhoneNumber.parse(text);
        } catch (InvalidPhoneNumberException e) {
            throw ProblemException.invalidField(field, e.reason());
        }
    }

    private static String mimeType(SandboxMessage message, MessageKind kind) {
        if (message.mimeType() != null) {
            return message.mimeType();
        }
        String guessed = message.fileName() == null ? null : URLConnection.guessContentTypeFromName(message.fileName());
        if (guessed != null) {
            return guessed;
        }
        return switch (kind) {
            case IMAGE -> "image/jpeg";
            case VIDEO -> "video/mp4";
            case AUDIO -> "audio/ogg";
            case STICKER -> "image/webp";
            default -> "application/octet-stream";
        };
    }
}
