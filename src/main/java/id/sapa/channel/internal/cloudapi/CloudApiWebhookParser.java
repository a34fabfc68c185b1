package id.sapa.channel.internal.cloudapi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import id.sapa.channel.spi.InboundEvent;
import id.sapa.channel.spi.InboundEvent.DeliveryStatus;
import id.sapa.channel.spi.InboundEvent.IdentityChanged;
import id.sapa.channel.spi.InboundEvent.InboundMedia;
import id.sapa.channel.spi.InboundEvent.InboundMessage;
import id.sapa.channel.spi.InboundEvent.Location;
import id.sapa.channel.spi.InboundEvent.StatusUpdate;
import id.sapa.channel.spi.MessageKind;
import id.sapa.channel.spi.SkippedItems;
import id.sapa.shared.PhoneNumber;
import id.sapa.shared.WhatsAppUser;
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
     * Who a {@code contacts[]} entry names: since 2026 Meta adds the business-scoped user id
     * ({@code user_id}) and, for a customer with a username, may leave out {@code wa_id}.
     */
    private record Sender(String waId, String userId, String parentUserId, String username, String name) {
    }

    /**
     * The events of a {@code messages} change: messages first, then statuses. An item that cannot
     * be read goes to {@code failures} and the others are read on.
     */
    static List<Parsed> events(JsonNode value, SkippedItems failures) {
        List<Sender> senders = new ArrayList<>();
        for (JsonNode contact : value.path("contacts")) {
            JsonNode profile = contact.path("profile");
            senders.add(new Sender(text(contact, "wa_id"), text(contact, "user_id"), text(contact, "parent_user_id"),
                    text(profile, "username"), text(profile, "name")));
        }
        List<Parsed> events = new ArrayList<>();
        for (JsonNode message : value.path("messages")) {
            try {
                events.add(message(message, senders));
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

    /**
     * The customer a message is from: its own {@code from} / {@code from_user_id}, completed by
     * the {@code contacts[]} entry naming the same person (or the only entry there is).
     */
    private static WhatsAppUser sender(JsonNode m, List<Sender> senders) {
        String from = text(m, "from");
        String fromUserId = text(m, "from_user_id");
        Sender contact = senders.stream()
                .filter(c -> (from != null && from.equals(c.waId())) || (fromUserId != null && fromUserId.equals(c.userId())))
                .findFirst().orElse(senders.size() == 1 ? senders.getFirst() : null);
        String waId = from != null ? from : contact == null ? null : contact.waId();
        String userId = fromUserId != null ? fromUserId : contact == null ? null : contact.userId();
        String parent = first(text(m, "from_parent_user_id"), contact == null ? null : contact.parentUserId());
        if (waId == null && userId == null) {
            throw new IllegalArgumentException("neither a WhatsApp id nor a user id names the sender");
        }
        return new WhatsAppUser(waId == null ? null : PhoneNumber.ofWhatsAppId(waId), userId, parent,
                contact == null ? null : contact.username());
    }

    private static String profileName(WhatsAppUser from, List<Sender> senders) {
        return senders.stream()
                .filter(c -> (from.phone() != null && from.phone().digits().equals(c.waId()))
                        || (from.userId() != null && from.userId().equals(c.userId())))
                .map(Sender::name).filter(name -> name != null).findFirst()
                .orElse(senders.size() == 1 ? senders.getFirst().name() : null);
    }

    private static Parsed message(JsonNode m, List<Sender> senders) {
        WhatsAppUser from = sender(m, senders);
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
                JsonNode system = m.path("system");
                String body = text(system, "body");
                String newWaId = text(system, "wa_id");
                String newUserId = text(system, "user_id");
                if (newWaId != null || newUserId != null) {
                    // "User A changed from <old> to <new>": the same customer under new identifiers.
                    WhatsAppUser to = new WhatsAppUser(newWaId == null ? null : PhoneNumber.ofWhatsAppId(newWaId),
                            newUserId, null, null);
                    return new Parsed(new IdentityChanged(m.path("id").asString(), from, to, instant(m.path("timestamp")),
                            body), null);
                }
                kind = MessageKind.SYSTEM;
                text = body;
            }
            default -> {
                kind = MessageKind.UNSUPPORTED;
                JsonNode error = m.path("errors").path(0);
                text = error.isMissingNode() ? "Unsupported message type: " + type
                        : joined(error.path("title").asString(null), error.path("error_data").path("details").asString(null));
            }
        }
        JsonNode context = m.path("context");
        // "Forwarded many times" (more than five) is forwarded too.
        boolean forwarded = context.path("forwarded").asBoolean(false) || context.path("frequently_forwarded").asBoolean(false);
        InboundMessage message = new InboundMessage(m.path("id").asString(), from, profileName(from, senders),
                instant(m.path("timestamp")), kind, text, media, location, quoted, forwarded, replyId);
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

    /** A string field, or null when it is absent, empty or not a string (a malformed item must not throw). */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isString() && !value.isNumber()) {
            return null;
        }
        String text = value.asString();
        return text.isBlank() ? null : text;
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
