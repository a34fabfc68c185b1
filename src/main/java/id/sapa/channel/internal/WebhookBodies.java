package id.sapa.channel.internal;

import java.util.Optional;

import org.slf4j.LoggerFactory;

import id.sapa.channel.spi.ProviderType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the JSON providers' webhook parsers share. */
public final class WebhookBodies {

    private WebhookBodies() {
    }

    /**
     * The body as JSON, or empty (and a log line) when it is not: the body was authenticated, so
     * it is the provider's to fix, and asking it to redeliver the same bytes would not help.
     */
    public static Optional<JsonNode> readJson(JsonMapper json, byte[] body, ProviderType provider) {
        try {
            return Optional.of(json.readTree(body));
        } catch (JacksonException e) {
            LoggerFactory.getLogger(WebhookBodies.class).warn("{} webhook with an unreadable body ignored", provider.code());
            return Optional.empty();
        }
    }
}
