package id.sapa.channel.internal.cloudapi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.sapa.channel.internal.ItemFailures;
import id.sapa.channel.spi.InboundEvent;
import id.sapa.channel.spi.InboundEvent.DeliveryStatus;
import id.sapa.channel.spi.InboundEvent.InboundMedia;
import id.sapa.channel.spi.InboundEvent.InboundMessage;
import id.sapa.channel.spi.InboundEvent.Location;
import id.sapa.channel.spi.InboundEvent.StatusUpdate;
import id.sapa.channel.spi.MessageKind;
import id.sapa.shared.PhoneNumber;
import tools.jackson.databind.JsonNode;

/**
 * Reads Meta's webhook envelope ({@code entry[].changes[].value}) into normalised events, one
 * change at a time: messages with their sender's profile name, and delivery statuses.
 */
final class CloudApiWebhookParser {

    private CloudApiWebhookParser() {
    }

    /** One {@code changes[]} item. */
    record Change(String businessAccountId, String field, String phoneNumberId, JsonNode value) {
    }

    /** An inbound message, with the media id still to fetch when it carries a file. */
    record Parsed(InboundEvent event, String mediaId) {
    }

    static List<Change> changes(JsonNode root) {
        List<Change> changes = new ArrayList<>();
        for (JsonNode entry : root.path("entry")) {
            for (JsonNode change : entry.path("changes")) {
                JsonNode value = change.path("value");
                changes.add(new Change(entry.path("id").asString(null), change.path("field").asString(""),
                        value.path("metadata").path("phone_number_id").asString(null), value));
            }
        }
        return changes;
    }

    /**
     * The events of a {@code messages} change: messages first, then statuses. An item that cannot
     * be read goes to {@code failures} and the others are read on.
     */
    static List<Parsed> events(JsonNode value, ItemFailures failures) {
        Map<String, String> names = new HashMap<>();
        for (JsonNode contact : value.path("contacts")) {
            String name = contact.path("profile").path("name").asString(null);
            if (name != null) {
                names.put(contact.path("wa_id").asString(""), name);
            }
        }
        List<Parsed> events = new ArrayList<>();
        for (JsonNode message : value.path("messages")) {
            try {
                events.add(message(message, names));
            } catch (RuntimeException unreadable) {
                // One malformed item must not make Meta redeliver the whole batch for days.
                failures.unreadable(message.path("id").asString(""), unreadable);
            }
        }
        for (JsonNode status : value.path("statuses")) {
            try {
                events.add(new Parsed(status(status), null));
            } catch (RuntimeException unreadable) {
                failures.unreadable(status.path("id").asString(""), unreadable);
            }
        }
        return events;
    }

    private static Parsed message(JsonNode m, Map<String, String> names) {
        String from = m.path("from").asString();
        String type = m.path("type").asString("unsupported");
        String text = null;
        MessageKind kind;
        InboundMedia media = null;
        String mediaId = null;
        Location location = null;
        String replyId = null;
        String quoted = m.path("context").path("id").asString(null);
        switch (type) {
            case "text" -> {
                kind = MessageKind.TEXT;
                text = m.path("text").path("body").asString(null);
            }
            case "image", "video", "audio", "document", "sticker" -> {
                kind = MessageKind.fromCode(type);
                JsonNode object = m.path(type);
                mediaId = object.path("id").asString(null);
                String caption = object.path("caption").asString(null);
                String fileName = object.path("filename").asString(null);
                if (fileName == null && object.path("voice").asBoolean(false)) {
                    fileName = "voice-note.ogg";
                }
                media = new InboundMedia(null, null, object.path("mime_type").asString(null), fileName, caption);
            }
            case "location" -> {
                kind = MessageKind.LOCATION;
                JsonNode l = m.path("location");
                location = new Location(l.path("latitude").asDouble(), l.path("longitude").asDouble(),
                        l.path("name").asString(null), l.path("address").asString(null));
                text = joined(location.name(), location.address());
            }
            case "contacts" -> {
                kind = MessageKind.CONTACTS;
                List<String> cards = new ArrayList<>();
                for (JsonNode contact : m.path("contacts")) {
                    List<String> numbers = new ArrayList<>();
                    for (JsonNode phone : contact.path("phones")) {
                        numbers.add(phone.path("phone").asString(""));
                    }
                    String phones = numbers.stream().filter(p -> !p.isBlank()).collect(Collectors.joining(", "));
                    cards.add(joined(contact.path("name").path("formatted_name").asString(null), phones));
                }
                text = String.join("\n", cards);
            }
            case "interactive" -> {
                kind = MessageKind.INTERACTIVE;
                JsonNode i = m.path("interactive");
                JsonNode reply = i.path("type").asString("").equals("list_reply") ? i.path("list_reply") : i.path("button_reply");
                text = reply.path("title").asString(null);
                replyId = reply.path("id").asString(null);
            }
            case "button" -> {
                // A quick-reply button of a template the business sent.
                kind = MessageKind.INTERACTIVE;
                text = m.path("button").path("text").asString(null);
                replyId = m.path("button").path("payload").asString(null);
            }
            case "reaction" -> {
                kind = MessageKind.REACTION;
                String emoji = m.path("reaction").path("emoji").asString("");
                // An empty emoji means the customer took the reaction back.
                text = emoji.isEmpty() ? null : emoji;
                quoted = m.path("reaction").path("message_id").asString(null);
            }
            case "system" -> {
                kind = MessageKind.SYSTEM;
                text = m.path("system").path("body").asString(null);
            }
            default -> {
                kind = MessageKind.UNSUPPORTED;
                JsonNode error = m.path("errors").path(0);
                text = error.isMissingNode() ? "Unsupported message type: " + type
                        : joined(error.path("title").asString(null), error.path("error_data").path("details").asString(null));
            }
        }
        InboundMessage message = new InboundMessage(m.path("id").asString(), waId(from), names.get(from),
                instant(m.path("timestamp")), kind, text, media, location, quoted,
                m.path("context").path("forwarded").asBoolean(false), replyId);
        return new Parsed(message, mediaId);
    }

    private static StatusUpdate status(JsonNode s) {
        DeliveryStatus status = switch (s.path("status").asString("")) {
            case "delivered" -> DeliveryStatus.DELIVERED;
            case "read" -> DeliveryStatus.READ;
            case "played" -> DeliveryStatus.PLAYED;
            case "failed" -> DeliveryStatus.FAILED;
            default -> DeliveryStatus.SENT;
        };
        JsonNode error = s.path("errors").path(0);
        String code = error.isMissingNode() ? null : error.path("code").asString(null);
        String message = null;
        if (!error.isMissingNode()) {
            message = code != null && code.equals(String.valueOf(CloudApiErrors.WINDOW_CLOSED))
                    ? "The 24-hour customer service window is closed; send an approved template instead"
                    : joined(first(error.path("message").asString(null), error.path("title").asString(null)),
                            error.path("error_data").path("details").asString(null));
        }
        return new StatusUpdate(s.path("id").asString(), status, instant(s.path("timestamp")), code, message);
    }

    /** Meta sends Unix seconds as a string. */
    private static Instant instant(JsonNode timestamp) {
        String value = timestamp.asString("");
        return value.matches("\\d+") ? Instant.ofEpochSecond(Long.parseLong(value)) : Instant.now();
    }

    /** A WhatsApp id is the number's digits; Meta's id wins over local numbering rules. */
    static PhoneNumber waId(String digits) {
        PhoneNumber phone = CloudApiProvider.phone(digits);
        if (phone == null) {
            throw new IllegalArgumentException("no WhatsApp id in '" + digits + "'");
        }
        return phone;
    }

    private static String joined(String first, String second) {
        if (first == null || first.isBlank()) {
            return second == null || second.isBlank() ? null : second;
        }
        return second == null || second.isBlank() ? first : first + " — " + second;
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
