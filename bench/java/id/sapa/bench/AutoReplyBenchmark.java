package id.sapa.bench;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.sapa.autoreply.DecisionBenchmark;
import id.sapa.channel.Channel;
import id.sapa.channel.Channels;
import id.sapa.channel.spi.InboundEvent.InboundMessage;
import id.sapa.channel.spi.MessageKind;
import id.sapa.message.MessageEvent.MessageQueued;
import id.sapa.message.MessageEvent.MessageStatusChanged;
import id.sapa.message.MessageStatus;
import id.sapa.shared.ConversationId;
import id.sapa.shared.PhoneNumber;
import id.sapa.shared.WhatsAppUser;
import id.sapa.shared.TenantId;

/**
 * Auto-reply speed, two figures:
 * <ol>
 * <li>the decision (JMH, {@link DecisionBenchmark}): 10, 100 and 1,000 keyword rules × 5 keywords,
 * Sapa's compiled rule set against seed 002's loop in the same run; target p99 ≤ 1 ms at 1,000 rules and
 * ≥ 20× the loop;</li>
 * <li>end to end on a running Sapa: a customer message handed to the inbound pipeline (as the sandbox
 * or a webhook hands it) until the auto-reply (delay 0) leaves the send queue — the provider accepted it
 * and it is marked sent; target p99 ≤ 50 ms. Messages one at a time, each waiting for its reply.</li>
 * </ol>
 *
 * <pre>./mvnw -q -Pbench test-compile exec:java -Dbench=AutoReply [-Dreplies=2000 -Dwarmup=1000 -Djmh.time=2
 *     -DskipDecision=true -DskipEndToEnd=true]</pre>
 */
public final class AutoReplyBenchmark {

    public static void main(String[] args) throws Exception {
        if (!Boolean.getBoolean("skipDecision")) {
            decision();
        }
        if (!Boolean.getBoolean("skipEndToEnd")) {
            endToEnd(Integer.getInteger("replies", 2000), Integer.getInteger("warmup", 1000));
        }
        System.exit(0);
    }

    private static void decision() throws Exception {
        for (int rules : new int[] {10, 100, 1000}) {
            DecisionBenchmark check = new DecisionBenchmark();
            check.rules = rules;
            check.setUp();
            check.verifyAgreement();
        }
        exposeClassPathToForks();
        int seconds = Integer.getInteger("jmh.time", 2);
        Options options = new OptionsBuilder()
                .include(DecisionBenchmark.class.getName())
                .forks(1)
                .warmupIterations(4).warmupTime(TimeValue.seconds(seconds))
                .measurementIterations(5).measurementTime(TimeValue.seconds(seconds))
                .build();
        Collection<RunResult> results = new Runner(options).run();
        System.out.printf("%nDecision for one message (µs), JMH sample time, 1 thread%n");
        System.out.printf("%-6s | %-22s | %-22s | %s%n", "rules", "compiled p50 / p99", "seed loop p50 / p99", "ratio (loop / compiled, p50 · p99)");
        for (String rules : List.of("10", "100", "1000")) {
            RunResult compiled = find(results, "compiled", rules);
            RunResult loop = find(results, "naiveLoop", rules);
            double c50 = compiled.getPrimaryResult().getStatistics().getPercentile(50);
            double c99 = compiled.getPrimaryResult().getStatistics().getPercentile(99);
            double l50 = loop.getPrimaryResult().getStatistics().getPercentile(50);
            double l99 = loop.getPrimaryResult().getStatistics().getPercentile(99);
            System.out.printf("%-6s | %8.2f / %-11.2f | %8.2f / %-11.2f | %.1f× · %.1f×%n", rules, c50, c99, l50, l99,
                    l50 / c50, l99 / c99);
        }
        interleaved();
    }

    /**
     * The same comparison with the two decisions alternating in short blocks, so both see the same
     * machine load (on a shared machine JMH's separate forks may not): the median of 15 rounds.
     */
    private static void interleaved() {
        System.out.printf("%nInterleaved (blocks of ~50 ms each, median of 15 rounds), mean µs per decision%n");
        System.out.printf("%-6s | %-9s | %-9s | %s%n", "rules", "compiled", "seed loop", "ratio");
        for (int rules : new int[] {10, 100, 1000}) {
            DecisionBenchmark bench = new DecisionBenchmark();
            bench.rules = rules;
            bench.setUp();
            int fast = 20_000;
            int slow = Math.max(200, 200_000 / rules);
            double[] compiled = new double[15];
            double[] loop = new double[15];
            double[] ratio = new double[15];
            for (int warm = 0; warm < 5; warm++) {
                block(bench, fast, true);
                block(bench, slow, false);
            }
            for (int round = 0; round < 15; round++) {
                compiled[round] = block(bench, fast, true);
                loop[round] = block(bench, slow, false);
                ratio[round] = loop[round] / compiled[round];
            }
            System.out.printf("%-6d | %9.2f | %9.2f | %.1f×%n", rules, median(compiled), median(loop), median(ratio));
        }
    }

    private static double block(DecisionBenchmark bench, int times, boolean compiled) {
        long start = System.nanoTime();
        Object sink = null;
        for (int i = 0; i < times; i++) {
            sink = compiled ? bench.compiled() : bench.naiveLoop();
        }
        double micros = (System.nanoTime() - start) / 1000.0 / times;
        return sink == bench ? -1 : micros;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static RunResult find(Collection<RunResult> results, String method, String rules) {
        return results.stream()
                .filter(r -> r.getParams().getBenchmark().endsWith("." + method) && rules.equals(r.getParams().getParam("rules")))
                .findFirst().orElseThrow();
    }

    /** JMH forks a JVM with java.class.path; under exec:java the project's classes are in a class loader instead. */
    private static void exposeClassPathToForks() {
        if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader) {
            String classPath = java.util.Arrays.stream(loader.getURLs()).map(AutoReplyBenchmark::path)
                    .collect(Collectors.joining(File.pathSeparator));
            System.setProperty("java.class.path", classPath);
        }
    }

    private static String path(URL url) {
        try {
            return new File(url.toURI()).getPath();
        } catch (Exception e) {
            return url.getPath();
        }
    }

    private static void endToEnd(int replies, int warmup) throws Exception {
        try (BenchServer server = BenchServer.start()) {
            String token = server.businessWithSandbox("Toko Balas");
            TenantId tenant = TenantId.of(server.api.get("/api/auth/me").token(token).send().json().get("tenant").get("id").asString());
            for (var rule : server.api.get("/api/auto-reply/rules").token(token).send().json().get("rules")) {
                server.api.delete("/api/auto-reply/rules/" + rule.get("id").asString()).token(token).send();
            }
            server.api.post("/api/auto-reply/rules", Map.of("name", "Harga", "triggerType", "keyword",
                    "keywords", List.of("harga", "price list", "berapa", "ongkir", "diskon"), "matchType", "contains",
                    "wholeWord", true, "responseType", "text", "responseMessage", "Halo {{name}}, harga mulai 50rb",
                    "delaySeconds", 0)).token(token).send();
            Channels channels = server.bean(Channels.class);
            Channel channel = channels.find(tenant).orElseThrow();
            JdbcClient jdbc = server.bean(JdbcClient.class);

            Map<ConversationId, Long> started = new ConcurrentHashMap<>();
            Map<ConversationId, CountDownLatch> waiting = new ConcurrentHashMap<>();
            Latencies latencies = new Latencies(replies);
            boolean[] measuring = {false};
            // Where the time goes: pipeline (inbound committed), engine (reply queued), send job (marked sent).
            Latencies committedAfter = new Latencies(replies);
            Latencies queuedAfter = new Latencies(replies);
            Latencies sentAfter = new Latencies(replies);
            Map<ConversationId, Long> committed = new ConcurrentHashMap<>();
            Map<ConversationId, Long> queued = new ConcurrentHashMap<>();
            server.context.addApplicationListener((ApplicationListener<ApplicationEvent>) event -> {
                if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof MessageQueued q
                        && tenant.equals(q.tenantId())) {
                    queued.put(q.conversationId(), System.nanoTime());
                }
            });
            server.context.addApplicationListener((ApplicationListener<ApplicationEvent>) event -> {
                if (event instanceof PayloadApplicationEvent<?> payload
                        && payload.getPayload() instanceof MessageStatusChanged changed
                        && changed.status() == MessageStatus.SENT && tenant.equals(changed.tenantId())) {
                    long t3 = System.nanoTime();
                    Long t0 = started.remove(changed.conversationId());
                    Long t1 = committed.remove(changed.conversationId());
                    Long t2 = queued.remove(changed.conversationId());
                    if (t0 != null && measuring[0]) {
                        latencies.add(t3 - t0);
                        if (t1 != null && t2 != null) {
                            committedAfter.add(t1 - t0);
                            queuedAfter.add(t2 - t1);
                            sentAfter.add(t3 - t2);
                        }
                    }
                    CountDownLatch latch = waiting.remove(changed.conversationId());
                    if (latch != null) {
                        latch.countDown();
                    }
                }
            });

            // Customers exist beforehand (a first "halo" no rule answers), so each measured message
            // is a returning customer's and its conversation id is known.
            int customers = 200;
            List<PhoneNumber> phones = new ArrayList<>();
            for (int c = 0; c < customers; c++) {
                PhoneNumber phone = PhoneNumber.parse("+62815" + (4_000_000 + c));
                phones.add(phone);
                receive(channels, channel, phone, "halo", "setup" + c);
            }
            Map<String, ConversationId> conversations = new ConcurrentHashMap<>();
            jdbc.sql("SELECT customer_phone, id FROM conversations WHERE tenant_id = ?").param(tenant.value())
                    .query(rs -> {
                        conversations.put(rs.getString(1), new ConversationId(rs.getObject(2, UUID.class)));
                    });

            for (int i = 0; i < warmup + replies; i++) {
                measuring[0] = i >= warmup;
                PhoneNumber phone = phones.get(i % customers);
                ConversationId conversation = conversations.get(phone.e164());
                CountDownLatch latch = new CountDownLatch(1);
                waiting.put(conversation, latch);
                started.put(conversation, System.nanoTime());
                receive(channels, channel, phone, "kak, harga kaos polos berapa? " + i, "m" + i);
                committed.putIfAbsent(conversation, System.nanoTime());
                if (!latch.await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("no auto-reply for message " + i);
                }
            }
            System.out.printf("%nEnd to end: inbound pipeline → auto-reply (delay 0) marked sent by the send job, %d replies"
                    + " after %d warm-up, one at a time%n", latencies.count(), warmup);
            System.out.printf("p50 %.2f ms · p95 %.2f ms · p99 %.2f ms · max %.2f ms; target p99 ≤ 50 ms → ratio %.2f%n",
                    latencies.percentileMillis(50), latencies.percentileMillis(95), latencies.percentileMillis(99),
                    latencies.percentileMillis(100), latencies.percentileMillis(99) / 50.0);
            System.out.printf("  inbound committed after p50 %.2f / p99 %.2f ms; reply queued (engine) %.2f / %.2f ms later;"
                    + " marked sent (send job) %.2f / %.2f ms later%n",
                    committedAfter.percentileMillis(50), committedAfter.percentileMillis(99),
                    queuedAfter.percentileMillis(50), queuedAfter.percentileMillis(99),
                    sentAfter.percentileMillis(50), sentAfter.percentileMillis(99));
        }
    }

    private static void receive(Channels channels, Channel channel, PhoneNumber from, String text, String id) {
        channels.receive(channel, new InboundMessage("wamid.AR." + id + "." + System.nanoTime(), WhatsAppUser.of(from), "Pelanggan",
                Instant.now(), MessageKind.TEXT, text, null, null, null, false));
    }
}
