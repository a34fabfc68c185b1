package id.sapa.channel.internal;

import id.sapa.channel.spi.ProviderType;
import id.sapa.shared.ChannelId;

/** Turns one authenticated webhook body of a provider into inbound events. */
public interface WebhookProcessor {

    ProviderType provider();

    /**
     * @param only the channel whose own secret authenticated the body, or null for a server-wide
     *             endpoint (the processor routes by the ids in the body)
     */
    void process(byte[] body, ChannelId only);
}
