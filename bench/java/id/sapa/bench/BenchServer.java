package id.sapa.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import id.sapa.SapaApplication;
import id.sapa.support.Api;
import tools.jackson.databind.JsonNode;

/**
 * Sapa started in this JVM the way it runs in production (real PostgreSQL: the embedded one in a
 * throw-away directory, or DATABASE_URL's), quiet logs, a random port.
 */
final class BenchServer implements AutoCloseable {

    final ConfigurableApplicationContext context;
    final Api api;
    final int port;

    private BenchServer(ConfigurableApplicationContext context) {
        this.context = context;
        this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
        this.api = new Api(port);
    }

    static BenchServer start(String... extraArgs) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--sapa.database.ephemeral=true",
                "--sapa.database.pool-size=20",
                "--sapa.auth.demo-enabled=false",
                "--sapa.auth.jwt-secret=benchmark-secret-that-is-long-enough-for-hs256",
                "--sapa.data-dir=target/bench-data",
                "--logging.level.root=warn",
                "--spring.main.banner-mode=off"));
        args.addAll(List.of(extraArgs));
        return new BenchServer(new SpringApplicationBuilder(SapaApplication.class).run(args.toArray(String[]::new)));
    }

    /** Registers a business, links its sandbox number; answers the owner's token. */
    String businessWithSandbox(String name) {
        return signedUpWithSandbox(name).get("accessToken").asString();
    }

    /** Registers a business, links its sandbox number; answers the sign-up's answer (tokens, user, tenant). */
    JsonNode signedUpWithSandbox(String name) {
        String email = "bench-" + System.nanoTime() + "@example.test";
        JsonNode auth = api.post("/api/auth/register", Map.of("businessName", name, "name", "Bench", "email", email,
                "password", "benchmark-password")).send().json();
        String token = auth.get("accessToken").asString();
        api.post("/api/whatsapp/connect", Map.of()).token(token).send();
        api.post("/api/sandbox/scan", Map.of()).token(token).send();
        return auth;
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
