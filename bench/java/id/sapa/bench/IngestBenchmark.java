package id.sapa.bench;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import id.sapa.channel.Channel;
import id.sapa.channel.Channels;
import id.sapa.channel.spi.InboundEvent.InboundMessage;
import id.sapa.channel.spi.MessageKind;
import id.sapa.shared.PhoneNumber;
import id.sapa.shared.WhatsAppUser;
import id.sapa.shared.TenantId;
import id.sapa.support.Api;
import id.sapa.tenant.Tenants;

/**
 * Ingest: N customer text messages from M customers through the inbound path, against the ceiling
 * of plain JDBC writing the same rows (contact upsert, conversation upsert, message insert) in one
 * transaction per message, same concurrency, same database. Measured end to end over HTTP through
 * {@code POST /api/sandbox/inbound} (request sent → response with the committed id), and for
 * comparison the pipeline alone as a provider adapter feeds it (normalised event → commit). The
 * paths are warmed in rounds of {@code -Dwarmup} messages each until the JIT compiler has settled,
 * and the measured rounds alternate them.
 *
 * <pre>./mvnw -q -Pbench test-compile exec:java -Dbench=Ingest [-Dmessages=5000 -Dcustomers=500 -Dclients=8 -Dwarmup=8000 -Drounds=3]</pre>
 *
 * {@code -Donly=http|pipeline|jdbc} runs one path once, for a profiler.
 */
public final class IngestBenchmark {

    /** Warm-up ends after a round that spent less than this percentage of its time in the JIT compiler... */
    private static final int SETTLED_PERCENT = 2;
    /** ...or after this many rounds. */
    private static final int MAX_WARMUP_ROUNDS = 8;

    public static void main(String[] args) throws Exception {
        int messages = Integer.getInteger("messages", 5000);
        int customers = Integer.getInteger("customers", 500);
        int clients = Integer.getInteger("clients", 8);
        int rounds = Integer.getInteger("rounds", 3);
        int warmup = Integer.getInteger("warmup", 8000);
        // Auto-replies off: each message would also queue and send replies on the same two cores;
        // what they cost is measured by the AutoReply benchmark.
        try (BenchServer server = BenchServer.start("--sapa.auto-reply.enabled=false")) {
            String token = server.businessWithSandbox("Toko Bench");
            KeepAliveClient[] connections = new KeepAliveClient[clients];
            for (int c = 0; c < clients; c++) {
                connections[c] = new KeepAliveClient(server.port);
            }
            Path http = (count, prefix) -> {
                byte[][] requests = new byte[count][];
                for (int i = 0; i < count; i++) {
                    requests[i] = inboundRequest(server.port, token, i, customers, prefix);
                }
                return (client, i) -> send(connections[client], requests[i]);
            };

            // The same pipeline without HTTP: the normalised event a webhook or the sandbox hands over.
            Channels channels = server.bean(Channels.class);
            String pipelineToken = server.businessWithSandbox("Toko Pipeline");
            Channel channel = channels.find(TenantId.of(server.api.get("/api/auth/me").token(pipelineToken).send().json()
                    .get("tenant").get("id").asString())).orElseThrow();
            Path pipeline = (count, prefix) -> (client, i) -> pipelineInbound(channels, channel, i, customers, prefix);

            DataSource dataSource = server.bean(DataSource.class);
            var tenant = server.bean(Tenants.class).create("Toko Ceiling").id();
            UUID ceilingChannel = UUID.randomUUID();
            Path jdbc = (count, prefix) -> (client, i) -> jdbcInbound(dataSource, tenant.value(), ceilingChannel, i, customers,
                    prefix);

            String only = System.getProperty("only");
            if (only != null) {
                // For a profiler: one path alone, as long as -Dmessages asks.
                Path path = switch (only) {
                    case "http" -> http;
                    case "pipeline" -> pipeline;
                    case "jdbc" -> jdbc;
                    default -> throw new IllegalArgumentException("-Donly=http|pipeline|jdbc");
                };
                warmUp(warmup, clients, List.of(path));
                System.out.println(run(messages, clients, path, "m").line(only));
                System.exit(0);
            }
            warmUp(warmup, clients, List.of(http, pipeline, jdbc));
            // Rounds alternate the three paths so that whatever else the machine does at some moment
            // weighs on all of them alike; each path reports its median round.
            List<Result> overHttp = new ArrayList<>();
            List<Result> inPipeline = new ArrayList<>();
            List<Result> ceiling = new ArrayList<>();
            long compiledBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
            long measuring = System.nanoTime();
            for (int r = 0; r < rounds; r++) {
                overHttp.add(run(messages, clients, http, "m" + r + "-"));
                inPipeline.add(run(messages, clients, pipeline, "m" + r + "-"));
                ceiling.add(run(messages, clients, jdbc, "m" + r + "-"));
            }
            double measuredSeconds = (System.nanoTime() - measuring) / 1e9;
            long compiling = ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - compiledBefore;
            for (KeepAliveClient connection : connections) {
                connection.close();
            }
            Result sapa = median(overHttp);
            Result pipe = median(inPipeline);
            Result plain = median(ceiling);
            System.out.printf("%nIngest: %d messages from %d customers, %d concurrent clients, %d cores, median of %d rounds%n",
                    messages, customers, clients, Runtime.getRuntime().availableProcessors(), rounds);
            System.out.println(sapa.line("sapa over HTTP"));
            System.out.println(pipe.line("sapa inbound pipeline"));
            System.out.println(plain.line("ceiling: plain JDBC"));
            System.out.printf("ratio (HTTP / ceiling):     %.0f%% of the ceiling's throughput (target >= 50%%)%n",
                    100.0 * sapa.perSecond() / plain.perSecond());
            System.out.printf("ratio (pipeline / ceiling): %.0f%%%n", 100.0 * pipe.perSecond() / plain.perSecond());
            System.out.printf("JIT compiling during the measured rounds: %d ms in %.0f s%n", compiling, measuredSeconds);
        }
        System.exit(0);
    }

    private static byte[] inboundRequest(int port, String token, int i, int customers, String prefix) {
        String from = "+62812" + (3_000_000 + i % customers);
        return KeepAliveClient.jsonPost(port, "/api/sandbox/inbound", token, Api.json(Map.of("from", from,
                "name", "Pelanggan " + i % customers, "text", "Halo kak, pesanan nomor " + i + " sudah dikirim?",
                "waMessageId", "wamid.BENCH." + prefix + i)));
    }

    private static void send(KeepAliveClient client, byte[] request) throws IOException {
        KeepAliveClient.Response reply = client.send(request);
        if (reply.status() != 200) {
            throw new IllegalStateException("inbound failed: " + reply);
        }
    }

    private static void pipelineInbound(Channels channels, Channel channel, int i, int customers, String prefix) {
        PhoneNumber from = PhoneNumber.parse("+62814" + (3_000_000 + i % customers));
        channels.receive(channel, new InboundMessage("wamid.PIPE." + prefix + i, WhatsAppUser.of(from), "Pelanggan " + i % customers,
                Instant.now(), MessageKind.TEXT, "Halo kak, pesanan nomor " + i + " sudah dikirim?", null, null, null, false));
    }

    /** The same three writes the pipeline makes, hand-written, in one transaction. */
    private static void jdbcInbound(DataSource dataSource, UUID tenant, UUID channel, int i, int customers, String prefix) {
        String phone = PhoneNumber.parse("+62813" + (3_000_000 + i % customers)).e164();
        Timestamp now = Timestamp.from(Instant.now());
        String text = "Halo kak, pesanan nomor " + i + " sudah dikirim?";
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            UUID contact;
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO contacts (id, tenant_id, phone, wa_id, name, first_contact_at, last_contact_at, total_messages_received)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 1)
                    ON CONFLICT (tenant_id, phone) DO UPDATE SET total_messages_received = contacts.total_messages_received + 1,
                        last_contact_at = EXCLUDED.last_contact_at, updated_at = now()
                    RETURNING id""")) {
                ps.setObject(1, UUID.randomUUID());
                ps.setObject(2, tenant);
                ps.setString(3, phone);
                ps.setString(4, phone.substring(1));
                ps.setString(5, "Pelanggan " + i % customers);
                ps.setTimestamp(6, now);
                ps.setTimestamp(7, now);
                var rs = ps.executeQuery();
                rs.next();
                contact = rs.getObject(1, UUID.class);
            }
            UUID conversation;
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO conversations AS cv (id, tenant_id, contact_id, customer_phone, customer_name, unread_count,
                        total_messages, last_message_at, last_message_content, last_message_from, last_customer_message_at)
                    VALUES (?, ?, ?, ?, ?, 1, 1, ?, ?, 'customer', ?)
                    ON CONFLICT (tenant_id, contact_id) WHERE contact_id IS NOT NULL DO UPDATE SET unread_count = cv.unread_count + 1,
                        total_messages = cv.total_messages + 1, last_message_at = EXCLUDED.last_message_at,
                        last_message_content = EXCLUDED.last_message_content, last_message_from = 'customer',
                        last_customer_message_at = EXCLUDED.last_customer_message_at, updated_at = now()
                    RETURNING id""")) {
                ps.setObject(1, UUID.randomUUID());
                ps.setObject(2, tenant);
                ps.setObject(3, contact);
                ps.setString(4, phone);
                ps.setString(5, "Pelanggan " + i % customers);
                ps.setTimestamp(6, now);
                ps.setString(7, text);
                ps.setTimestamp(8, now);
                var rs = ps.executeQuery();
                rs.next();
                conversation = rs.getObject(1, UUID.class);
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO messages (id, tenant_id, conversation_id, channel_id, wa_message_id, direction, sender_type,
                        sender_id, message_type, content, status, sent_at, delivered_at)
                    VALUES (?, ?, ?, ?, ?, 'inbound', 'customer', ?, 'text', ?, 'delivered', ?, ?)
                    ON CONFLICT (tenant_id, channel_id, wa_message_id) WHERE wa_message_id IS NOT NULL DO NOTHING""")) {
                ps.setObject(1, UUID.randomUUID());
                ps.setObject(2, tenant);
                ps.setObject(3, conversation);
                ps.setObject(4, channel);
                ps.setString(5, "wamid.CEIL." + prefix + i);
                ps.setString(6, phone);
                ps.setString(7, text);
                ps.setTimestamp(8, now);
                ps.setTimestamp(9, now);
                ps.executeUpdate();
            }
            c.commit();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One way in. For a run it first prepares what the load driver sends (the HTTP requests'
     * bytes), before the clock starts: the driver's own work is not the server's cost.
     */
    interface Path {
        Work prepare(int count, String prefix);
    }

    /** Message {@code i}, sent by client {@code client}. */
    interface Work {
        void run(int client, int i) throws Exception;
    }

    record Result(int count, long wallNanos, double p50, double p99, CpuMeter.Spent cpu) {
        double perSecond() {
            return count / (wallNanos / 1e9);
        }

        String line(String label) {
            return String.format("%-22s %8.0f msg/s   p50 %6.2f ms   p99 %6.2f ms   CPU per message: %s", label,
                    perSecond(), p50, p99, cpu.perMessage(count));
        }
    }

    /**
     * Runs the paths in warm-up rounds until the JIT compiler has nearly finished with them. A server
     * still compiling its request path after tens of thousands of requests spends a good part of the
     * two cores on that, which is not what a running Sapa costs; the rounds stop once one of them
     * spent under {@value #SETTLED_PERCENT} % of its time compiling, or after {@value #MAX_WARMUP_ROUNDS}.
     */
    private static void warmUp(int perRound, int clients, List<Path> paths) throws Exception {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        for (int round = 1; round <= MAX_WARMUP_ROUNDS; round++) {
            long compiledBefore = jit.getTotalCompilationTime();
            long start = System.nanoTime();
            for (Path path : paths) {
                run(perRound, clients, path, "w" + round + "-");
            }
            double wallMillis = (System.nanoTime() - start) / 1e6;
            long compiling = jit.getTotalCompilationTime() - compiledBefore;
            System.out.printf("warm-up round %d: %d messages per path, %.1f s, JIT compiling %d ms%n", round, perRound,
                    wallMillis / 1000, compiling);
            if (compiling < SETTLED_PERCENT / 100.0 * wallMillis) {
                return;
            }
        }
    }

    private static Result median(List<Result> rounds) {
        List<Result> sorted = new ArrayList<>(rounds);
        sorted.sort(Comparator.comparingDouble(Result::perSecond));
        return sorted.get(sorted.size() / 2);
    }

    private static Result run(int count, int clients, Path path, String prefix) throws Exception {
        Work work = path.prepare(count, prefix);
        Latencies latencies = new Latencies(count);
        AtomicInteger next = new AtomicInteger();
        CpuMeter.Reading cpu = CpuMeter.read();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        long t0 = System.nanoTime();
                        work.run(client, i);
                        latencies.add(System.nanoTime() - t0);
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        }
        long wall = System.nanoTime() - start;
        return new Result(count, wall, latencies.percentileMillis(50), latencies.percentileMillis(99), CpuMeter.since(cpu));
    }
}
