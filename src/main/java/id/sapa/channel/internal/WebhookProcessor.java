package id.sapa.channel.internal;

import java.util.Optional;

import org.slf4j.LoggerFactory;

import id.sapa.channel.spi.ProviderType;
import id.sapa.shared.ChannelId;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Turns one authenticated webhook body of a provider into inbound events. */
public interface WebhookProcessor {

    ProviderType provider();

    /**
     * Takes each item of the body on its own: what one item throws goes to {@code failures}, and
     * the next item is taken all the same.
     *
     * @param only the channel whose own secret authenticated the body, or null for a server-wide
     *             endpoint (the processor routes by the ids in the body)
     */
    void process(byte[] body, ChannelId only, ItemFailures failures);

    /**
     * The body as JSON, or empty (and a log line) when it is not: the body was authenticated, so
     * it is the provider's to fix, and asking it to redeliver the same bytes would not help.
     */
    static Optional<JsonNode> readJson(JsonMapper json, byte[] body, ProviderType provider) {
        try {
            return Optional.of(json.readTree(body));
        } catch (JacksonException e) {
            LoggerFactory.getLogger(WebhookProcessor.class).warn("{} webhook with an unreadable body ignored", provider.code());
            return Optional.empty();
        }
    }
}
