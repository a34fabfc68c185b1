package id.sapa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import id.sapa.support.Api;

/**
 * Starts Sapa the way the README does (embedded PostgreSQL, data under the data directory), stops
 * it, and starts it again: the first start prints a demo login that works, the second finds the
 * same data and prints no new password. Skipped when the suite runs against DATABASE_URL.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedStartIntegrationTest {

    @TempDir
    Path dataDir;

    @BeforeAll
    static void onlyOnTheEmbeddedDefault() {
        String url = System.getenv("DATABASE_URL");
        assumeTrue(url == null || url.isBlank(), "runs on the embedded database only");
    }

    @Test
    void firstStartPrintsAWorkingDemoLoginAndASecondStartKeepsTheData(CapturedOutput output) {
        String password;
        try (ConfigurableApplicationContext first = start()) {
            int port = port(first);
            assertThat(output.getOut()).contains("App:      http://localhost:" + port)
                    .contains("API docs: http://localhost:" + port + "/swagger-ui.html");
            password = printedPassword(output.getOut());
            assertThat(login(port, password).status()).isEqualTo(200);
        }
        assertThat(Files.exists(dataDir.resolve("postgres").resolve("PG_VERSION"))).isTrue();
        assertThat(Files.exists(dataDir.resolve("secrets").resolve("jwt-secret"))).isTrue();
        int printedBefore = output.getOut().split("password: ", -1).length;

        try (ConfigurableApplicationContext second = start()) {
            Api.Reply login = login(port(second), password);

            assertThat(login.status()).isEqualTo(200);
            assertThat(login.json().get("tenant").get("name").asString()).isEqualTo("Toko Demo");
            assertThat(login.json().get("user").get("role").asString()).isEqualTo("owner");
            assertThat(output.getOut().split("password: ", -1).length).isEqualTo(printedBefore);
        }
    }

    private ConfigurableApplicationContext start() {
        // Command-line arguments outrank the environment, as they would for a person starting Sapa.
        return new SpringApplicationBuilder(SapaApplication.class).run(
                "--server.port=0",
                "--sapa.data-dir=" + dataDir,
                "--sapa.database.url=",
                "--sapa.auth.jwt-secret=",
                "--logging.level.id.sapa=info");
    }

    private static Api.Reply login(int port, String password) {
        return new Api(port).post("/api/auth/login", Map.of("email", "demo@sapa.local", "password", password)).send();
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static String printedPassword(String log) {
        Matcher m = Pattern.compile("password: (\\S+)").matcher(log);
        assertThat(m.find()).as("the demo password is printed on the first start").isTrue();
        return m.group(1);
    }
}
