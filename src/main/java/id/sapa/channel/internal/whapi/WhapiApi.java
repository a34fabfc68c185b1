package id.sapa.channel.internal.whapi;

import static id.sapa.channel.internal.whapi.WhapiSettings.present;

import java.net.URI;
import java.net.http.HttpRequest;

import org.springframework.stereotype.Component;

import id.sapa.channel.internal.http.ProviderHttp;
import id.sapa.channel.internal.http.ProviderHttp.NoAnswer;
import id.sapa.channel.spi.ChannelAccess;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plain HTTPS + JSON calls to a Whapi gateway with the channel's bearer token (or the server's),
 * at the channel's own base URL when it named one. A failure becomes a {@link WhapiException}.
 */
@Component
class WhapiApi {

    static final String TOKEN = "token";
    static final String BASE_URL = "baseUrl";

    private final WhapiSettings settings;
    private final JsonMapper json;
    private final ProviderHttp http;

    WhapiApi(WhapiSettings settings, JsonMapper json) {
        this.settings = settings;
        this.json = json;
        this.http = new ProviderHttp(settings.timeout());
    }

    /**
     * Calls {@code path} of the channel's gateway.
     *
     * @param body sent as JSON; null for none
     * @return Whapi's answer; an empty object when it answered no JSON
     * @throws WhapiException when Whapi refused or did not answer
     */
    JsonNode call(ChannelAccess access, String method, String path, Object body) {
        HttpRequest.Builder request = request(access, URI.create(base(access) + path));
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        ProviderHttp.Response response = send(request.build());
        JsonNode answer;
        try {
            answer = json.readTree(response.body());
        } catch (JacksonException e) {
            answer = json.createObjectNode();
        }
        if (!response.ok()) {
            throw new WhapiException(response.status(),
                    answer.path("error").path("message").asString("Whapi answered HTTP " + response.status()));
        }
        return answer;
    }

    /** Fetches a media file Whapi holds: by the link it gave, else by its id. */
    byte[] download(ChannelAccess access, String link, String mediaId) {
        String url = link != null ? link : base(access) + "/media/" + mediaId;
        ProviderHttp.Response response = send(request(access, URI.create(url)).GET().build());
        if (!response.ok()) {
            throw new IllegalStateException("Whapi answered HTTP " + response.status() + " for media " + mediaId);
        }
        return response.body();
    }

    private ProviderHttp.Response send(HttpRequest request) {
        try {
            return http.send(request);
        } catch (NoAnswer e) {
            throw WhapiException.noAnswer(e.getMessage(), e.reachedServer(), e);
        }
    }

    private HttpRequest.Builder request(ChannelAccess access, URI uri) {
        String token = present(access.credentials().get(TOKEN)) ? access.credentials().get(TOKEN) : settings.token();
        return HttpRequest.newBuilder(uri).timeout(settings.timeout()).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
    }

    private String base(ChannelAccess access) {
        String base = setting(access, BASE_URL) != null ? setting(access, BASE_URL) : settings.baseUrl();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    static String setting(ChannelAccess access, String name) {
        Object value = access.settings().get(name);
        return value == null ? null : value.toString();
    }
}
