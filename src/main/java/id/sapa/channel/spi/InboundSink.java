package id.sapa.channel.spi;

/**
 * Where adapters hand normalised events: implemented by the module that records messages, so the
 * channel module needs to know nothing about conversations. Implementations are idempotent: the
 * same provider message id twice stores one message.
 */
public interface InboundSink {

    /**
     * Records the event and answers once it is committed.
     *
     * @return the id Sapa gave the message, for an {@link InboundEvent.InboundMessage}; else null
     */
    String accept(ChannelRef channel, InboundEvent event);

    /**
     * Whether a message with the provider's id is already stored for the channel: a redelivery,
     * whose media need not be fetched again.
     */
    boolean isRecorded(ChannelRef channel, String providerMessageId);
}
