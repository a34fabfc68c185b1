package id.sapa.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.Map;
import java.util.concurrent.Flow;
import java.nio.ByteBuffer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.sapa.support.Api;
import id.sapa.support.TestAccounts;
import id.sapa.support.WebTestSupport;

/** Every kind of bad request answers application/problem+json with a stable type. */
class ProblemDetailsWebTest extends WebTestSupport {

    String token;

    @BeforeEach
    void setUp() {
        token = accounts.registerBusiness("Toko Salah").token();
    }

    @Test
    void malformedJsonIsABadRequest() {
        Api.Reply reply = api.post("/api/auth/login", "{\"email\": ").send();

        assertProblem(reply, 400, "/malformed-request");
    }

    @Test
    void aValueOfTheWrongKindNamesTheField() {
        Api.Reply reply = api.patch("/api/tenant", Map.of("locale", "klingon")).token(token).send();

        assertProblem(reply, 400, "/validation");
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("locale");
    }

    @Test
    void anInvalidIdInThePathNamesTheParameter() {
        Api.Reply reply = api.get("/api/cs-operators/not-a-uuid").token(token).send();

        assertProblem(reply, 400, "/validation");
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("id");
    }

    @Test
    void aSemanticallyWrongValueNamesTheField() {
        Api.Reply reply = api.patch("/api/tenant", Map.of("timezone", "Mars/Olympus")).token(token).send();

        assertProblem(reply, 400, "/validation");
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("timezone");
    }

    @Test
    void unknownRouteIsNotFound() {
        assertProblem(api.get("/api/no-such-thing").token(token).send(), 404, "/not-found");
    }

    @Test
    void wrongMethodIsNotAllowed() {
        assertProblem(api.delete("/api/auth/me").token(token).send(), 405, "/method-not-allowed");
    }

    @Test
    void unsupportedMediaTypeIsRefused() {
        Api.Reply reply = api.post("/api/auth/login", "email=a").header("Content-Type", "text/plain").send();

        assertProblem(reply, 415, "/unsupported-media-type");
    }

    @Test
    void oversizedBodyIsRefusedByItsDeclaredLength() {
        String big = "{\"email\":\"" + "a".repeat(1_100_000) + "\",\"password\":\"x\"}";

        assertProblem(api.post("/api/auth/login", big).send(), 413, "/payload-too-large");
    }

    @Test
    void oversizedChunkedBodyIsRefusedWhileReading() {
        String big = "{\"email\":\"" + "a".repeat(1_100_000) + "\",\"password\":\"x\"}";
        HttpRequest.BodyPublisher chunked = new UnknownLength(HttpRequest.BodyPublishers.ofString(big));

        assertProblem(api.post("/api/auth/login", big).send(chunked), 413, "/payload-too-large");
    }

    @Test
    void unexpectedErrorIsA500WithAnIdAndNoInternals() {
        Api.Reply reply = api.get("/api/test/failure").token(token).send();

        assertProblem(reply, 500, "/internal");
        assertThat(reply.json().get("errorId").asString()).hasSize(36);
        assertThat(reply.body()).doesNotContain("hunter2").doesNotContain("IllegalStateException")
                .doesNotContain("at id.sapa");
    }

    @Test
    void corsAllowsTheConfiguredFrontendOnly() {
        Api.Reply allowed = api.options("/api/auth/login").header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "POST").send();
        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:5173");

        Api.Reply refused = api.get("/api/auth/me").token(token).header("Origin", "https://evil.example").send();
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Access-Control-Allow-Origin")).isNull();
    }

    private static void assertProblem(Api.Reply reply, int status, String typeSuffix) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("type").asString()).endsWith(typeSuffix);
        assertThat(reply.json().get("status").asInt()).isEqualTo(status);
        assertThat(reply.json().get("detail").asString()).isNotBlank();
    }

    /** Hides the body's length so the client sends it chunked. */
    private record UnknownLength(HttpRequest.BodyPublisher delegate) implements HttpRequest.BodyPublisher {
        @Override
        public long contentLength() {
            return -1;
        }

        @Override
        public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
            delegate.subscribe(subscriber);
        }
    }
}
