package id.sapa.channel.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import id.sapa.channel.Channel;
import id.sapa.channel.Channels;
import id.sapa.channel.spi.ProviderType;
import id.sapa.channel.spi.WebhookRequest;
import id.sapa.shared.ChannelId;
import id.sapa.shared.ProblemException;
import id.sapa.shared.ProblemType;
import id.sapa.shared.Text;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What every provider's webhook route does with a POST: the provider authenticates the raw request
 * (for a channel's own URL with that channel's secrets) before anything is parsed, and an
 * authenticated body is kept and processed by a job ({@link WebhookInbox}), so the provider gets
 * its 200 at once. The routes themselves stay in each adapter's package, at the paths its vendor
 * is configured with.
 */
@Component
public class WebhookEndpoint {

    private final ProviderRegistry providers;
    private final Channels channels;
    private final ChannelKeys keys;
    private final WebhookInbox inbox;

    WebhookEndpoint(ProviderRegistry providers, Channels channels, ChannelKeys keys, WebhookInbox inbox) {
        this.providers = providers;
        this.channels = channels;
        this.keys = keys;
        this.inbox = inbox;
    }

    /**
     * @param channelId the channel named by the URL (its own webhook URL), or null for the
     *                  server-wide URL; an id that is no channel of the provider answers 401, like a
     *                  wrong secret, so a caller learns nothing about which ids exist
     */
    public ResponseEntity<Void> receive(ProviderType type, String channelId, HttpServletRequest http, byte[] body) {
        WebhookRequest request = new WebhookRequest(headers(http), query(http), body);
        Channel channel = null;
        if (channelId != null) {
            channel = channel(type, channelId).orElse(null);
            if (channel == null) {
                return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
            }
        }
        boolean authentic = providers.get(type).authenticate(request, channel == null ? null : keys.open(channel));
        if (!authentic) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        inbox.accept(type, channel == null ? null : channel.id(), request.body());
        return ResponseEntity.ok().build();
    }

    /** The channel of the provider with this id, for a route that names one. */
    public Optional<Channel> channel(ProviderType type, String channelId) {
        try {
            return channels.find(new ChannelId(UUID.fromString(channelId))).filter(channel -> channel.provider() == type);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Map<String, String> headers(HttpServletRequest http) {
        Map<String, String> headers = new HashMap<>();
        for (String name : Collections.list(http.getHeaderNames())) {
            String value = http.getHeader(name);
            if (value != null) {
                headers.put(name.toLowerCase(Locale.ROOT), value);
            }
        }
        return headers;
    }

    /** From the query string only: a form-encoded body must stay the raw bytes it was signed as. */
    private static Map<String, String> query(HttpServletRequest http) {
        Map<String, String> query = new HashMap<>();
        if (http.getQueryString() != null) {
            for (String pair : http.getQueryString().split("&")) {
                int eq = pair.indexOf('=');
                try {
                    String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                    String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                    query.putIfAbsent(name, value);
                } catch (IllegalArgumentException malformed) {
                    // As the container answers any other request whose query does not decode.
                    throw new ProblemException(ProblemType.MALFORMED_REQUEST, new Text(
                            "Parameter permintaan tidak dapat dibaca: query string-nya rusak",
                            "The request's parameters could not be decoded: a malformed query string"));
                }
            }
        }
        return query;
    }
}
