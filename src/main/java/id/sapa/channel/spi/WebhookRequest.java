package id.sapa.channel.spi;

import java.util.Locale;
import java.util.Map;

/**
 * A webhook request as it came, for the provider to authenticate before anything of it is parsed.
 *
 * @param headers header names in lower case
 * @param query   the query parameters (first value of each)
 * @param body    the raw bytes: a signature is computed over exactly these
 */
public record WebhookRequest(Map<String, String> headers, Map<String, String> query, byte[] body) {

    public WebhookRequest {
        headers = Map.copyOf(headers);
        query = Map.copyOf(query);
        body = body == null ? new byte[0] : body;
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    public String query(String name) {
        return query.get(name);
    }
}
