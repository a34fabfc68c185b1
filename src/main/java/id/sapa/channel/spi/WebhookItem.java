package id.sapa.channel.spi;

import java.util.Map;

import id.sapa.shared.ChannelId;
import id.sapa.shared.PhoneNumber;

/**
 * One thing a provider's webhook body says, read by the provider ({@link WhatsAppProvider#parseWebhook})
 * and acted on by the channel module: it routes the item to its channel, fetches its media and
 * hands it on. Each item is taken on its own, so one that fails costs none of the others.
 */
public sealed interface WebhookItem {

    /** What the item is called in logs and in a dead letter's reasons (never its content). */
    String itemId();

    /**
     * An event for a channel.
     *
     * @param media the file to fetch with {@link WhatsAppProvider#downloadMedia} before the event is
     *              handed on (only when the event is not stored yet: a redelivery is not fetched
     *              again); null when the event carries none or carries its bytes already
     */
    record Received(ChannelKey channel, InboundEvent event, MediaRef media) implements WebhookItem {

        public Received(ChannelKey channel, InboundEvent event) {
            this(channel, event, null);
        }

        @Override
        public String itemId() {
            return event.providerMessageId();
        }
    }

    /**
     * New non-secret facts about a number (quality rating, messaging tier), kept with its channel.
     *
     * @param number when not null, the channel the key names is only meant when it has this number
     */
    record FactsReported(String itemId, ChannelKey channel, PhoneNumber number, Map<String, Object> facts)
            implements WebhookItem {
    }

    /**
     * The provider reviewed, paused or disabled a message template of a business account.
     *
     * @param event the provider's event ({@code APPROVED}, {@code REJECTED}, {@code PAUSED} …)
     */
    record TemplateReviewed(String itemId, String businessAccountId, String name, String language, String event,
            String reason) implements WebhookItem {
    }

    /** The provider moved a template of a business account to another category. */
    record TemplateRecategorised(String itemId, String businessAccountId, String name, String language, String category)
            implements WebhookItem {
    }

    /** How a webhook item names its channel. */
    sealed interface ChannelKey {

        /** The channel with this id: the one whose own secret authenticated the body. */
        record Id(ChannelId id) implements ChannelKey {
        }

        /**
         * The channel of the provider whose setting (a fact the provider gave at connect, such as
         * Meta's {@code phoneNumberId}) has this value.
         */
        record Setting(String name, String value) implements ChannelKey {
        }
    }

    /** A media file the provider holds: its id, and the link it gave when it gave one. */
    record MediaRef(String id, String link) {
    }
}
