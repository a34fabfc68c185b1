package id.sapa.channel.spi;

import java.time.Instant;

import id.sapa.shared.WhatsAppUser;

/** What a provider reports, normalised: the same shapes whichever provider it came from. */
public sealed interface InboundEvent {

    /** The provider's id of the message the event is or is about; null for an event about no message. */
    String providerMessageId();

    /**
     * A customer's message, or a notice about the customer (a reaction, a system notice) that is
     * stored in the conversation without being the customer writing.
     *
     * @param from    the customer: by number, BSUID or both, as the provider named them
     * @param replyId for a tap on a reply button or list row: the id the business gave it (for a
     *                template's quick-reply button, its payload); {@code text} is then its title
     */
    record InboundMessage(
            String providerMessageId,
            WhatsAppUser from,
            String profileName,
            Instant timestamp,
            MessageKind kind,
            String text,
            InboundMedia media,
            Location location,
            String quotedProviderMessageId,
            boolean forwarded,
            String replyId) implements InboundEvent {

        public InboundMessage(String providerMessageId, WhatsAppUser from, String profileName, Instant timestamp,
                MessageKind kind, String text, InboundMedia media, Location location, String quotedProviderMessageId,
                boolean forwarded) {
            this(providerMessageId, from, profileName, timestamp, kind, text, media, location, quotedProviderMessageId,
                    forwarded, null);
        }

        /**
         * Whether the customer wrote it: only such a message opens WhatsApp's 24-hour window, counts
         * as unread and is offered to automation. A reaction or a system notice (changed number,
         * an edit or deletion reported as a notice) is not.
         */
        public boolean written() {
            return kind.writtenByCustomer();
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
    record OwnMessage(String providerMessageId, WhatsAppUser to, Instant timestamp, MessageKind kind, String text,
            InboundMedia media) implements InboundEvent {
    }

    /** A receipt for a message the business sent. */
    record StatusUpdate(String providerMessageId, DeliveryStatus status, Instant timestamp, String errorCode,
            String errorMessage) implements InboundEvent {
    }

    /** The customer started or stopped typing. */
    record Typing(WhatsAppUser from, boolean typing) implements InboundEvent {

        @Override
        public String providerMessageId() {
            return null;
        }
    }

    /**
     * WhatsApp's notice that the customer changed their number (and with it their BSUID): stored
     * as a system message of the conversation, and the contact takes the new identifiers.
     *
     * @param from the customer as they were known
     * @param to   the identifiers they have now (the new number, the new BSUID, either may be null)
     */
    record IdentityChanged(String providerMessageId, WhatsAppUser from, WhatsAppUser to, Instant timestamp,
            String text) implements InboundEvent {

        /** The notice as the conversation shows it: a system message, not the customer writing. */
        public InboundMessage notice() {
            return new InboundMessage(providerMessageId, from, null, timestamp, MessageKind.SYSTEM, text, null, null,
                    null, false);
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
