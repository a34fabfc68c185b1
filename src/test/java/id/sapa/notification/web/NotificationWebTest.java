package id.sapa.notification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.sapa.support.Api;
import id.sapa.support.Sandbox;
import id.sapa.support.TestAccounts.SignedIn;
import id.sapa.support.WebTestSupport;
import tools.jackson.databind.JsonNode;

/**
 * Seed 004's billing notices as a billing system with an API key sends them to sandbox customers:
 * delivered and read ticks in the history, retries that never double a notice, opted-out and blocked
 * customers skipped, bad input named, another business's notices out of reach.
 */
class NotificationWebTest extends WebTestSupport {

    static final AtomicInteger NUMBERS = new AtomicInteger(1000);

    SignedIn owner;
    Sandbox sandbox;
    String key;

    @BeforeEach
    void setUp() {
        owner = accounts.registerBusiness("Toko Tagihan Net");
        sandbox = new Sandbox(api, owner.token());
        sandbox.connect();
        key = api.post("/api/api-keys", Map.of("name", "Billing", "scopes",
                List.of("notifications:send", "notifications:read", "contacts:write", "contacts:read")))
                .token(owner.token()).send().json().get("key").asString();
    }

    /** A customer the billing system registered with its own id; answers their local number. */
    String customer(String customerId, String name) {
        String local = "0812" + (7_000_000 + NUMBERS.incrementAndGet());
        Api.Reply reply = api.put("/api/contacts/by-customer-id/" + customerId, Map.of("phone", local, "name", name))
                .token(key).send();
        assertThat(reply.status()).as(reply.toString()).isIn(200, 201);
        return local;
    }

    Api.Reply payment(String customerId, Object invoiceId, long amount) {
        return api.post("/api/whatsapp/send-payment-notification", Map.of("customerId", customerId, "invoiceId", invoiceId,
                "amount", amount, "paymentMethod", "transfer", "paymentId", invoiceId + "-P", "paymentType", "full"))
                .token(key).send();
    }

    @Test
    void aPaymentNoticeReachesTheCustomerAndItsHistoryShowsItDeliveredAndRead() {
        String phone = customer("123", "Sari Dewi");

        Api.Reply sent = payment("123", 456, 100_000);

        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        JsonNode data = sent.json().get("data");
        assertThat(sent.json().get("success").asBoolean()).isTrue();
        assertThat(data.get("type").asString()).isEqualTo("payment_notification");
        assertThat(data.get("status").asString()).isEqualTo("pending");
        assertThat(data.get("customerId").asString()).isEqualTo("123");
        assertThat(data.get("requestedBy").asString()).startsWith("api-key:sapa_");
        assertThat(data.get("content").asString()).contains("Sari Dewi").contains("456").contains("Rp 100.000")
                .contains("transfer").contains("Toko Tagihan Net").contains("BERHENTI");
        await().atMost(Duration.ofSeconds(10)).until(() -> sandbox.outbox(phone).size() == 1);
        String id = data.get("id").asString();
        await().atMost(Duration.ofSeconds(10)).until(() -> "sent".equals(notice(id).get("status").asString()));

        String waMessageId = sandbox.outbox(phone).get(0).get("waMessageId").asString();
        sandbox.receipt(waMessageId, "delivered");
        assertThat(notice(id).get("status").asString()).isEqualTo("delivered");
        sandbox.receipt(waMessageId, "read");
        sandbox.receipt(waMessageId, "delivered");

        JsonNode read = notice(id);
        assertThat(read.get("status").asString()).isEqualTo("read");
        assertThat(read.get("sentAt").isNull()).isFalse();
        assertThat(read.get("deliveredAt").isNull()).isFalse();
        assertThat(read.get("readAt").isNull()).isFalse();
        JsonNode history = api.get("/api/whatsapp/history?customerId=123&status=read").token(key).send().json();
        assertThat(history.get("data")).hasSize(1);
        String conversation = jdbc.sql("SELECT conversation_id FROM messages WHERE id = CAST(? AS uuid)")
                .param(read.get("messageId").asString()).query(String.class).single();
        assertThat(api.get("/api/messages?conversationId=" + conversation).token(owner.token()).send().body())
                .contains("\"noticeType\":\"payment_notification\"").contains("\"senderType\":\"system\"");
    }

    @Test
    void aRetriedRequestAnswersTheFirstResultAndSendsNothingMore() {
        String phone = customer("200", "Budi");
        String first = payment("200", "INV-9", 50_000).json().get("data").get("id").asString();

        Api.Reply retry = payment("200", "INV-9", 50_000);

        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json().get("data").get("id").asString()).isEqualTo(first);

        Map<String, Object> text = Map.of("phone", phone, "message", "Halo, ini pesan uji");
        Api.Reply keyed = api.post("/api/whatsapp/send", text).token(key).header("Idempotency-Key", "k-1").send();
        Api.Reply keyedAgain = api.post("/api/whatsapp/send", text).token(key).header("Idempotency-Key", "k-1").send();
        assertThat(keyed.status()).isEqualTo(201);
        assertThat(keyedAgain.status()).isEqualTo(200);
        assertThat(keyedAgain.json().get("data").get("id").asString()).isEqualTo(keyed.json().get("data").get("id").asString());
        Api.Reply reused = api.post("/api/whatsapp/send", Map.of("phone", phone, "message", "Lain"))
                .token(key).header("Idempotency-Key", "k-1").send();
        assertThat(reused.status()).isEqualTo(409);

        await().atMost(Duration.ofSeconds(10)).until(() -> sandbox.outbox(phone).size() == 2);
        assertThat(logs()).isEqualTo(2);
    }

    @Test
    void concurrentRetriesOfOneNoticeSendItOnce() throws Exception {
        String phone = customer("300", "Rina");
        int callers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<CompletableFuture<Api.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                replies.add(CompletableFuture.supplyAsync(() -> {
                    awaitQuietly(start);
                    return api.post("/api/whatsapp/send-invoice-notification", Map.of("customerId", "300", "invoiceId",
                            "INV-300", "amount", 75_000, "dueDate", "2026-12-10")).token(key).send();
                }, pool));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (CompletableFuture<Api.Reply> reply : replies) {
                statuses.add(reply.get().status());
            }
            assertThat(statuses).containsOnly(200, 201);
            assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> sandbox.outbox(phone).size() == 1);
        assertThat(logs()).isEqualTo(1);
        assertThat(sandbox.outbox(phone).get(0).get("content").asString()).contains("10 Desember 2026")
                .contains("Rp 75.000");
    }

    @Test
    void anOptedOutOrBlockedCustomerGetsNothingAndTheNoticeIsCountedSkipped() {
        String phone = customer("400", "Dodi");
        String contactId = api.get("/api/contacts/by-customer-id/400").token(key).send().json().get("id").asString();
        assertThat(api.post("/api/contacts/" + contactId + "/opt-out", Map.of()).token(key).send().status()).isEqualTo(200);

        Api.Reply skipped = payment("400", "INV-400", 10_000);

        assertThat(skipped.status()).isEqualTo(201);
        assertThat(skipped.json().get("success").asBoolean()).isFalse();
        assertThat(skipped.json().get("data").get("status").asString()).isEqualTo("skipped");
        assertThat(skipped.json().get("data").get("reason").asString()).isEqualTo("opted_out");
        customer("401", "Eka");
        String blocked = api.get("/api/contacts/by-customer-id/401").token(key).send().json().get("id").asString();
        api.post("/api/contacts/" + blocked + "/block", Map.of("reason", "spam")).token(owner.token()).send();
        assertThat(payment("401", "INV-401", 10_000).json().get("data").get("reason").asString()).isEqualTo("blocked");

        JsonNode stats = api.get("/api/whatsapp/stats").token(key).send().json().get("data");
        assertThat(stats.get("skipped").asLong()).isEqualTo(2);
        assertThat(stats.get("total").asLong()).isEqualTo(2);
        assertThat(sandbox.outbox(phone)).isEmpty();

        assertThat(api.post("/api/contacts/" + contactId + "/opt-in", Map.of()).token(key).send().status()).isEqualTo(200);
        assertThat(payment("400", "INV-400-B", 10_000).json().get("data").get("status").asString()).isEqualTo("pending");
        await().atMost(Duration.ofSeconds(10)).until(() -> sandbox.outbox(phone).size() == 1);
    }

    @Test
    void aCustomerWhoWritesBerhentiIsToldOnceAndGetsNoMoreNoticesUntilMulai() {
        String phone = customer("450", "Lina");
        sandbox.customerSays(phone, "Lina", "BERHENTI");

        await().atMost(Duration.ofSeconds(10)).until(() -> sandbox.outbox(phone).size() == 1);
        assertThat(sandbox.outbox(phone).get(0).get("content").asString()).contains("MULAI").contains("Toko Tagihan Net");
        await().atMost(Duration.ofSeconds(10)).until(() -> !api.get("/api/contacts/by-customer-id/450").token(key).send()
                .json().get("optedOutAt").isNull());
        assertThat(payment("450", "INV-450", 20_000).json().get("data").get("reason").asString()).isEqualTo("opted_out");
        sandbox.customerSays(phone, "Lina", "stop");
        sandbox.customerSays(phone, "Lina", "Halo kak, stop dulu ya kirimnya");

        sandbox.customerSays(phone, "Lina", "Mulai");
        await().atMost(Duration.ofSeconds(10)).until(() -> sandbox.outbox(phone).size() == 2);
        assertThat(sandbox.outbox(phone).get(1).get("content").asString()).contains("aktif kembali");
        assertThat(payment("450", "INV-451", 20_000).json().get("data").get("status").asString()).isEqualTo("pending");
        await().atMost(Duration.ofSeconds(10)).until(() -> sandbox.outbox(phone).size() == 3);
        assertThat(jdbc.sql("SELECT count(*) FROM notification_logs WHERE tenant_id = ? AND type = 'consent_confirmation'")
                .param(owner.tenantId().value()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void everyPhoneFormatOfSeed004ReachesTheSameCustomer() {
        String local = "081270009001";
        for (String phone : List.of(local, "81270009001", "+6281270009001", "6281270009001@c.us")) {
            Api.Reply reply = api.post("/api/whatsapp/send", Map.of("phone", phone, "message", "Tes " + phone)).token(key)
                    .send();
            assertThat(reply.status()).as(phone).isEqualTo(201);
            assertThat(reply.json().get("data").get("phone").asString()).isEqualTo("+6281270009001");
        }
        await().atMost(Duration.ofSeconds(15)).until(() -> sandbox.outbox(local).size() == 4);
        assertThat(jdbc.sql("SELECT count(*) FROM contacts WHERE tenant_id = ?").param(owner.tenantId().value())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        customer("500", "Fajar");
        assertThat(field(api.post("/api/whatsapp/send", Map.of("phone", "12ab", "message", "x")).token(key).send()))
                .isEqualTo("phone");
        assertThat(field(api.post("/api/whatsapp/send", Map.of("phone", "081270001111")).token(key).send()))
                .isEqualTo("message");
        assertThat(field(api.post("/api/whatsapp/send", Map.of("phone", "081270001111", "message", "x",
                "template", "promo")).token(key).send())).isEqualTo("template");
        Api.Reply unknown = payment("no-such-customer", "INV-1", 1000);
        assertThat(unknown.status()).isEqualTo(404);
        Map<String, Object> noAmount = new HashMap<>(Map.of("customerId", "500", "invoiceId", "INV-5",
                "paymentMethod", "transfer"));
        assertThat(field(api.post("/api/whatsapp/send-payment-notification", noAmount).token(key).send()))
                .isEqualTo("amount");
        assertThat(field(api.post("/api/whatsapp/send-invoice-notification", Map.of("customerId", "500",
                "invoiceId", "INV-6", "amount", 1000, "dueDate", "besok")).token(key).send())).isEqualTo("dueDate");
        assertThat(field(api.post("/api/whatsapp/send-late-payment-reminder", Map.of("customerId", "500",
                "invoiceId", "INV-7", "amount", 1000, "dueDate", "2026-11-01", "daysLate", 5, "reminder", 2))
                .token(key).send())).isEqualTo("reminder");
        assertThat(field(api.get("/api/whatsapp/history?status=lost").token(key).send())).isEqualTo("status");
        // An invoice's text needs the invoice's values, which only send-invoice-notification carries.
        assertThat(field(api.post("/api/whatsapp/send-to-customer", Map.of("customerId", "500",
                "template", "invoice_notification")).token(key).send())).isEqualTo("message");
        Api.Reply holes = api.post("/api/whatsapp/send-bulk", Map.of("template", "late_payment_reminder_3",
                "recipients", List.of(Map.of("phone", "081270001112", "customerId", "500")))).token(key).send();
        assertThat(holes.status()).isEqualTo(400);
        assertThat(holes.json().get("errors").get(0).get("field").asString()).isEqualTo("recipients[0].message");
        assertThat(holes.json().get("errors").get(0).get("message").asString()).contains("invoiceId", "amount");
        assertThat(logs()).isZero();
    }

    @Test
    void theStatusServesSeed004sClientsAndTheStatsCountWhatWasSent() {
        String phone = customer("600", "Gita");
        api.post("/api/whatsapp/send-late-payment-reminder", Map.of("customerId", "600", "invoiceId", "INV-600",
                "amount", 1000, "dueDate", "2026-11-01", "daysLate", 14, "reminder", 3)).token(key).send();
        api.post("/api/whatsapp/send-prepaid-expiry-notification", Map.of("customerId", "600", "packageName",
                "Paket Hemat", "expiresAt", "2026-12-08", "daysLeft", 3)).token(key).send();
        await().atMost(Duration.ofSeconds(10)).until(() -> sandbox.outbox(phone).size() == 2);
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/api/whatsapp/stats?period=today").token(key).send()
                .json().get("data").get("sent").asLong() == 2);

        JsonNode status = api.get("/api/whatsapp/status").token(key).send().json();
        assertThat(status.get("success").asBoolean()).isTrue();
        assertThat(status.get("data").get("ready").asBoolean()).isTrue();
        assertThat(status.get("data").get("initialized").asBoolean()).isTrue();
        assertThat(status.get("data").get("stats").get("total").asLong()).isEqualTo(2);
        assertThat(status.get("data").get("stats").get("successRate").asDouble()).isEqualTo(100.0);
        assertThat(status.get("status").asString()).isEqualTo("connected");
        List<String> texts = new ArrayList<>();
        sandbox.outbox(phone).forEach(m -> texts.add(m.get("content").asString()));
        assertThat(texts).anySatisfy(t -> assertThat(t).contains("14 hari").contains("1 November 2026"))
                .anySatisfy(t -> assertThat(t).contains("Paket Hemat").contains("8 Desember 2026"));
    }

    @Test
    void theHistoryPagesByCursorAndFilters() {
        String phone = customer("700", "Hana");
        for (int i = 0; i < 5; i++) {
            api.post("/api/whatsapp/send", Map.of("phone", phone, "message", "Pesan " + i)).token(key).send();
        }
        payment("700", "INV-700", 1000);

        JsonNode page1 = api.get("/api/whatsapp/history?limit=4").token(key).send().json();
        assertThat(page1.get("data")).hasSize(4);
        assertThat(page1.get("data").get(0).get("type").asString()).isEqualTo("payment_notification");
        JsonNode page2 = api.get("/api/whatsapp/history?limit=4&before=" + page1.get("nextCursor").asString()).token(key)
                .send().json();
        assertThat(page2.get("data")).hasSize(2);
        assertThat(page2.path("nextCursor").isMissingNode() || page2.get("nextCursor").isNull()).isTrue();
        assertThat(api.get("/api/whatsapp/history?type=message").token(key).send().json().get("data")).hasSize(5);
    }

    @Test
    void anotherBusinessesKeySeesNoneOfThisBusinesssNotices() {
        customer("800", "Indra");
        String id = payment("800", "INV-800", 1000).json().get("data").get("id").asString();
        SignedIn other = accounts.registerBusiness("Toko Lain");
        String otherKey = api.post("/api/api-keys", Map.of("name", "B", "scopes", List.of("notifications:read",
                "notifications:send"))).token(other.token()).send().json().get("key").asString();

        assertThat(api.get("/api/whatsapp/history/" + id).token(otherKey).send().status()).isEqualTo(404);
        assertThat(api.get("/api/whatsapp/history").token(otherKey).send().json().get("data")).isEmpty();
        Api.Reply foreign = api.post("/api/whatsapp/send-payment-notification", Map.of("customerId", "800", "invoiceId", "X",
                "amount", 1, "paymentMethod", "cash")).token(otherKey).send();
        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(404);
        String readOnly = api.post("/api/api-keys", Map.of("name", "R", "scopes", List.of("notifications:read")))
                .token(owner.token()).send().json().get("key").asString();
        assertThat(payment("800", "INV-801", 1).status()).isEqualTo(201);
        assertThat(api.post("/api/whatsapp/send", Map.of("phone", "081270001234", "message", "x")).token(readOnly).send()
                .status()).isEqualTo(403);
    }

    @Test
    void aBusinessWritesItsOwnNoticeTextWithOnlyKnownVariables() {
        String phone = customer("900", "Joko");
        Api.Reply unknown = api.put("/api/notifications/templates/payment_notification",
                Map.of("text", "Halo {{nama}}, {{amount}}")).token(owner.token()).send();
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("text");
        assertThat(unknown.body()).contains("nama");

        Api.Reply saved = api.put("/api/notifications/templates/payment_notification",
                Map.of("text", "Terima kasih {{name}}! Bayar {{amount}} untuk {{invoiceId}} diterima.")).token(owner.token())
                .send();
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().get("custom").asBoolean()).isTrue();
        JsonNode preview = api.post("/api/notifications/templates/payment_notification/preview", Map.of())
                .token(owner.token()).send().json();
        assertThat(preview.get("text").asString()).isEqualTo("Terima kasih Budi Santoso! Bayar Rp 150.000 untuk INV-2026-12-001 diterima.");

        payment("900", "INV-900", 250_000);
        await().atMost(Duration.ofSeconds(10)).until(() -> sandbox.outbox(phone).size() == 1);
        assertThat(sandbox.outbox(phone).get(0).get("content").asString())
                .isEqualTo("Terima kasih Joko! Bayar Rp 250.000 untuk INV-900 diterima.");
        assertThat(api.delete("/api/notifications/templates/payment_notification").token(owner.token()).send().json()
                .get("custom").asBoolean()).isFalse();
    }

    private JsonNode notice(String id) {
        return api.get("/api/whatsapp/history/" + id).token(key).send().json().get("data");
    }

    private long logs() {
        return jdbc.sql("SELECT count(*) FROM notification_logs WHERE tenant_id = ?").param(owner.tenantId().value())
                .query(Long.class).single();
    }

    private static String field(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        return reply.json().get("errors").get(0).get("field").asString();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
