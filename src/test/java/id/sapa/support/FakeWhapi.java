package id.sapa.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/** A local stand-in for Whapi.cloud's gateway (WireMock): one channel's health, sends and media. */
public final class FakeWhapi {

    private final WireMockServer server;

    private FakeWhapi(WireMockServer server) {
        this.server = server;
    }

    public static FakeWhapi start() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        return new FakeWhapi(server);
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    public WireMockServer server() {
        return server;
    }

    /** A gateway for one token: authorised channel with the number's digits, accepting sends. */
    public void channel(String token, String whapiChannelId, String digits, String status) {
        server.stubFor(get(urlPathEqualTo("/health")).withHeader("Authorization", equalTo("Bearer " + token))
                .willReturn(json(200, """
                        {"channel_id": "%s", "start_at": 1712995000, "uptime": 245, "version": {"number": "1.8.5"},
                         "status": {"code": %d, "text": "%s"},
                         "user": {"id": "%s", "name": "Toko Whapi", "is_business": true}}
                        """.formatted(whapiChannelId, status.equals("AUTH") ? 4 : 3, status, digits))));
        for (String kind : new String[] {"text", "image", "video", "audio", "voice", "document", "sticker", "interactive"}) {
            server.stubFor(post(urlPathEqualTo("/messages/" + kind)).withHeader("Authorization", equalTo("Bearer " + token))
                    .willReturn(json(200, """
                            {"sent": true, "message": {"id": "PsqWn.{{randomValue length=20 type='ALPHANUMERIC'}}",
                             "from_me": true, "type": "%s", "chat_id": "{{jsonPath request.body '$.to'}}@s.whatsapp.net",
                             "timestamp": 1712995300, "source": "api", "status": "pending"}}
                            """.formatted(kind)).withTransformers("response-template")));
        }
        // Marking a customer's message read: PUT /messages/{MessageID}.
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.put(urlPathMatching("/messages/[^/]+"))
                .withHeader("Authorization", equalTo("Bearer " + token)).willReturn(json(200, "{\"success\": true}")));
        // Reactions: PUT sets, DELETE takes away; Whapi answers success without a message id.
        for (var method : new com.github.tomakehurst.wiremock.client.MappingBuilder[] {
                com.github.tomakehurst.wiremock.client.WireMock.put(urlPathMatching("/messages/[^/]+/reaction")),
                com.github.tomakehurst.wiremock.client.WireMock.delete(urlPathMatching("/messages/[^/]+/reaction"))}) {
            server.stubFor(method.withHeader("Authorization", equalTo("Bearer " + token))
                    .willReturn(json(200, "{\"success\": true}")));
        }
    }

    /** The list of the {@code method} requests sent to {@code path}, oldest first. */
    public java.util.List<String> bodies(String method, String path) {
        return server.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(urlPathEqualTo(path))).stream()
                .filter(r -> r.getMethod().getName().equals(method))
                .map(com.github.tomakehurst.wiremock.verification.LoggedRequest::getBodyAsString).toList();
    }

    /** The message ids marked read with {@code PUT /messages/{id}}, oldest first. */
    public java.util.List<String> markedRead() {
        return server.findAll(com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor(urlPathMatching("/messages/[^/]+")))
                .stream().map(r -> java.net.URLDecoder.decode(r.getUrl().substring("/messages/".length()),
                        java.nio.charset.StandardCharsets.UTF_8)).toList();
    }

    public void failSends(String kind, int status, String message) {
        server.stubFor(post(urlPathEqualTo("/messages/" + kind)).willReturn(json(status, """
                {"error": {"code": %d, "message": "%s"}}""".formatted(status, message))));
    }

    public void media(String mediaId, byte[] bytes, String mimeType) {
        server.stubFor(get(urlPathEqualTo("/media/" + mediaId))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", mimeType).withBody(bytes)));
    }

    public void verifySent(String kind, String expectedJson) {
        server.verify(postRequestedFor(urlPathEqualTo("/messages/" + kind)).withRequestBody(equalToJson(expectedJson)));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }
}
