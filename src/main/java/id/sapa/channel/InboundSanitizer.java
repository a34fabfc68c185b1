package id.sapa.channel;

import id.sapa.channel.spi.InboundEvent;
import id.sapa.channel.spi.InboundEvent.IdentityChanged;
import id.sapa.channel.spi.InboundEvent.InboundMedia;
import id.sapa.channel.spi.InboundEvent.InboundMessage;
import id.sapa.channel.spi.InboundEvent.Location;
import id.sapa.channel.spi.InboundEvent.OwnMessage;
import id.sapa.channel.spi.InboundEvent.StatusUpdate;
import id.sapa.channel.spi.InboundEvent.Typing;
import id.sapa.shared.Text;
import id.sapa.shared.WhatsAppUser;

/**
 * Makes a provider's event fit what Sapa stores, whatever the provider sent: PostgreSQL refuses
 * U+0000 in a text, and one value longer than its column fails the whole insert. Texts lose their
 * NULs; names, file names and mime types are cut to their columns. An event whose own id does not
 * fit is refused (cut, two different messages could become one), while a reference that does not
 * fit (the quoted message, a reply id) is dropped and the message kept.
 */
final class InboundSanitizer {

    /** {@code messages.wa_message_id}, {@code messages.quoted_wa_message_id}. */
    static final int PROVIDER_ID = 128;
    /** {@code contacts.name}, {@code conversations.customer_name}, {@code messages.sender_name}. */
    static final int PROFILE_NAME = 100;
    /** {@code messages.media_mime_type}, {@code media.mime_type}. */
    static final int MIME_TYPE = 100;
    /** {@code messages.media_file_name}, {@code media.file_name}. */
    static final int FILE_NAME = 255;
    /** {@code messages.reply_id}. */
    static final int REPLY_ID = 256;
    /** {@code messages.error_code}. */
    static final int ERROR_CODE = 50;

    private InboundSanitizer() {
    }

    sealed interface Verdict {
    }

    record Clean(InboundEvent event) implements Verdict {
    }

    /** The event cannot be stored; {@code field} names what was wrong with it. */
    record Refused(String field, Text reason) implements Verdict {
    }

    static Verdict check(InboundEvent event) {
        String id = text(event.providerMessageId());
        if (length(id) > PROVIDER_ID) {
            return new Refused("providerMessageId", new Text("lebih panjang dari " + PROVIDER_ID + " karakter",
                    "is longer than " + PROVIDER_ID + " characters"));
        }
        return new Clean(switch (event) {
            case InboundMessage m -> new InboundMessage(id, user(m.from()), cut(m.profileName(), PROFILE_NAME), m.timestamp(),
                    m.kind(), text(m.text()), media(m.media()), location(m.location()),
                    reference(m.quotedProviderMessageId(), PROVIDER_ID), m.forwarded(), reference(m.replyId(), REPLY_ID));
            case OwnMessage m -> new OwnMessage(id, m.to(), m.timestamp(), m.kind(), text(m.text()), media(m.media()));
            case StatusUpdate s -> new StatusUpdate(id, s.status(), s.timestamp(), cut(s.errorCode(), ERROR_CODE),
                    text(s.errorMessage()));
            case Typing typing -> typing;
            case IdentityChanged c -> new IdentityChanged(id, user(c.from()), user(c.to()), c.timestamp(), text(c.text()));
        });
    }

    private static WhatsAppUser user(WhatsAppUser user) {
        return new WhatsAppUser(user.phone(), text(user.userId()), text(user.parentUserId()), text(user.username()));
    }

    private static InboundMedia media(InboundMedia media) {
        return media == null ? null
                : new InboundMedia(media.bytes(), text(media.url()), cut(media.mimeType(), MIME_TYPE),
                        cut(media.fileName(), FILE_NAME), text(media.caption()));
    }

    private static Location location(Location location) {
        return location == null ? null
                : new Location(location.latitude(), location.longitude(), text(location.name()), text(location.address()));
    }

    private static String reference(String id, int limit) {
        String clean = text(id);
        return length(clean) > limit ? null : clean;
    }

    /** Cut to the column's length, which PostgreSQL counts in characters: never inside a surrogate pair. */
    private static String cut(String value, int limit) {
        String clean = text(value);
        return length(clean) <= limit ? clean : clean.substring(0, clean.offsetByCodePoints(0, limit));
    }

    private static String text(String value) {
        return value == null || value.indexOf('\u0000') < 0 ? value : value.replace("\u0000", "");
    }

    private static int length(String value) {
        return value == null ? 0 : value.codePointCount(0, value.length());
    }
}
