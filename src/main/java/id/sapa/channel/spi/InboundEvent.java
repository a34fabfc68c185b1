package id.sapa.channel.spi;

import java.time.Instant;

import id.sapa.shared.PhoneNumber;

/** What a provider reports, normalised: the same shapes whichever provider it came from. */
public sealed interface InboundEvent {

    /** The provider's id of the message the event is or is about; null for an event about no message. */
    String providerMessageId();

    /**
     * A customer's message.
     *
     * @param replyId for a tap on a reply button or list row: the id the business gave it (for a
     *                template's quick-reply button, its payload); {@code text} is then its title
     */
    record InboundMessage(
            String providerMessageId,
            PhoneNumber from,
            String profileName,
            Instant timestamp,
            MessageKind kind,
            String text,
            InboundMedia media,
            Location location,
            String quotedProviderMessageId,
            boolean forwarded,
            String replyId) implements InboundEvent {

        public InboundMessage(String providerMessageId, PhoneNumber from, String profileName, Instant timestamp,
                MessageKind kind, String text, InboundMedia media, Location location, String quotedProviderMessageId,
                boolean forwarded) {
            this(providerMessageId, from, profileName, timestamp, kind, text, media, location, quotedProviderMessageId,
                    forwarded, null);
        }

        public InboundMessage withMedia(InboundMedia media) {
            return new InboundMessage(providerMessageId, from, profileName, timestamp, kind, text, media, location,
                    quotedProviderMessageId, forwarded, replyId);
        }
    }

    /**
     * A message the business sent from its own phone, echoed by a gateway that shares the number
     * (or the echo of one Sapa sent). Stored as outgoing; never a reason for automation.
     */
    record OwnMessage(String providerMessageId, PhoneNumber to, Instant timestamp, MessageKind kind, String text,
            InboundMedia media) implements InboundEvent {
    }

    /** A receipt for a message the business sent. */
    record StatusUpdate(String providerMessageId, DeliveryStatus status, Instant timestamp, String errorCode,
            String errorMessage) implements InboundEvent {
    }

    /** The customer started or stopped typing. */
    record Typing(PhoneNumber from, boolean typing) implements InboundEvent {

        @Override
        public String providerMessageId() {
            return null;
        }
    }

    /**
     * Media attached to an inbound message: bytes already fetched, or a provider reference to
     * fetch them by.
     */
    record InboundMedia(byte[] bytes, String url, String mimeType, String fileName, String caption) {
    }

    record Location(double latitude, double longitude, String name, String address) {
    }

    /** Receipt states, in the order they may only move forward (failed aside). */
    enum DeliveryStatus {
        SENT, DELIVERED, READ, PLAYED, FAILED
    }
}
