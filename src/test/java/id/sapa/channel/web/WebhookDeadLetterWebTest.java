package id.sapa.channel.web;

import static id.sapa.support.MetaWebhooks.contact;
import static id.sapa.support.MetaWebhooks.messages;
import static id.sapa.support.MetaWebhooks.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.sapa.channel.internal.WebhookInbox;
import id.sapa.shared.Role;
import id.sapa.support.Api;
import id.sapa.support.FakeProvidersTestSupport;
import id.sapa.support.TestAccounts.SignedIn;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.JsonNode;

/**
 * A Meta notice one of whose messages can never be stored: the others are, the notice is tried the
 * configured number of times (3 in tests) and then kept as a dead letter its business can see and retry.
 */
class WebhookDeadLetterWebTest extends FakeProvidersTestSupport {

    static final String CUSTOMER = "6281234567890";
    static final String PATH = "/api/whatsapp/webhook-dead-letters";

    @Autowired
    MeterRegistry meters;

    SignedIn owner;
    CloudNumber number;
    Instant now;

    @BeforeEach
    void connect() {
        owner = accounts.registerBusiness("Toko Surat Mati");
        number = connectCloudApi(owner);
        now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    @Test
    void aNoticeThatKeepsFailingIsKeptAsADeadLetterAfterTheLastAttemptAndItsOtherMessagesAreStored() {
        String stored = "wamid.OK" + UUID.randomUUID();
        String doomed = "wamid.FUTURE" + UUID.randomUUID();
        double deadBefore = deadLetters();

        // A time beyond PostgreSQL's range: read without complaint, refused by the database on every attempt.
        webhook(messages(number, contact(CUSTOMER, "Budi"), text(stored, CUSTOMER, now, "Tetap tersimpan") + ","
                + text(doomed, CUSTOMER, Instant.ofEpochSecond(100_000_000_000_000L), "Dari masa depan")));

        assertThat(jdbc.sql("SELECT wa_message_id FROM messages WHERE tenant_id = ?").param(owner.tenantId().value())
                .query(String.class).list()).containsExactly(stored);
        JsonNode list = api.get(PATH).token(owner.token()).send().json();
        assertThat(list.get("meta").get("total").asInt()).isEqualTo(1);
        JsonNode dead = list.get("data").get(0);
        assertThat(dead.get("provider").asString()).isEqualTo("cloud_api");
        assertThat(dead.get("attempts").asInt()).isEqualTo(3);
        assertThat(dead.get("lastError").asString()).startsWith(doomed + ": ").doesNotContain("Dari masa depan");
        assertThat(Instant.parse(dead.get("firstFailedAt").asString())).isBeforeOrEqualTo(Instant.parse(dead.get("deadAt").asString()));
        assertThat(dead.has("body")).isFalse();
        // Counted once the move is committed, a moment after the delivery row is gone.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(deadLetters()).isEqualTo(deadBefore + 1));
    }

    @Test
    void aRetriedDeadLetterIsProcessedAgainWithoutStoringTwiceAndComesBackWhenItStillFails() {
        String stored = "wamid.OK" + UUID.randomUUID();
        webhook(messages(number, contact(CUSTOMER, "Budi"), text(stored, CUSTOMER, now, "Tetap tersimpan") + ","
                + text("wamid.FUTURE" + UUID.randomUUID(), CUSTOMER, Instant.ofEpochSecond(100_000_000_000_000L), "Lagi")));
        String first = api.get(PATH).token(owner.token()).send().json().get("data").get(0).get("id").asString();

        Api.Reply retried = api.post(PATH + "/" + first + "/retry", Map.of()).token(owner.token()).send();

        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json().get("success").asBoolean()).isTrue();
        awaitWebhooksProcessed();
        await().atMost(Duration.ofSeconds(15)).until(() -> api.get(PATH).token(owner.token()).send().json()
                .get("meta").get("total").asInt() == 1);
        assertThat(api.get(PATH).token(owner.token()).send().json().get("data").get(0).get("id").asString())
                .isNotEqualTo(first);
        assertThat(jdbc.sql("SELECT count(*) FROM messages WHERE tenant_id = ?").param(owner.tenantId().value())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anotherBusinessNeitherSeesNorRetriesTheDeadLetterAndOperatorsMayNotList() {
        webhook(messages(number, contact(CUSTOMER, "Budi"),
                text("wamid.FUTURE" + UUID.randomUUID(), CUSTOMER, Instant.ofEpochSecond(100_000_000_000_000L), "Rahasia")));
        String id = api.get(PATH).token(owner.token()).send().json().get("data").get(0).get("id").asString();
        SignedIn other = accounts.registerBusiness("Toko Tetangga");
        String operator = accounts.addUser(owner.tenantId(), Role.OPERATOR).token();

        assertThat(api.get(PATH).token(other.token()).send().json().get("meta").get("total").asInt()).isZero();
        Api.Reply foreign = api.post(PATH + "/" + id + "/retry", Map.of()).token(other.token()).send();
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.json().get("type").asString()).isEqualTo("https://sapa.id/problems/not-found");
        assertThat(api.get(PATH).token(operator).send().status()).isEqualTo(403);
        assertThat(api.get(PATH + "?limit=500").token(owner.token()).send().status()).isEqualTo(400);
        assertThat(api.get(PATH).token(owner.token()).send().json().get("meta").get("total").asInt()).isEqualTo(1);
    }

    private double deadLetters() {
        var counter = meters.find(WebhookInbox.DEAD_LETTERS_METRIC).tag("provider", "cloud_api").counter();
        return counter == null ? 0 : counter.count();
    }
}
