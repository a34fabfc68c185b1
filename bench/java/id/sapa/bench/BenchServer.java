package id.sapa.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
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
        // -Dsapa.args="--name=value ..." for a run with other settings (a profiler's comparison).
        args.addAll(List.of(System.getProperty("sapa.args", "").split(" ")).stream().filter(a -> !a.isBlank()).toList());
        return new BenchServer(new SpringApplicationBuilder(SapaApplication.class)
                .initializers(context -> context.addBeanFactoryPostProcessor(new WithoutTestBeans()))
                .run(args.toArray(String[]::new)));
    }

    /**
     * The benchmarks run on the test classpath (they borrow its HTTP helper), so component scanning
     * also finds the tests' own beans: event recorders that keep every event, fixtures, a failing
     * route. Sapa in production has none of them, and a recorder copying its growing list on every
     * event would be measured as Sapa's cost; they are removed before anything is created.
     */
    private static final class WithoutTestBeans implements BeanFactoryPostProcessor {

        /** Runs once component scanning has registered what it found. */
        @Override
        public void postProcessBeanFactory(ConfigurableListableBeanFactory factory) {
            BeanDefinitionRegistry registry = (BeanDefinitionRegistry) factory;
            for (String name : registry.getBeanDefinitionNames()) {
                String type = registry.getBeanDefinition(name).getBeanClassName();
                if (type != null && fromTestClasses(type)) {
                    registry.removeBeanDefinition(name);
                    System.out.println("(left out the tests' bean " + type + ")");
                }
            }
        }

        private static boolean fromTestClasses(String type) {
            var resource = BenchServer.class.getClassLoader().getResource(type.replace('.', '/') + ".class");
            return resource != null && resource.getPath().contains("/test-classes/")
                    && !type.startsWith(BenchServer.class.getPackageName());
        }
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
