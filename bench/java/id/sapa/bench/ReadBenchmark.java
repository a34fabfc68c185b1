package id.sapa.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;

import org.springframework.jdbc.core.simple.JdbcClient;

import id.sapa.support.Api;

/**
 * Reads on a large inbox: one tenant with 100k conversations and 1M messages (written with
 * generate_series), then the inbox's hot reads over HTTP with a signed-in user. Each is compared
 * with the ceiling the issue sets (p95 ≤ 20 ms).
 *
 * <pre>./mvnw -q -Pbench test-compile exec:java -Dbench=Read [-Dconversations=100000 -DmessagesPer=10 -Drequests=400]</pre>
 */
public final class ReadBenchmark {

    private static final double CEILING_P95_MS = 20.0;

    public static void main(String[] args) {
        int conversations = Integer.getInteger("conversations", 100_000);
        int messagesPer = Integer.getInteger("messagesPer", 10);
        int requests = Integer.getInteger("requests", 400);
        try (BenchServer server = BenchServer.start()) {
            String token = server.businessWithSandbox("Toko Besar");
            JdbcClient jdbc = server.bean(JdbcClient.class);
            UUID tenant = UUID.fromString(server.api.get("/api/auth/me").token(token).send().json()
                    .get("tenant").get("id").asString());
            long seedStart = System.nanoTime();
            seed(jdbc, tenant, conversations, messagesPer);
            System.out.printf("seeded %d conversations and %d messages in %.1f s%n", conversations,
                    (long) conversations * messagesPer, (System.nanoTime() - seedStart) / 1e9);
            List<UUID> ids = jdbc.sql("SELECT id FROM conversations WHERE tenant_id = ? ORDER BY random() LIMIT 1000")
                    .param(tenant).query(UUID.class).list();

            List<String> lines = new ArrayList<>();
            lines.add(measure(server.api, token, requests, "GET /api/conversations (page 1, 50 rows)",
                    i -> "/api/conversations?limit=50"));
            lines.add(measure(server.api, token, requests, "GET /api/conversations search=name",
                    i -> "/api/conversations?limit=50&search=Pelanggan%20" + ThreadLocalRandom.current().nextInt(conversations)));
            lines.add(measure(server.api, token, requests, "GET /api/conversations search=text",
                    i -> "/api/conversations?limit=50&search=invoice" + ThreadLocalRandom.current().nextInt(conversations)));
            lines.add(measure(server.api, token, requests, "GET /api/messages (latest 50)",
                    i -> "/api/messages?limit=50&conversationId=" + ids.get(i % ids.size())));
            System.out.printf("%nReads: %d conversations, %d messages in one tenant, %d requests each, %d cores%n",
                    conversations, (long) conversations * messagesPer, requests, Runtime.getRuntime().availableProcessors());
            lines.forEach(System.out::println);
        }
        System.exit(0);
    }

    private static String measure(Api api, String token, int requests, String label, IntFunction<String> path) {
        for (int i = 0; i < 50; i++) {
            check(api.get(path.apply(i)).token(token).send(), label);
        }
        Latencies latencies = new Latencies(requests);
        for (int i = 0; i < requests; i++) {
            String p = path.apply(i);
            long t0 = System.nanoTime();
            Api.Reply reply = api.get(p).token(token).send();
            latencies.add(System.nanoTime() - t0);
            check(reply, label);
        }
        double p95 = latencies.percentileMillis(95);
        return String.format("%-44s p50 %6.2f ms   p95 %6.2f ms   ceiling p95 %.0f ms   ratio %.2f", label,
                latencies.percentileMillis(50), p95, CEILING_P95_MS, p95 / CEILING_P95_MS);
    }

    private static void check(Api.Reply reply, String label) {
        if (reply.status() != 200) {
            throw new IllegalStateException(label + " answered " + reply);
        }
    }

    /** Rows shaped like real ones: contacts, conversations with counters, messages spread over a year. */
    static void seed(JdbcClient jdbc, UUID tenant, int conversations, int messagesPer) {
        UUID channel = jdbc.sql("SELECT id FROM channels WHERE tenant_id = ?").param(tenant).query(UUID.class).single();
        jdbc.sql("""
                INSERT INTO contacts (id, tenant_id, phone, wa_id, name, first_contact_at, last_contact_at, total_messages_received)
                SELECT gen_random_uuid(), :tenant, '+62857' || lpad(g::text, 8, '0'), '62857' || lpad(g::text, 8, '0'),
                       'Pelanggan ' || g, now() - interval '365 days', now() - (g || ' minutes')::interval, :per
                FROM generate_series(0, :n - 1) g
                """).param("tenant", tenant).param("n", conversations).param("per", messagesPer).update();
        jdbc.sql("""
                INSERT INTO conversations (id, tenant_id, contact_id, customer_phone, customer_name, status, unread_count,
                    total_messages, last_message_at, last_message_content, last_message_from, last_customer_message_at,
                    tags, created_at)
                SELECT gen_random_uuid(), :tenant, c.id, c.phone, c.name,
                       (ARRAY['active','pending','resolved','closed'])[1 + (abs(hashtext(c.phone)) % 4)],
                       abs(hashtext(c.phone)) % 3, :per, c.last_contact_at, 'Pesan terakhir ' || c.name, 'customer',
                       c.last_contact_at, CASE WHEN abs(hashtext(c.phone)) % 10 = 0 THEN ARRAY['vip'] ELSE '{}' END,
                       c.first_contact_at
                FROM contacts c WHERE c.tenant_id = :tenant
                """).param("tenant", tenant).param("per", messagesPer).update();
        jdbc.sql("""
                INSERT INTO messages (id, tenant_id, conversation_id, channel_id, wa_message_id, direction, sender_type,
                    sender_id, message_type, content, status, sent_at, created_at)
                SELECT gen_random_uuid(), :tenant, cv.id, :channel, 'wamid.SEED.' || cv.id || '.' || m,
                       CASE WHEN m % 2 = 0 THEN 'inbound' ELSE 'outbound' END,
                       CASE WHEN m % 2 = 0 THEN 'customer' ELSE 'cs' END, cv.customer_phone, 'text',
                       CASE WHEN m = 0 THEN 'Minta invoice' || substr(cv.customer_phone, 6)::int ELSE 'Halo kak, pesan ke ' || m END,
                       'delivered', cv.last_message_at - ((:per - m) || ' minutes')::interval, now()
                FROM conversations cv CROSS JOIN generate_series(0, :per - 1) m
                WHERE cv.tenant_id = :tenant
                """).param("tenant", tenant).param("channel", channel).param("per", messagesPer).update();
        // What autovacuum does soon after a bulk load, done at once: statistics for the planner, and
        // the search indexes' pending lists merged (until then every search reads them in full).
        jdbc.sql("VACUUM ANALYZE contacts").update();
        jdbc.sql("VACUUM ANALYZE conversations").update();
        jdbc.sql("VACUUM ANALYZE messages").update();
    }

}
