package id.sapa.realtime;

import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.junit.jupiter.api.Assumptions;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real npm {@code socket.io-client} run by Node ({@code src/test/js/listen.mjs}): it connects to
 * one namespace, prints every event it receives as a JSON line, and emits what it is told to.
 * Installs the npm package the first time it is needed.
 */
final class NodeSocketClient implements AutoCloseable {

    private static final Path SCRIPTS = Path.of("src", "test", "js");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final Process node;
    private final Writer commands;
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private final StringBuffer errors = new StringBuffer();
    private final AtomicInteger ackIds = new AtomicInteger();

    private NodeSocketClient(Process node) {
        this.node = node;
        this.commands = node.outputWriter(StandardCharsets.UTF_8);
        Thread.ofVirtual().start(() -> readLines(node.getInputStream(), this::receive));
        Thread.ofVirtual().start(() -> readLines(node.getErrorStream(), line -> errors.append(line).append('\n')));
    }

    /** Connects to {@code url} (namespace included) with socket.io-client options such as {@code auth}. */
    static NodeSocketClient connect(String url, Map<String, ?> options) {
        installClientOnce();
        try {
            return new NodeSocketClient(new ProcessBuilder("node", "listen.mjs", url, JSON.writeValueAsString(options))
                    .directory(SCRIPTS.toFile()).start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start node (is Node.js installed?)", e);
        }
    }

    /** Waits until the namespace accepted the socket. */
    NodeSocketClient awaitConnected() {
        awaitLine(line -> "connect".equals(kind(line)), "connect");
        return this;
    }

    /** Waits until the connection is refused; answers the client's {@code connect_error} message. */
    String awaitRefused() {
        return awaitLine(line -> "connect_error".equals(kind(line)), "connect_error").get("message").asString();
    }

    /** Waits for the first event {@code name} whose payload matches; answers the payload. */
    JsonNode awaitEvent(String name, Predicate<JsonNode> payload) {
        return awaitLine(line -> isEvent(line, name) && payload.test(line.get("data")), "event " + name).get("data");
    }

    JsonNode awaitEvent(String name) {
        return awaitEvent(name, payload -> true);
    }

    /** The payloads of every event {@code name} received so far. */
    List<JsonNode> events(String name) {
        List<JsonNode> payloads = new ArrayList<>();
        for (JsonNode line : received) {
            if (isEvent(line, name)) {
                payloads.add(line.get("data"));
            }
        }
        return payloads;
    }

    /** Everything received so far, one JSON object per line as the script printed it. */
    List<JsonNode> received() {
        return List.copyOf(received);
    }

    void emit(String event, Object data) {
        send(Map.of("emit", event, "data", data));
    }

    /** Emits with an acknowledgement callback and answers what the server acknowledged with. */
    JsonNode request(String event, Object data) {
        int id = ackIds.incrementAndGet();
        send(Map.of("emit", event, "data", data, "id", id));
        return awaitLine(line -> "ack".equals(kind(line)) && line.get("id").asInt() == id, "ack of " + event).get("data");
    }

    @Override
    public void close() {
        try {
            commands.close();
            if (!node.waitFor(10, TimeUnit.SECONDS)) {
                node.destroyForcibly();
            }
        } catch (IOException e) {
            node.destroyForcibly();
        } catch (InterruptedException e) {
            node.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void send(Map<String, ?> command) {
        try {
            commands.write(JSON.writeValueAsString(command) + "\n");
            commands.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("the node client has gone: " + errors, e);
        }
    }

    private JsonNode awaitLine(Predicate<JsonNode> wanted, String what) {
        return await().alias("socket.io-client to receive " + what).atMost(WAIT)
                .until(() -> find(wanted), Optional::isPresent)
                .orElseThrow();
    }

    private Optional<JsonNode> find(Predicate<JsonNode> wanted) {
        if (!node.isAlive() && node.exitValue() != 0) {
            throw new AssertionError("node exited with " + node.exitValue() + ": " + errors);
        }
        return received.stream().filter(wanted).findFirst();
    }

    private void receive(String line) {
        try {
            received.add(JSON.readTree(line));
        } catch (JacksonException e) {
            errors.append("not JSON: ").append(line).append('\n');
        }
    }

    private static boolean isEvent(JsonNode line, String name) {
        return "event".equals(kind(line)) && name.equals(line.get("event").asString());
    }

    private static String kind(JsonNode line) {
        return line.get("kind").asString();
    }

    private static void readLines(InputStream stream, Consumer<String> sink) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                sink.accept(line);
            }
        } catch (IOException e) {
            // the process ended
        }
    }

    /**
     * {@code npm ci} once per checkout: node_modules is not committed. Without Node.js the
     * protocol tests are skipped on a developer's machine (the README promises tests with only a
     * JDK) but fail in CI, where they must run.
     */
    private static synchronized void installClientOnce() {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (!ci) {
            Assumptions.assumeTrue(nodeInstalled(), "Node.js is not installed: socket.io-client protocol tests skipped");
        }
        if (Files.isDirectory(SCRIPTS.resolve("node_modules").resolve("socket.io-client"))) {
            return;
        }
        try {
            Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund")
                    .directory(SCRIPTS.toFile()).redirectErrorStream(true).start();
            String output = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
                throw new IllegalStateException("npm ci failed in " + SCRIPTS + ":\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run npm (is Node.js installed?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean nodeInstalled() {
        try {
            Process node = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            node.getInputStream().readAllBytes();
            return node.waitFor(30, TimeUnit.SECONDS) && node.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
