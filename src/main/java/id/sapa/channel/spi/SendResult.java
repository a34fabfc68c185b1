package id.sapa.channel.spi;

import java.time.Duration;

/** How a provider answered a send: never an exception for the provider's own refusals. */
public sealed interface SendResult {

    /** @param providerMessageId the provider's id for the sent message; null only for a reaction the provider gives none */
    record Accepted(String providerMessageId) implements SendResult {
    }

    record Rejected(SendError error) implements SendResult {

        /**
         * For a provider that addresses customers by number only, when the customer is known by
         * WhatsApp username alone: only the Cloud API can reach them (by BSUID).
         */
        public static Rejected noPhoneNumber() {
            return new Rejected(new SendError(Failure.INVALID_RECIPIENT, "no_phone_number",
                    "This customer is known only by their WhatsApp username; this connection can reach customers"
                            + " by phone number only", null));
        }
    }

    /**
     * A classified failure.
     *
     * @param retryAfter how long the provider asked to wait, or null
     */
    record SendError(Failure failure, String code, String message, Duration retryAfter) {

        public boolean retryable() {
            return failure.retryable;
        }
    }

    enum Failure {
        /** The provider throttled us: wait and try again. */
        RATE_LIMITED(true),
        /** A timeout or server error: the message may be tried again. */
        TRANSIENT(true),
        /** The number is not on WhatsApp or cannot receive messages. */
        INVALID_RECIPIENT(false),
        /** Outside the 24-hour window: only a template may be sent. */
        WINDOW_CLOSED(false),
        /** The channel is not connected. */
        NOT_CONNECTED(false),
        /** The provider no longer accepts the channel's credentials (expired token): the tenant must reconnect. */
        CREDENTIALS_REJECTED(false),
        /** The provider blocked sending for a policy or quality reason: stop and tell the business. */
        POLICY(false),
        /** Anything else the provider refused for good. */
        PERMANENT(false);

        private final boolean retryable;

        Failure(boolean retryable) {
            this.retryable = retryable;
        }
    }
}
