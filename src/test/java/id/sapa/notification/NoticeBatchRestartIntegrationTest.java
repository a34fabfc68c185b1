package id.sapa.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import id.sapa.SapaApplication;
import id.sapa.support.Api;
import id.sapa.support.Sandbox;
import tools.jackson.databind.JsonNode;

/**
 * A bulk of notices survives Sapa stopping in the middle of it: the server is stopped while the batch
 * is being sent and started again on the same database, and every customer gets their notice exactly
 * once. Runs on an embedded PostgreSQL of its own (two starts on one data directory); skipped when the
 * suite runs against DATABASE_URL.
 */
class NoticeBatchRestartIntegrationTest {

    private static final int ROWS = 8;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void onlyOnTheEmbeddedDefault() {
        String url = System.getenv("DATABASE_URL");
        assumeTrue(url == null || url.isBlank(), "runs on the embedded database only");
    }

    @Test
    void aBatchStoppedMidwayGoesOnAfterTheRestartWithNoRowLostOrDoubled() {
        String key;
        String token;
        String batchId;
        long sentBeforeStop;
        try (ConfigurableApplicationContext first = start()) {
            Api api = api(first);
            JsonNode owner = api.post("/api/auth/register", Map.of("businessName", "Toko Mati Lampu", "name", "Owner",
                    "email", "owner@restart.test", "password", "a-long-enough-password")).send().json();
            token = owner.get("accessToken").asString();
            new Sandbox(api, token).connect();
            key = api.post("/api/api-keys", Map.of("name", "Billing", "scopes", List.of("notifications:send",
                    "notifications:read"))).token(token).send().json().get("key").asString();
            List<Map<String, Object>> rows = NoticeBatchWebTest.recipients(ROWS, 900);
            batchId = api.post("/api/whatsapp/send-bulk", Map.of("recipients", rows, "delayMs", 700)).token(key).send()
                    .json().get("data").get("batchId").asString();

            await().atMost(Duration.ofSeconds(20)).until(() -> batch(api, key, batchId).get("sent").asInt() >= 2);
            sentBeforeStop = batch(api, key, batchId).get("sent").asLong();
        }

        try (ConfigurableApplicationContext second = start()) {
            Api api = api(second);

            await().atMost(Duration.ofSeconds(60))
                    .until(() -> batch(api, key, batchId).get("status").asString().equals("completed"));

            JsonNode batch = batch(api, key, batchId);
            assertThat(sentBeforeStop).as("stopped midway").isLessThan(ROWS);
            assertThat(batch.get("total").asInt()).isEqualTo(ROWS);
            for (String none : List.of("pending", "failed", "skipped", "cancelled")) {
                assertThat(batch.get(none).asInt()).as(none).isZero();
            }
            Sandbox sandbox = new Sandbox(api, token);
            Set<String> texts = new HashSet<>();
            for (int i = 0; i < ROWS; i++) {
                JsonNode outbox = sandbox.outbox("0812" + (8_100_900 + i));
                assertThat(outbox).as("customer " + i).hasSize(1);
                texts.add(outbox.get(0).get("content").asString());
            }
            assertThat(texts).hasSize(ROWS);
            assertThat(api.get("/api/whatsapp/history?batchId=" + batchId).token(key).send().json().get("data"))
                    .hasSize(ROWS).allSatisfy(row -> assertThat(row.get("status").asString()).isIn("sent", "delivered", "read"));
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(SapaApplication.class).run(
                "--server.port=0",
                "--sapa.data-dir=" + dataDir,
                "--sapa.database.url=",
                "--sapa.auth.demo-enabled=false",
                "--sapa.auth.jwt-secret=restart-test-secret-that-is-long-enough-for-hs256",
                "--logging.level.root=warn");
    }

    private static JsonNode batch(Api api, String key, String id) {
        return api.get("/api/whatsapp/batches/" + id).token(key).send().json().get("data");
    }

    private static Api api(ConfigurableApplicationContext context) {
        return new Api(((WebServerApplicationContext) context).getWebServer().getPort());
    }
}
