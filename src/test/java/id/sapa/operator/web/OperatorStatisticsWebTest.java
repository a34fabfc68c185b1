package id.sapa.operator.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.sapa.conversation.InboxFixtures;
import id.sapa.shared.ConversationId;
import id.sapa.shared.Role;
import id.sapa.support.Sandbox;
import id.sapa.support.TestAccounts.SignedIn;
import id.sapa.support.WebTestSupport;
import tools.jackson.databind.JsonNode;

/** Messages sent, first and average response times per member, as GET /api/cs-operators shows them. */
class OperatorStatisticsWebTest extends WebTestSupport {

    private static final String PHONE = "081399900001";

    @Autowired
    InboxFixtures inbox;

    SignedIn owner;
    SignedIn operator;
    ConversationId id;

    @BeforeEach
    void setUp() {
        owner = accounts.registerBusiness("Toko Statistik");
        operator = accounts.addUser(owner.tenantId(), Role.OPERATOR);
        new Sandbox(api, owner.token()).connect();
        id = inbox.customerWrites(owner.tenantId(), PHONE, "Budi", "Halo", Instant.now());
    }

    @Test
    void responseTimesAreMeasuredFromTheCustomersOldestUnansweredMessage() {
        customerWaitedSeconds(120);
        reply("Halo kak");
        reply("Ada yang bisa dibantu?");

        JsonNode stats = stats();
        assertThat(stats.get("totalMessagesSent").asInt()).isEqualTo(2);
        assertThat(stats.get("averageResponseTime").asInt()).isBetween(120, 140);
        assertThat(stats.get("firstResponseTime").asInt()).isBetween(120, 140);

        inbox.customerWrites(owner.tenantId(), PHONE, "Budi", "Berapa harganya?", Instant.now());
        customerWaitedSeconds(60);
        reply("50rb kak");

        stats = stats();
        assertThat(stats.get("totalMessagesSent").asInt()).isEqualTo(3);
        assertThat(stats.get("averageResponseTime").asInt()).isBetween(90, 110);
        assertThat(stats.get("firstResponseTime").asInt()).isBetween(120, 140);

        api.patch("/api/conversations/" + id, Map.of("status", "resolved")).token(owner.token()).send();
        inbox.customerWrites(owner.tenantId(), PHONE, "Budi", "Kak, satu lagi", Instant.now());
        customerWaitedSeconds(20);
        reply("Siap kak");

        stats = stats();
        assertThat(stats.get("firstResponseTime").asInt()).isBetween(70, 90);
        // Answering the unassigned chat took it (assignOnReply): its resolution was the operator's.
        assertThat(stats.get("totalChatsHandled").asInt()).isEqualTo(1);
    }

    @Test
    void notesAreNeverCountedAsReplies() {
        customerWaitedSeconds(30);
        api.post("/api/conversations/" + id + "/notes", Map.of("content", "Cek stok dulu")).token(operator.token()).send();

        JsonNode stats = stats();
        assertThat(stats.get("totalMessagesSent").asInt()).isZero();
        assertThat(stats.get("averageResponseTime").isNull()).isTrue();
        assertThat(jdbc.sql("SELECT awaiting_reply_since IS NOT NULL FROM conversations WHERE id = ?").param(id.value())
                .query(Boolean.class).single()).isTrue();
    }

    private void customerWaitedSeconds(int seconds) {
        jdbc.sql("UPDATE conversations SET awaiting_reply_since = now() - make_interval(secs => ?) WHERE id = ?")
                .param(seconds).param(id.value()).update();
    }

    private void reply(String text) {
        var sent = api.post("/api/messages/send", Map.of("conversationId", id.toString(), "content", text))
                .token(operator.token()).send();
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
    }

    private JsonNode stats() {
        for (JsonNode member : api.get("/api/cs-operators").token(owner.token()).send().json().get("operators")) {
            if (member.get("id").asString().equals(operator.userId())) {
                return member;
            }
        }
        throw new AssertionError("operator not listed");
    }
}
