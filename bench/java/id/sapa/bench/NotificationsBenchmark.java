package id.sapa.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.sapa.message.MessageEvent.MessageStatusChanged;
import id.sapa.message.MessageStatus;
import id.sapa.message.Messages;
import id.sapa.message.Notice;
import id.sapa.message.NoticeOutcome;
import id.sapa.notification.NotificationEvent.NotificationUpdated;
import id.sapa.notification.NotificationStatus;
import id.sapa.shared.PhoneNumber;
import id.sapa.shared.TenantId;
import id.sapa.support.Api;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Billing notices, four figures, each against its ceiling in the same run, sent with an API key as a
 * billing system sends them (sandbox numbers, every customer new to the shop):
 * <ol>
 * <li>a 10,000-row {@code send-bulk} accepted (request sent → 202 with the batch id): ceiling 2 s;</li>
 * <li>single {@code POST /api/whatsapp/send} over HTTP, one at a time: ceiling p99 20 ms;</li>
 * <li>pacing off ({@code delayMs} 0): the batch's sustained rate, queued → every notice marked sent by
 * the send queue, against the raw send pipeline (the same notices handed to {@code Messages.sendNotice}
 * one after another, no batch, no log) on another tenant of the same server: ratio ≥ 0.8;</li>
 * <li>pacing on: the achieved rate, from the times the notices were marked sent, against the configured one: within 5 %.</li>
 * </ol>
 * The API-key rate limit is raised for the run (a billing system would be limited to 600 a minute).
 *
 * <pre>./mvnw -q -Pbench test-compile exec:java -Dbench=Notifications [-Dbulk=10000 -Dbulks=5 -Dsends=2000
 *     -Dwarmup=3000 -Dcustomers=0 -Drate=2000 -Dpaced=60 -DdelayMs=250 -Dparts=1234]</pre>
 * {@code -Dparts} names the figures to measure (e.g. {@code 2} for the single sends alone).
 */
public final class NotificationsBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final double ACCEPT_CEILING_MS = 2000;
    private static final double SEND_CEILING_MS = 20;
    private static final double RATE_FLOOR = 0.8;
    private static final double PACE_TOLERANCE = 0.05;

    public static void main(String[] args) throws Exception {
        int bulk = Integer.getInteger("bulk", 10_000);
        int bulks = Integer.getInteger("bulks", 5);
        int sends = Integer.getInteger("sends", 2000);
        // Long enough for the compiler to finish with the send path: after 500 the median was still falling.
        int warmup = Integer.getInteger("warmup", 3000);
        int rate = Integer.getInteger("rate", 2000);
        int paced = Integer.getInteger("paced", 60);
        int delayMs = Integer.getInteger("delayMs", 250);
        try (BenchServer server = BenchServer.start("--sapa.auth.api-key-requests-per-minute=1000000",
                "--sapa.auto-reply.enabled=false")) {
            SentCounter sent = new SentCounter();
            server.context.addApplicationListener(sent);
            System.out.printf("Notifications: %d cores, sandbox numbers, API key%n", Runtime.getRuntime().availableProcessors());
            String parts = System.getProperty("parts", "1234");
            if (parts.contains("1")) {
                accepted(server, bulk, bulks);
            }
            if (parts.contains("2")) {
                singleSends(server, sends, warmup);
            }
            if (parts.contains("3")) {
                sustained(server, sent, rate);
            }
            if (parts.contains("4")) {
                pacing(server, paced, delayMs);
            }
        }
        System.exit(0);
    }

    /** A shop with a linked sandbox number and an API key for notices; answers [token, key, tenant id]. */
    private static String[] shop(BenchServer server, String name) {
        JsonNode auth = server.signedUpWithSandbox(name);
        String token = auth.get("accessToken").asString();
        String key = server.api.post("/api/api-keys", Map.of("name", "Billing",
                "scopes", List.of("notifications:send", "notifications:read"))).token(token).send().json()
                .get("key").asString();
        return new String[] {token, key, auth.get("tenant").get("id").asString()};
    }

    private static void accepted(BenchServer server, int rows, int runs) throws IOException {
        String[] shop = shop(server, "Toko Tagihan");
        Latencies latencies = new Latencies(runs);
        try (KeepAliveClient client = new KeepAliveClient(server.port)) {
            for (int run = -1; run < runs; run++) {
                StringBuilder body = new StringBuilder(rows * 80).append("{\"delayMs\":600000,\"recipients\":[");
                for (int i = 0; i < rows; i++) {
                    body.append(i == 0 ? "" : ",").append("{\"phone\":\"").append(phone(100 + run + 1, i))
                            .append("\",\"message\":\"Tagihan bulan ini Rp 150.000, jatuh tempo 5 Desember 2026\"}");
                }
                byte[] request = KeepAliveClient.jsonPost(server.port, "/api/whatsapp/send-bulk", shop[1], body.append("]}").toString());
                long start = System.nanoTime();
                KeepAliveClient.Response response = client.send(request);
                long took = System.nanoTime() - start;
                JsonNode answer = JSON.readTree(response.body());
                if (response.status() != 202 || answer.get("data").get("accepted").asInt() != rows) {
                    throw new IllegalStateException("send-bulk answered " + response.status() + ": " + response.body());
                }
                // Run -1 warms up; each batch is cancelled (600 s between rows: one row was sent).
                server.api.post("/api/whatsapp/batches/" + answer.get("data").get("batchId").asString() + "/cancel", Map.of())
                        .token(shop[1]).send();
                if (run >= 0) {
                    latencies.add(took);
                }
            }
        }
        double p50 = latencies.percentileMillis(50);
        double max = latencies.percentileMillis(100);
        System.out.printf("%n1. send-bulk of %,d rows accepted (202), %d runs after 1 warm-up: p50 %.0f ms, max %.0f ms;"
                + " ceiling %.0f ms → ratio %.2f (max)%n", rows, runs, p50, max, ACCEPT_CEILING_MS, max / ACCEPT_CEILING_MS);
    }

    private static void singleSends(BenchServer server, int sends, int warmup) throws IOException {
        // -Dcustomers=N: the sends go round N customers (known after their first notice); 0: each to a new one.
        int customers = Integer.getInteger("customers", 0);
        String[] shop = shop(server, "Toko Kasir");
        Latencies latencies = new Latencies(sends);
        byte[][] requests = new byte[warmup + sends][];
        for (int i = 0; i < requests.length; i++) {
            requests[i] = KeepAliveClient.jsonPost(server.port, "/api/whatsapp/send", Boolean.getBoolean("asUser") ? shop[0] : shop[1],
                    Api.json(Map.of("phone", phone(200, customers > 0 ? i % customers : i), "message", "Pembayaran Rp 150.000 sudah kami terima, terima kasih")));
        }
        try (KeepAliveClient client = new KeepAliveClient(server.port)) {
            for (int i = 0; i < requests.length; i++) {
                long start = System.nanoTime();
                KeepAliveClient.Response response = client.send(requests[i]);
                long took = System.nanoTime() - start;
                if (response.status() != 200 && response.status() != 201) {
                    throw new IllegalStateException("send answered " + response.status() + ": " + response.body());
                }
                if (i == warmup - 1) {
                    // The tables were empty a minute ago; autovacuum gives a running server's tables their
                    // statistics within a minute, and without them the planner guesses (a phone lookup
                    // walked the tenant's contacts by date). Measured as on a server that has run a while.
                    server.bean(JdbcClient.class).sql("ANALYZE").update();
                }
                if (i >= warmup) {
                    latencies.add(took);
                }
            }
        }
        double p99 = latencies.percentileMillis(99);
        System.out.printf("%n2. single send over HTTP, %,d after %,d warm-up, one at a time (%s):"
                + " p50 %.2f ms · p95 %.2f ms · p99 %.2f ms; ceiling p99 %.0f ms → ratio %.2f%n", sends, warmup,
                customers > 0 ? "round " + customers + " customers" : "each to a new customer", latencies.percentileMillis(50), latencies.percentileMillis(95), p99, SEND_CEILING_MS, p99 / SEND_CEILING_MS);
    }

    /** Pacing off: the batch's rate to the send queue's "sent" against the raw pipeline's, alternated twice. */
    private static void sustained(BenchServer server, SentCounter sent, int rows) throws Exception {
        Messages messages = server.bean(Messages.class);
        double[] raw = new double[2];
        double[] queued = new double[2];
        for (int round = 0; round < 2; round++) {
            String[] rawShop = shop(server, "Toko Langsung " + round);
            TenantId rawTenant = TenantId.of(rawShop[2]);
            int series = 300 + round * 2;
            raw[round] = sent.rate(rawTenant, rows, () -> {
                for (int i = 0; i < rows; i++) {
                    NoticeOutcome outcome = messages.sendNotice(rawTenant,
                            new Notice.Recipient.ToNumber(PhoneNumber.parse(phone(series, i))),
                            new Notice("message", "Tagihan bulan ini Rp 150.000, jatuh tempo 5 Desember 2026", null));
                    if (!(outcome instanceof NoticeOutcome.Queued)) {
                        throw new IllegalStateException("refused: " + outcome);
                    }
                }
            });
            String[] batchShop = shop(server, "Toko Batch " + round);
            List<Map<String, String>> recipients = new ArrayList<>(rows);
            for (int i = 0; i < rows; i++) {
                recipients.add(Map.of("phone", phone(series + 1, i), "message",
                        "Tagihan bulan ini Rp 150.000, jatuh tempo 5 Desember 2026"));
            }
            String body = Api.json(Map.of("delayMs", 0, "recipients", recipients));
            queued[round] = sent.rate(TenantId.of(batchShop[2]), rows, () -> {
                Api.Reply reply = server.api.post("/api/whatsapp/send-bulk", null).token(batchShop[1]).header("Content-Type", "application/json")
                        .send(java.net.http.HttpRequest.BodyPublishers.ofString(body));
                if (reply.status() != 202) {
                    throw new IllegalStateException("send-bulk answered " + reply.status() + ": " + reply.body());
                }
            });
        }
        System.out.printf("%n3. pacing off, %,d notices each, queued → marked sent (two alternated rounds):%n", rows);
        for (int round = 0; round < 2; round++) {
            System.out.printf("   round %d: raw pipeline %.0f/s, batch %.0f/s → ratio %.2f (floor %.2f)%n", round + 1,
                    raw[round], queued[round], queued[round] / raw[round], RATE_FLOOR);
        }
    }

    private static void pacing(BenchServer server, int rows, int delayMs) throws InterruptedException {
        String[] shop = shop(server, "Toko Pelan");
        TenantId tenant = TenantId.of(shop[2]);
        List<Long> sentAt = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch allSent = new CountDownLatch(rows);
        server.context.addApplicationListener((ApplicationListener<ApplicationEvent>) event -> {
            if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof NotificationUpdated updated
                    && updated.tenantId().equals(tenant) && updated.status() == NotificationStatus.SENT) {
                sentAt.add(System.nanoTime());
                allSent.countDown();
            }
        });
        List<Map<String, String>> recipients = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            recipients.add(Map.of("phone", phone(400, i), "message", "Paket prabayar Anda berakhir besok"));
        }
        Api.Reply accepted = server.api.post("/api/whatsapp/send-bulk", Map.of("delayMs", delayMs, "recipients", recipients))
                .token(shop[1]).send();
        if (accepted.status() != 202) {
            throw new IllegalStateException("send-bulk answered " + accepted.status() + ": " + accepted.body());
        }
        if (!allSent.await((long) rows * delayMs * 3 + 30_000, TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("only " + (rows - allSent.getCount()) + " of the paced notices were sent");
        }
        List<Long> times = new ArrayList<>(sentAt);
        times.sort(null);
        double achieved = (times.size() - 1) / ((times.getLast() - times.getFirst()) / 1e9);
        double configured = 1000.0 / delayMs;
        System.out.printf("%n4. pacing on, %d notices at delayMs %d, first to last marked sent: achieved %.3f/s,"
                + " configured %.3f/s → off by %.1f %% (tolerance %.0f %%)%n", times.size(), delayMs, achieved, configured,
                Math.abs(achieved - configured) / configured * 100, PACE_TOLERANCE * 100);
    }

    /** A valid Indonesian mobile number, distinct per series and index. */
    private static String phone(int series, int index) {
        return String.format("0812%03d%05d", series, index);
    }

    /** Counts the messages the send queue marks sent, per tenant, to time a whole run. */
    private static final class SentCounter implements ApplicationListener<ApplicationEvent> {

        private final AtomicReference<TenantId> tenant = new AtomicReference<>();
        private final AtomicInteger count = new AtomicInteger();
        private volatile CountDownLatch all = new CountDownLatch(0);

        @Override
        public void onApplicationEvent(ApplicationEvent event) {
            if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof MessageStatusChanged changed
                    && changed.status() == MessageStatus.SENT && changed.tenantId().equals(tenant.get())) {
                count.incrementAndGet();
                all.countDown();
            }
        }

        /** Runs {@code start}, waits for {@code expected} sends of the tenant; answers notices per second. */
        double rate(TenantId of, int expected, ThrowingRunnable start) throws Exception {
            count.set(0);
            all = new CountDownLatch(expected);
            tenant.set(of);
            long begin = System.nanoTime();
            start.run();
            if (!all.await(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("only " + count.get() + " of " + expected + " sent");
            }
            return expected / ((System.nanoTime() - begin) / 1e9);
        }
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
