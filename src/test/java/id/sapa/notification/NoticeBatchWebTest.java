package id.sapa.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.sapa.shared.jobs.Jobs;
import id.sapa.support.Api;
import id.sapa.support.Sandbox;
import id.sapa.support.TestAccounts.SignedIn;
import id.sapa.support.WebTestSupport;
import tools.jackson.databind.JsonNode;

/**
 * send-bulk as a billing system uses it: answered at once with the batch and the bad rows, sent in
 * order at the pace asked, cancelled midway, and never a row twice even when a revived job runs the
 * batch beside the live one.
 */
class NoticeBatchWebTest extends WebTestSupport {

    @Autowired
    Jobs jobs;

    SignedIn owner;
    Sandbox sandbox;
    String key;

    @BeforeEach
    void setUp() {
        owner = accounts.registerBusiness("Toko Bulk");
        sandbox = new Sandbox(api, owner.token());
        sandbox.connect();
        key = api.post("/api/api-keys", Map.of("name", "Billing", "scopes", List.of("notifications:send",
                "notifications:read"))).token(owner.token()).send().json().get("key").asString();
    }

    static List<Map<String, Object>> recipients(int count, int from) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(Map.of("phone", "0812" + (8_100_000 + from + i), "message", "Pengingat tagihan " + i,
                    "customerId", 500 + i));
        }
        return rows;
    }

    Api.Reply bulk(List<Map<String, Object>> rows, int delayMs) {
        return api.post("/api/whatsapp/send-bulk", Map.of("recipients", rows, "delayMs", delayMs)).token(key).send();
    }

    JsonNode batch(String id) {
        return api.get("/api/whatsapp/batches/" + id).token(key).send().json().get("data");
    }

    @Test
    void aBulkIsAnsweredAtOnceWithItsBadRowsAndSendsEveryGoodOneOnce() {
        List<Map<String, Object>> rows = new ArrayList<>(recipients(4, 0));
        rows.add(2, Map.of("phone", "12ab", "message", "x"));
        rows.add(Map.of("phone", "081281009999"));

        Api.Reply reply = bulk(rows, 0);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(202);
        JsonNode data = reply.json().get("data");
        assertThat(data.get("accepted").asInt()).isEqualTo(4);
        assertThat(data.get("errors")).hasSize(2);
        assertThat(data.get("errors").get(0).get("index").asInt()).isEqualTo(2);
        assertThat(data.get("errors").get(0).get("field").asString()).isEqualTo("phone");
        assertThat(data.get("errors").get(1).get("index").asInt()).isEqualTo(5);
        assertThat(data.get("errors").get(1).get("field").asString()).isEqualTo("message");
        String id = data.get("batchId").asString();
        await().atMost(Duration.ofSeconds(20)).until(() -> batch(id).get("status").asString().equals("completed"));
        await().atMost(Duration.ofSeconds(20)).until(() -> batch(id).get("sent").asInt() == 4);
        for (int i = 0; i < 4; i++) {
            assertThat(sandbox.outbox("0812" + (8_100_000 + i))).hasSize(1);
        }
        JsonNode history = api.get("/api/whatsapp/history?batchId=" + id).token(key).send().json().get("data");
        assertThat(history).hasSize(4);
        Map<Integer, String> customerByIndex = new HashMap<>();
        history.forEach(row -> customerByIndex.put(row.get("batchIndex").asInt(), row.get("customerId").asString()));
        assertThat(customerByIndex).containsExactlyInAnyOrderEntriesOf(Map.of(0, "500", 1, "501", 3, "502", 4, "503"));
        JsonNode listed = api.get("/api/whatsapp/batches").token(key).send().json().get("data");
        assertThat(listed).extracting(batch -> batch.get("id").asString()).containsExactly(id);
    }

    @Test
    void rowsGoInOrderNoCloserThanTheDelay() {
        String id = bulk(recipients(3, 100), 1200).json().get("data").get("batchId").asString();

        await().atMost(Duration.ofSeconds(30)).until(() -> batch(id).get("status").asString().equals("completed"));

        List<Timestamp> queued = jdbc.sql("""
                SELECT m.created_at FROM notification_logs l JOIN messages m ON m.id = l.message_id
                WHERE l.batch_id = ? ORDER BY l.batch_index""").param(UUID.fromString(id)).query(Timestamp.class).list();
        assertThat(queued).hasSize(3);
        for (int i = 1; i < queued.size(); i++) {
            assertThat(queued.get(i).getTime() - queued.get(i - 1).getTime()).as("gap before row " + i)
                    .isGreaterThanOrEqualTo(1200);
        }
    }

    @Test
    void aCancelledBatchStopsAndKeepsWhatWasSent() {
        String id = bulk(recipients(5, 200), 3000).json().get("data").get("batchId").asString();
        await().atMost(Duration.ofSeconds(10)).until(() -> batch(id).get("sent").asInt() >= 1);

        Api.Reply cancelled = api.post("/api/whatsapp/batches/" + id + "/cancel", Map.of()).token(key).send();

        assertThat(cancelled.status()).isEqualTo(200);
        JsonNode after = cancelled.json().get("data");
        assertThat(after.get("status").asString()).isEqualTo("cancelled");
        long sent = after.get("sent").asLong() + after.get("pending").asLong();
        assertThat(after.get("cancelled").asLong()).isEqualTo(5 - sent);
        assertThat(after.get("cancelled").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(api.get("/api/whatsapp/history?status=cancelled&batchId=" + id).token(key).send().json().get("data"))
                .hasSize((int) (5 - sent));
    }

    @Test
    void aRevivedJobBesideTheLiveOneSendsNoRowTwice() {
        String id = bulk(recipients(12, 300), 0).json().get("data").get("batchId").asString();
        // What a node that died mid-run leaves: its instance of the batch's job, run again by a live node
        // while the batch goes on.
        for (int run = 1; run <= 3; run++) {
            jobs.schedule(NoticeJobs.BATCH.instance(id + ":revived-" + run)
                    .data(new NoticeJobs.BatchRun(owner.tenantId(), UUID.fromString(id), 100 + run)).build(),
                    java.time.Instant.now());
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> batch(id).get("status").asString().equals("completed"));

        HashSet<String> texts = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            JsonNode outbox = sandbox.outbox("0812" + (8_100_300 + i));
            assertThat(outbox).as("row " + i).hasSize(1);
            texts.add(outbox.get(0).get("content").asString());
        }
        assertThat(texts).hasSize(12);
        assertThat(jdbc.sql("SELECT count(*) FROM messages WHERE tenant_id = ?").param(owner.tenantId().value())
                .query(Long.class).single()).isEqualTo(12);
    }

    @Test
    void quietHoursHoldANoticeUntilMorningAndTheDailyCapUntilTomorrow() {
        String local = "081281007000";
        assertThat(api.put("/api/notifications/settings", Map.of("quietStart", "00:00", "quietEnd", "23:59"))
                .token(owner.token()).send().status()).isEqualTo(200);

        JsonNode held = api.post("/api/whatsapp/send", Map.of("phone", local, "message", "Tagihan")).token(key).send()
                .json().get("data");

        assertThat(held.get("status").asString()).isEqualTo("pending");
        assertThat(held.get("scheduledFor").asString()).isNotBlank();
        assertThat(absent(held, "messageId")).isTrue();
        Map<String, Object> bad = new HashMap<>(Map.of("quietStart", "21:00"));
        Api.Reply refused = api.put("/api/notifications/settings", bad).token(owner.token()).send();
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("quietEnd");

        assertThat(api.put("/api/notifications/settings", Map.of("dailyCap", 1)).token(owner.token()).send().status())
                .isEqualTo(200);
        JsonNode first = api.post("/api/whatsapp/send", Map.of("phone", local, "message", "Satu")).token(key).send()
                .json().get("data");
        JsonNode second = api.post("/api/whatsapp/send", Map.of("phone", local, "message", "Dua")).token(key).send()
                .json().get("data");
        assertThat(absent(first, "scheduledFor")).isTrue();
        assertThat(second.get("scheduledFor").asString()).isNotBlank();
        await().atMost(Duration.ofSeconds(10)).until(() -> sandbox.outbox(local).size() == 1);
        assertThat(sandbox.outbox(local).get(0).get("content").asString()).isEqualTo("Satu");
    }

    private static boolean absent(JsonNode node, String field) {
        return node.path(field).isMissingNode() || node.get(field).isNull();
    }
}
