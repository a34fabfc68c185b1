package id.sapa.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import id.sapa.support.Api;
import id.sapa.support.WebTestSupport;

/** What an operator of the server relies on: health, metrics, API docs, request ids. */
class OperationsWebTest extends WebTestSupport {

    @Test
    void healthIsUpIncludingTheDatabase() {
        Api.Reply reply = api.get("/actuator/health").send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("status").asString()).isEqualTo("UP");
        assertThat(reply.json().get("components").get("db").get("status").asString()).isEqualTo("UP");
    }

    @Test
    void prometheusMetricsAreExposed() {
        Api.Reply reply = api.get("/actuator/prometheus").send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
    }

    @Test
    void openApiDocumentListsTheAuthEndpointsAndSwaggerUiIsServed() {
        Api.Reply docs = api.get("/v3/api-docs").send();

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/auth/login")).isTrue();
        assertThat(docs.json().get("paths").has("/api/auth/register")).isTrue();
        assertThat(docs.json().get("components").get("securitySchemes").has("bearer")).isTrue();
        Api.Reply ui = api.get("/swagger-ui/index.html").send();
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
    }

    @Test
    void everyResponseCarriesARequestIdAndASaneOneIsEchoed() {
        assertThat(api.get("/actuator/health").send().header("X-Request-Id")).hasSize(36);
        assertThat(api.get("/actuator/health").header("X-Request-Id", "abc-123").send().header("X-Request-Id"))
                .isEqualTo("abc-123");
        assertThat(api.get("/actuator/health").header("X-Request-Id", "bad\tid<script>").send().header("X-Request-Id"))
                .isNotEqualTo("bad\tid<script>").hasSize(36);
    }
}
