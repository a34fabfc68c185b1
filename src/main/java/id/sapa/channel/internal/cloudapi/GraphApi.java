package id.sapa.channel.internal.cloudapi;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Component;

import id.sapa.channel.internal.http.ProviderHttp;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plain HTTPS + JSON calls to Meta's Graph API with a bearer token. Meta's error object becomes a
 * {@link GraphException} carrying its code, so callers classify by code, never by title.
 */
@Component
class GraphApi {

    private final CloudApiSettings settings;
    private final JsonMapper json;
    private final ProviderHttp http;

    GraphApi(CloudApiSettings settings, JsonMapper json) {
        this.settings = settings;
        this.json = json;
        this.http = new ProviderHttp(settings.timeout());
    }

    /** {@code GET /<version>/<path>} with query parameters already encoded into {@code path}. */
    JsonNode get(String token, String path) {
        return call(request(token, url(path)).GET().build());
    }

    JsonNode post(String token, String path, Object body) {
        return call(request(token, url(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build());
    }

    /** {@code POST /<version>/<phone-number-id>/media}: uploads a file, answers Meta's media id. */
    String upload(String token, String phoneNumberId, String mimeType, String fileName, byte[] bytes) {
        String boundary = "sapa-" + java.util.UUID.randomUUID();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"messaging_product\"\r\n\r\nwhatsapp\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n" + mimeType + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + (fileName == null ? "file" : fileName.replace("\"", "")) + "\"\r\nContent-Type: " + mimeType + "\r\n\r\n";
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        var publisher = HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofString(head),
                HttpRequest.BodyPublishers.ofByteArray(bytes), HttpRequest.BodyPublishers.ofByteArray(tail));
        JsonNode answer = call(request(token, url(phoneNumberId + "/media"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(publisher).build());
        String id = answer.path("id").asString(null);
        if (id == null) {
            throw new GraphException(200, null, "WhatsApp Cloud API answered an upload without a media id", null);
        }
        return id;
    }

    /** Follows a {@code paging.next} link as Meta gave it. */
    JsonNode getAbsolute(String token, String absoluteUrl) {
        return call(request(token, URI.create(absoluteUrl)).GET().build());
    }

    /** Downloads bytes from a media URL; the token is needed there too. */
    byte[] download(String token, String mediaUrl) {
        ProviderHttp.Response response = send(request(token, URI.create(mediaUrl)).GET().build());
        if (!response.ok()) {
            throw error(response.status(), response.text());
        }
        return response.body();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private URI url(String path) {
        String base = settings.graphBaseUrl().endsWith("/") ? settings.graphBaseUrl() : settings.graphBaseUrl() + "/";
        return URI.create(base + settings.graphApiVersion() + "/" + path);
    }

    private HttpRequest.Builder request(String token, URI uri) {
        return HttpRequest.newBuilder(uri).timeout(settings.timeout()).header("Authorization", "Bearer " + token);
    }

    private JsonNode call(HttpRequest request) {
        ProviderHttp.Response response = send(request);
        if (!response.ok()) {
            throw error(response.status(), response.text());
        }
        try {
            return json.readTree(response.body());
        } catch (JacksonException e) {
            throw new GraphException(response.status(), null, "WhatsApp Cloud API answered something unreadable", null);
        }
    }

    private ProviderHttp.Response send(HttpRequest request) {
        try {
            return http.send(request);
        } catch (ProviderHttp.NoAnswer e) {
            throw e.reachedServer() ? GraphException.noAnswer(e) : GraphException.unreachable(e);
        }
    }

    /** Meta's {@code {"error": {message, code, error_data: {details}}}}, or the bare HTTP status. */
    private GraphException error(int status, String body) {
        try {
            JsonNode error = json.readTree(body).path("error");
            if (error.isObject()) {
                Integer code = error.path("code").isNumber() ? error.path("code").asInt() : null;
                String details = error.path("error_data").path("details").asString(null);
                return new GraphException(status, code, error.path("message").asString("HTTP " + status), details);
            }
        } catch (JacksonException ignored) {
            // not JSON: an HTML error page of a proxy
        }
        return new GraphException(status, null, "WhatsApp Cloud API answered HTTP " + status, null);
    }
}
