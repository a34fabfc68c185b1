package id.sapa.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * A local stand-in for Meta's Graph API (WireMock) answering with the documented payloads:
 * phone number fields, message sends, error objects, media URLs and downloads, templates.
 */
public final class FakeGraph {

    public static final String VERSION = "v24.0";
    public static final String TOKEN = "EAAG-test-token";

    private static final AtomicLong IDS = new AtomicLong(106540352242922L);

    private final WireMockServer server;

    private FakeGraph(WireMockServer server) {
        this.server = server;
    }

    public static FakeGraph start() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        return new FakeGraph(server);
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    public WireMockServer server() {
        return server;
    }

    /** A fresh Meta-style numeric id (phone number id, WABA id, media id). */
    public static String newId() {
        return String.valueOf(IDS.incrementAndGet());
    }

    /** {@code GET /<version>/<phone-number-id>?fields=…} for a number in good standing. */
    public void phoneNumber(String phoneNumberId, String displayNumber, String verifiedName) {
        server.stubFor(get(urlPathEqualTo("/" + VERSION + "/" + phoneNumberId))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .willReturn(json(200, """
                        {"verified_name": "%s", "display_phone_number": "%s", "id": "%s",
                         "quality_rating": "GREEN", "messaging_limit_tier": "TIER_1K"}
                        """.formatted(verifiedName, displayNumber, phoneNumberId))));
    }

    /** Any call on the path answers Meta's error object. */
    public void error(String method, String path, int httpStatus, int code, String message, String details) {
        var mapping = method.equals("GET") ? get(urlPathEqualTo(path)) : post(urlPathEqualTo(path));
        server.stubFor(mapping.willReturn(json(httpStatus, errorBody(code, message, details))));
    }

    public static String errorBody(int code, String message, String details) {
        return """
                {"error": {"message": "%s", "type": "OAuthException", "code": %d,
                  "error_data": {"messaging_product": "whatsapp", "details": "%s"},
                  "fbtrace_id": "Az8or2yhqkZfEZ-_4Qn_Bam"}}
                """.formatted(message, code, details);
    }

    /** {@code POST /<version>/<phone-number-id>/messages} accepts with a new wamid each time. */
    public void acceptMessages(String phoneNumberId) {
        server.stubFor(post(urlPathEqualTo(messagesPath(phoneNumberId)))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .willReturn(json(200, """
                        {"messaging_product": "whatsapp",
                         "contacts": [{"input": "{{jsonPath request.body '$.to'}}", "wa_id": "{{jsonPath request.body '$.to'}}"}],
                         "messages": [{"id": "wamid.HBgL{{randomValue length=24 type='ALPHANUMERIC'}}"}]}
                        """).withTransformers("response-template")));
    }

    /** {@code POST /<version>/<phone-number-id>/media} takes a multipart upload and answers its id. */
    public void acceptUploads(String phoneNumberId, String mediaId) {
        server.stubFor(post(urlPathEqualTo("/" + VERSION + "/" + phoneNumberId + "/media"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withMultipartRequestBody(com.github.tomakehurst.wiremock.client.WireMock.aMultipart()
                        .withName("messaging_product").withBody(equalTo("whatsapp")))
                .willReturn(json(200, "{\"id\": \"" + mediaId + "\"}")));
    }

    /** The multipart uploads received for the number. */
    public List<LoggedRequest> uploads(String phoneNumberId) {
        return server.findAll(postRequestedFor(urlPathEqualTo("/" + VERSION + "/" + phoneNumberId + "/media")));
    }

    /** An error answer as Meta gives it: the HTTP status and the error object's code and message. */
    public record GraphError(int httpStatus, int code, String message) {

        /** Meta's code 2, "API Service": temporary, while the service is down or overloaded. */
        public static GraphError unavailable() {
            return new GraphError(503, 2, "(#2) Service temporarily unavailable");
        }
    }

    /** The next {@code count} sends fail with the error, then sends are accepted again. */
    public void failNextSends(String phoneNumberId, int count, int httpStatus, int code, String message) {
        failInTurn("fail-" + phoneNumberId, () -> post(urlPathEqualTo(messagesPath(phoneNumberId))),
                Collections.nCopies(count, new GraphError(httpStatus, code, message)));
    }

    /**
     * The next sends to one customer fail with these errors in turn, then that customer's sends are
     * accepted again; sends to other customers are not affected.
     */
    public void failNextSendsTo(String phoneNumberId, String recipient, List<GraphError> errors) {
        failInTurn("fail-" + phoneNumberId + "-" + recipient, () -> post(urlPathEqualTo(messagesPath(phoneNumberId)))
                .withRequestBody(matchingJsonPath("$.to", equalTo(recipient))), errors);
    }

    private void failInTurn(String scenario, Supplier<MappingBuilder> sends, List<GraphError> errors) {
        for (int i = 0; i < errors.size(); i++) {
            GraphError error = errors.get(i);
            server.stubFor(sends.get().inScenario(scenario)
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "failed-" + i)
                    .willSetStateTo(i + 1 == errors.size() ? "accepting" : "failed-" + (i + 1))
                    .willReturn(json(error.httpStatus(), errorBody(error.code(), error.message(), error.message()))));
        }
        server.stubFor(sends.get().inScenario(scenario)
                .whenScenarioStateIs("accepting")
                .willReturn(json(200, """
                        {"messaging_product": "whatsapp", "messages": [{"id": "wamid.HBgL{{randomValue length=24 type='ALPHANUMERIC'}}"}]}
                        """).withTransformers("response-template")));
    }

    /** The sends to {@code POST /<phone-number-id>/messages} with the status each was answered, oldest first. */
    public List<AnsweredSend> answeredSends(String phoneNumberId) {
        String path = messagesPath(phoneNumberId);
        return server.getAllServeEvents().reversed().stream()
                .filter(event -> event.getRequest().getMethod().getName().equals("POST")
                        && event.getRequest().getUrl().equals(path))
                .map(event -> new AnsweredSend(event.getRequest().getBodyAsString(), event.getResponse().getStatus()))
                .toList();
    }

    /** A send as the fake received it, and the HTTP status it answered. */
    public record AnsweredSend(String body, int status) {
    }

    /** Step 1 of a media download: the id answers a short-lived URL on this server; step 2 serves the bytes. */
    public void media(String mediaId, String mimeType, byte[] bytes) {
        String download = "/whatsapp_business/attachments/?mid=" + mediaId + "&ext=1&hash=ATtest";
        server.stubFor(get(urlPathEqualTo("/" + VERSION + "/" + mediaId))
                .willReturn(json(200, """
                        {"messaging_product": "whatsapp", "url": "%s%s", "mime_type": "%s",
                         "sha256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                         "file_size": "%d", "id": "%s"}
                        """.formatted(baseUrl(), download, mimeType, bytes.length, mediaId))));
        server.stubFor(get(urlEqualTo(download)).withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", mimeType).withBody(bytes)));
    }

    /** Like {@link #media} but the first URL has already expired when it is fetched. */
    public void mediaWithExpiredFirstUrl(String mediaId, String mimeType, byte[] bytes) {
        String scenario = "media-" + mediaId;
        String expired = "/whatsapp_business/attachments/?mid=" + mediaId + "&ext=1&hash=ATexpired";
        String fresh = "/whatsapp_business/attachments/?mid=" + mediaId + "&ext=2&hash=ATfresh";
        String info = """
                {"messaging_product": "whatsapp", "url": "%s%s", "mime_type": "%s", "sha256": "00", "file_size": "%d", "id": "%s"}
                """;
        server.stubFor(get(urlPathEqualTo("/" + VERSION + "/" + mediaId)).inScenario(scenario)
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("expired")
                .willReturn(json(200, info.formatted(baseUrl(), expired, mimeType, bytes.length, mediaId))));
        server.stubFor(get(urlPathEqualTo("/" + VERSION + "/" + mediaId)).inScenario(scenario)
                .whenScenarioStateIs("expired")
                .willReturn(json(200, info.formatted(baseUrl(), fresh, mimeType, bytes.length, mediaId))));
        server.stubFor(get(urlEqualTo(expired)).willReturn(aResponse().withStatus(404)));
        server.stubFor(get(urlEqualTo(fresh)).withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", mimeType).withBody(bytes)));
    }

    /** {@code GET /<version>/<waba-id>/message_templates} in two pages, as Meta pages them. */
    public void templates(String businessAccountId, String firstPage, String secondPage) {
        String path = "/" + VERSION + "/" + businessAccountId + "/message_templates";
        server.stubFor(get(urlPathEqualTo(path)).withQueryParam("after", com.github.tomakehurst.wiremock.client.WireMock.absent())
                .willReturn(json(200, """
                        {"data": [%s], "paging": {"cursors": {"before": "QVFIUa", "after": "QVFIUb"},
                         "next": "%s%s?fields=name&limit=100&after=QVFIUb"}}
                        """.formatted(firstPage, baseUrl(), path))));
        server.stubFor(get(urlPathEqualTo(path)).withQueryParam("after", equalTo("QVFIUb"))
                .willReturn(json(200, """
                        {"data": [%s], "paging": {"cursors": {"before": "QVFIUb", "after": "QVFIUc"}}}
                        """.formatted(secondPage))));
    }

    /** The bodies sent to {@code POST /<phone-number-id>/messages}, oldest first. */
    public List<String> sentBodies(String phoneNumberId) {
        return server.findAll(postRequestedFor(urlPathEqualTo(messagesPath(phoneNumberId)))).stream()
                .map(LoggedRequest::getBodyAsString).toList();
    }

    public void verifySent(String phoneNumberId, String expectedJson) {
        server.verify(postRequestedFor(urlPathEqualTo(messagesPath(phoneNumberId)))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson(expectedJson)));
    }

    public static String messagesPath(String phoneNumberId) {
        return "/" + VERSION + "/" + phoneNumberId + "/messages";
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }
}
