package id.sapa.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.awaitility.Awaitility;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.sapa.support.TestAccounts.SignedIn;

/**
 * Web tests of the real-provider channels: the server talks to a {@link FakeGraph} and a
 * {@link FakeWhapi}, the shared Meta app's secret and verify token are known, webhooks are signed
 * as Meta signs them.
 */
public abstract class FakeProvidersTestSupport extends WebTestSupport {

    public static final String APP_SECRET = "shared-app-secret-3f9a";
    public static final String VERIFY_TOKEN = "sapa-verify-7c1e";

    public static final String WHAPI_WEBHOOK_SECRET = "whapi-shared-secret-5d2b";

    protected static final FakeGraph graph = FakeGraph.start();
    protected static final FakeWhapi whapi = FakeWhapi.start();

    @DynamicPropertySource
    static void meta(DynamicPropertyRegistry registry) {
        registry.add("sapa.channel.cloud-api.graph-base-url", graph::baseUrl);
        registry.add("sapa.channel.cloud-api.graph-api-version", () -> FakeGraph.VERSION);
        registry.add("sapa.channel.cloud-api.app-secret", () -> APP_SECRET);
        registry.add("sapa.channel.cloud-api.verify-token", () -> VERIFY_TOKEN);
        registry.add("sapa.channel.cloud-api.timeout", () -> "2s");
        registry.add("sapa.channel.whapi.base-url", whapi::baseUrl);
        registry.add("sapa.channel.whapi.webhook-secret", () -> WHAPI_WEBHOOK_SECRET);
        registry.add("sapa.channel.whapi.timeout", () -> "2s");
    }

    /** A business number on the fake Graph, connected to a tenant. */
    public record CloudNumber(String phoneNumberId, String businessAccountId, String digits) {
    }

    /** Registers a number on the fake Graph and connects the owner's tenant to it with its own token. */
    protected CloudNumber connectCloudApi(SignedIn owner) {
        return connectCloudApi(owner, Map.of());
    }

    protected CloudNumber connectCloudApi(SignedIn owner, Map<String, String> extra) {
        String phoneNumberId = FakeGraph.newId();
        String waba = FakeGraph.newId();
        String digits = "62815" + (1_000_000 + ThreadLocalRandom.current().nextInt(9_000_000));
        graph.phoneNumber(phoneNumberId, "+62 815-" + digits.substring(5, 8) + "-" + digits.substring(8), "Toko Uji");
        graph.acceptMessages(phoneNumberId);
        var body = new java.util.HashMap<String, String>(Map.of("provider", "cloud_api", "phoneNumberId", phoneNumberId,
                "businessAccountId", waba, "accessToken", FakeGraph.TOKEN));
        body.putAll(extra);
        Api.Reply reply = api.post("/api/whatsapp/connect", body).token(owner.token()).send();
        if (reply.status() != 200) {
            throw new AssertionError("connect failed: " + reply);
        }
        return new CloudNumber(phoneNumberId, waba, digits);
    }

    /** POSTs the body to the shared webhook signed with the shared app's secret. */
    protected Api.Reply webhook(String body) {
        return webhook("/webhook/whatsapp", body, signature(APP_SECRET, body.getBytes(StandardCharsets.UTF_8)));
    }

    protected Api.Reply webhook(String path, String body, String signature) {
        Api.Request request = api.post(path, null).header("Content-Type", "application/json");
        if (signature != null) {
            request.header("X-Hub-Signature-256", signature);
        }
        Api.Reply reply = request.send(HttpRequest.BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.UTF_8)));
        awaitWebhooksProcessed();
        return reply;
    }

    /** Webhooks are answered at once and processed by a job: waits until every accepted body was. */
    protected void awaitWebhooksProcessed() {
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql("SELECT count(*) FROM webhook_deliveries")
                .query(Integer.class).single() == 0);
    }

    /**
     * After a notice of a good message with a NUL ("Halo\u0000 kak") and an over-long profile name,
     * poisoned items, and a last good message ("Terakhir"): the good ones stored cleaned, the name
     * cut to its column, nothing kept to try again.
     */
    protected void assertOnlyTheGoodItemsStoredCleaned(SignedIn owner, String first, String last, String longName) {
        assertThat(jdbc.sql("SELECT wa_message_id, content FROM messages WHERE tenant_id = ? ORDER BY content")
                .param(owner.tenantId().value()).query().listOfRows())
                .containsExactly(Map.of("wa_message_id", first, "content", "Halo kak"),
                        Map.of("wa_message_id", last, "content", "Terakhir"));
        assertThat(jdbc.sql("SELECT name FROM contacts WHERE tenant_id = ?").param(owner.tenantId().value())
                .query(String.class).single()).isEqualTo(longName.substring(0, 100));
        assertThat(jdbc.sql("SELECT count(*) FROM webhook_dead_letters WHERE tenant_id = ?").param(owner.tenantId().value())
                .query(Integer.class).single()).as("nothing left to try again").isZero();
    }

    public static String signature(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
