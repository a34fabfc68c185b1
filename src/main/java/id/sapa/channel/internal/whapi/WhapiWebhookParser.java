package id.sapa.channel.internal.whapi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import id.sapa.channel.spi.InboundEvent;
import id.sapa.channel.spi.InboundEvent.DeliveryStatus;
import id.sapa.channel.spi.InboundEvent.InboundMedia;
import id.sapa.channel.spi.InboundEvent.InboundMessage;
import id.sapa.channel.spi.InboundEvent.Location;
import id.sapa.channel.spi.InboundEvent.OwnMessage;
import id.sapa.channel.spi.InboundEvent.StatusUpdate;
import id.sapa.channel.spi.MessageKind;
import id.sapa.channel.spi.SkippedItems;
import id.sapa.shared.PhoneNumber;
import id.sapa.shared.WhatsAppUser;
import tools.jackson.databind.JsonNode;

/**
 * Reads Whapi's webhook ({@code messages[]}, {@code statuses[]}) into normalised events. Messages
 * with {@code from_me} are the owner's own (typed on the phone, or echoes of Sapa's sends).
 */
final class WhapiWebhookParser {

    private WhapiWebhookParser() {
    }

    /** An event, with the media still to fetch when it carries a file. */
    record Parsed(InboundEvent event, String mediaId, String mediaLink) {
    }

    /** The events of the body; an item that cannot be read goes to {@code failures} and the others are read on. */
    static List<Parsed> events(JsonNode root, SkippedItems failures) {
        List<Parsed> events = new ArrayList<>();
        for (JsonNode m : root.path("messages")) {
            String chat = m.path("chat_id").asString("");
            if (chat.endsWith("@g.us")) {
                continue; // group chats are not customer conversations
            }
            try {
                events.add(message(m));
            } catch (RuntimeException unreadable) {
                failures.unreadable(m.path("id").asString(""), unreadable);
            }
        }
        for (JsonNode s : root.path("statuses")) {
            try {
                DeliveryStatus status = switch (s.path("status").asString("")) {
                    case "sent" -> DeliveryStatus.SENT;
                    case "delivered" -> DeliveryStatus.DELIVERED;
                    case "read" -> DeliveryStatus.READ;
                    case "played" -> DeliveryStatus.PLAYED;
                    case "failed" -> DeliveryStatus.FAILED;
                    default -> null; // pending, deleted: nothing to record
                };
                if (status != null) {
                    events.add(new Parsed(new StatusUpdate(s.path("id").asString(), status, instant(s.path("timestamp")),
                            status == DeliveryStatus.FAILED ? s.path("code").asString(null) : null,
                            status == DeliveryStatus.FAILED ? "WhatsApp did not deliver the message (Whapi status failed)" : null),
                            null, null));
                }
            } catch (RuntimeException unreadable) {
                failures.unreadable(s.path("id").asString(""), unreadable);
            }
        }
        return events;
    }

    private static Parsed message(JsonNode m) {
        String type = m.path("type").asString("unknown");
        MessageKind kind;
        String text = null;
        InboundMedia media = null;
        String mediaId = null;
        String mediaLink = null;
        Location location = null;
        String replyId = null;
        String quoted = m.path("context").path("quoted_id").asString(null);
        switch (type) {
            case "text" -> {
                kind = MessageKind.TEXT;
                text = m.path("text").path("body").asString(null);
            }
            case "link_preview" -> {
                kind = MessageKind.TEXT;
                text = m.path("link_preview").path("body").asString(null);
            }
            case "image", "video", "short", "gif", "audio", "voice", "document", "sticker" -> {
                kind = switch (type) {
                    case "image" -> MessageKind.IMAGE;
                    case "video", "short", "gif" -> MessageKind.VIDEO;
                    case "audio", "voice" -> MessageKind.AUDIO;
                    case "document" -> MessageKind.DOCUMENT;
                    default -> MessageKind.STICKER;
                };
                JsonNode object = m.path(type);
                mediaId = object.path("id").asString(null);
                mediaLink = object.path("link").asString(null);
                String fileName = object.path("filename").asString(object.path("file_name").asString(null));
                media = new InboundMedia(null, null, object.path("mime_type").asString(null),
                        fileName == null && type.equals("voice") ? "voice-note.ogg" : fileName,
                        object.path("caption").asString(null));
            }
            case "location", "live_location" -> {
                kind = MessageKind.LOCATION;
                JsonNode l = m.path(type);
                location = new Location(l.path("latitude").asDouble(), l.path("longitude").asDouble(),
                        l.path("name").asString(null), l.path("address").asString(null));
                text = location.name() != null ? location.name() : location.address();
            }
            case "contact" -> {
                kind = MessageKind.CONTACTS;
                text = m.path("contact").path("name").asString(null);
            }
            case "contact_list" -> {
                kind = MessageKind.CONTACTS;
                List<String> names = new ArrayList<>();
                m.path("contact_list").path("list").forEach(card -> {
                    String name = card.path("name").asString(null);
                    if (name != null) {
                        names.add(name);
                    }
                });
                text = names.isEmpty() ? null : String.join(", ", names);
            }
            case "reply" -> {
                kind = MessageKind.INTERACTIVE;
                JsonNode reply = m.path("reply");
                JsonNode chosen = reply.path(reply.path("type").asString("buttons_reply"));
                text = chosen.path("title").asString(null);
                // Whapi prefixes the id it was sent with the kind of message ("ButtonsV3:sudah", "ListV3:jam").
                replyId = chosen.path("id").asString(null);
                if (replyId != null) {
                    replyId = replyId.replaceFirst("^[A-Za-z]+V\\d+:", "");
                }
            }
            case "interactive" -> {
                kind = MessageKind.INTERACTIVE;
                text = m.path("interactive").path("body").path("text").asString(null);
            }
            case "hsm" -> {
                kind = MessageKind.TEMPLATE;
                text = m.path("hsm").path("body").asString(null);
            }
            case "system" -> {
                kind = MessageKind.SYSTEM;
                text = m.path("system").path("body").asString(null);
            }
            case "action" -> {
                JsonNode action = m.path("action");
                if (action.path("type").asString("").equals("reaction")) {
                    kind = MessageKind.REACTION;
                    String emoji = action.path("emoji").asString("");
                    text = emoji.isEmpty() ? null : emoji;
                    quoted = action.path("target").asString(null);
                } else {
                    kind = MessageKind.SYSTEM;
                    text = action.path("type").asString(null);
                }
            }
            default -> {
                // poll, order, product, group_invite … and types Whapi adds later: kept, not lost.
                kind = MessageKind.UNSUPPORTED;
                text = "Unsupported message type: " + type;
            }
        }
        Instant at = instant(m.path("timestamp"));
        String id = m.path("id").asString();
        if (m.path("from_me").asBoolean(false)) {
            return new Parsed(new OwnMessage(id, WhatsAppUser.of(PhoneNumber.ofWhatsAppId(m.path("chat_id").asString())), at,
                    kind, text, media),
                    mediaId, mediaLink);
        }
        PhoneNumber from = PhoneNumber.ofWhatsAppId(m.path("from").asString(m.path("chat_id").asString()));
        return new Parsed(new InboundMessage(id, WhatsAppUser.of(from), m.path("from_name").asString(null), at, kind, text, media, location,
                quoted, forwarded(m.path("context")), replyId), mediaId, mediaLink);
    }

    /** Whapi marks forwarded messages like Meta does, and "forwarded many times" as well. */
    private static boolean forwarded(JsonNode context) {
        return context.path("forwarded").asBoolean(false) || context.path("frequently_forwarded").asBoolean(false)
                || context.path("forwarding_score").asInt(0) > 0;
    }

    /** Whapi sends Unix seconds, as a number in messages and as a string in statuses. */
    private static Instant instant(JsonNode timestamp) {
        String value = timestamp.asString("");
        return value.matches("\\d+") ? Instant.ofEpochSecond(Long.parseLong(value)) : Instant.now();
    }
}
