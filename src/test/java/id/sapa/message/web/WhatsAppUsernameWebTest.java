package id.sapa.message.web;

import static id.sapa.support.MetaWebhooks.contact;
import static id.sapa.support.MetaWebhooks.messages;
import static id.sapa.support.MetaWebhooks.statuses;
import static id.sapa.support.MetaWebhooks.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import id.sapa.support.Api;
import id.sapa.support.FakeProvidersTestSupport;
import id.sapa.support.TestAccounts.SignedIn;
import tools.jackson.databind.JsonNode;

/**
 * Customers who adopted a WhatsApp username reach the business with a business-scoped user id
 * (BSUID) and no phone number (Meta's webhooks since 2026: {@code contacts[].user_id},
 * {@code messages[].from_user_id}, {@code contacts[].profile.username}, no {@code wa_id} or
 * {@code from}). They are stored, answered by a person and by auto-reply (addressed by
 * {@code recipient}), found by search, and joined with the same person's earlier number.
 */
@TestPropertySource(properties = "sapa.auto-reply.enabled=true")
class WhatsAppUsernameWebTest extends FakeProvidersTestSupport {

    static final String PHONE = "6281234567890";
    static final String BSUID = "ID.1502576394655843";

    SignedIn owner;
    CloudNumber number;
    Instant now;

    @BeforeEach
    void connect() {
        owner = accounts.registerBusiness("Toko Nama Pengguna");
        number = connectCloudApi(owner);
        now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (JsonNode rule : api.get("/api/auto-reply/rules").token(owner.token()).send().json().get("rules")) {
            api.delete("/api/auto-reply/rules/" + rule.get("id").asString()).token(owner.token()).send();
        }
    }

    @Test
    void aCustomerWithoutANumberIsStoredAnsweredByBsuidAndFoundByUsername() {
        Api.Reply reply = webhook(messages(number, usernameContact(BSUID, "sheena.nelson", "Sheena Nelson"),
                usernameText("wamid.U1" + UUID.randomUUID(), BSUID, now, "Halo, stok masih ada?")));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode conversation = api.get("/api/conversations").token(owner.token()).send().json().get("data").get(0);
        assertThat(conversation.has("customerPhone")).as("no number is invented").isFalse();
        assertThat(conversation.get("customerUserId").asString()).isEqualTo(BSUID);
        assertThat(conversation.get("customerUsername").asString()).isEqualTo("sheena.nelson");
        assertThat(conversation.get("customerName").asString()).isEqualTo("Sheena Nelson");
        assertThat(conversation.get("unreadCount").asInt()).isEqualTo(1);
        JsonNode contact = api.get("/api/contacts").token(owner.token()).send().json().get("data").get(0);
        assertThat(contact.get("userId").asString()).isEqualTo(BSUID);
        assertThat(contact.get("username").asString()).isEqualTo("sheena.nelson");

        String id = api.post("/api/messages/send", Map.of("conversationId", conversation.get("id").asString(),
                "content", "Masih ada kak")).token(owner.token()).send().json().get("message").get("id").asString();

        await().atMost(Duration.ofSeconds(10)).until(() -> "sent".equals(status(id)));
        graph.verifySent(number.phoneNumberId(), """
                {"messaging_product": "whatsapp", "recipient_type": "individual", "recipient": "%s",
                 "type": "text", "text": {"preview_url": false, "body": "Masih ada kak"}}""".formatted(BSUID));
        assertThat(graph.sentBodies(number.phoneNumberId()).getFirst()).doesNotContain("\"to\"");
        assertThat(searchIds("sheena")).containsExactly(conversation.get("id").asString());
        assertThat(api.get("/api/contacts?search=sheena").token(owner.token()).send().json().get("data").size()).isOne();
    }

    @Test
    void aStatusAddressedByBsuidMovesTheMessageForward() {
        webhook(messages(number, usernameContact(BSUID, "sheena", null), usernameText("wamid.U2" + UUID.randomUUID(), BSUID,
                now, "Halo")));
        String conversationId = onlyConversationId();
        String id = api.post("/api/messages/send", Map.of("conversationId", conversationId, "content", "Halo kak"))
                .token(owner.token()).send().json().get("message").get("id").asString();
        await().atMost(Duration.ofSeconds(10)).until(() -> "sent".equals(status(id)));
        String wamid = jdbc.sql("SELECT wa_message_id FROM messages WHERE id = ?").param(UUID.fromString(id))
                .query(String.class).single();

        // Meta leaves out recipient_id for a customer without a number and names them by recipient_user_id.
        webhook(statuses(number, """
                {"id": "%s", "status": "read", "timestamp": "%d", "recipient_user_id": "%s",
                 "pricing": {"billable": false, "pricing_model": "PMP", "category": "service"}}"""
                .formatted(wamid, now.getEpochSecond() + 5, BSUID)));

        assertThat(status(id)).isEqualTo("read");
    }

    @Test
    void autoReplyAnswersACustomerKnownOnlyByUsername() {
        Api.Reply rule = api.post("/api/auto-reply/rules", Map.of("name", "Harga", "triggerType", "keyword",
                "keywords", List.of("harga"), "matchType", "contains", "responseType", "text",
                "responseMessage", "Harga mulai 50rb ya kak", "delaySeconds", 0)).token(owner.token()).send();
        assertThat(rule.status()).as(rule.toString()).isEqualTo(201);

        webhook(messages(number, usernameContact(BSUID, "sheena", "Sheena"), usernameText("wamid.U3" + UUID.randomUUID(),
                BSUID, Instant.now(), "Berapa harga kaos ini?")));

        await().atMost(Duration.ofSeconds(30)).until(() -> !graph.sentBodies(number.phoneNumberId()).isEmpty());
        graph.verifySent(number.phoneNumberId(), """
                {"messaging_product": "whatsapp", "recipient_type": "individual", "recipient": "%s",
                 "type": "text", "text": {"preview_url": false, "body": "Harga mulai 50rb ya kak"}}""".formatted(BSUID));
    }

    @Test
    void aCustomerFirstSeenByNumberThenByBsuidAloneIsOneContactAndOneConversation() {
        webhook(messages(number, contact(PHONE, "Budi"), text("wamid.P1" + UUID.randomUUID(), PHONE, now.minusSeconds(60),
                "Halo, pesanan saya?")));
        // Since April 2026 Meta names both; this is the webhook that links the number to the BSUID.
        webhook(messages(number, """
                {"profile": {"name": "Budi"}, "wa_id": "%s", "user_id": "%s"}""".formatted(PHONE, BSUID), """
                {"from": "%s", "from_user_id": "%s", "id": "wamid.P2%s", "timestamp": "%d", "type": "text",
                 "text": {"body": "Sudah dibayar"}}""".formatted(PHONE, BSUID, UUID.randomUUID(), now.minusSeconds(30).getEpochSecond())));
        // Later he adopts a username and WhatsApp withholds the number.
        webhook(messages(number, usernameContact(BSUID, "budi.jaya", "Budi"), usernameText("wamid.P3" + UUID.randomUUID(),
                BSUID, now, "Kapan dikirim?")));

        assertThat(count("contacts")).isOne();
        assertThat(count("conversations")).isOne();
        assertThat(jdbc.sql("SELECT count(*) FROM messages WHERE tenant_id = ?").param(owner.tenantId().value())
                .query(Integer.class).single()).isEqualTo(3);
        JsonNode contact = api.get("/api/contacts").token(owner.token()).send().json().get("data").get(0);
        assertThat(contact.get("phone").asString()).isEqualTo("+" + PHONE);
        assertThat(contact.get("userId").asString()).isEqualTo(BSUID);
        assertThat(contact.get("username").asString()).isEqualTo("budi.jaya");
        assertThat(contact.get("totalMessagesReceived").asInt()).isEqualTo(3);
    }

    @Test
    void twoContactsOfOnePersonAreJoinedWhenAWebhookNamesBoth() {
        webhook(messages(number, contact(PHONE, "Budi"), text("wamid.J1" + UUID.randomUUID(), PHONE, now.minusSeconds(90),
                "Halo dari nomor")));
        webhook(messages(number, usernameContact(BSUID, "budi.jaya", null), usernameText("wamid.J2" + UUID.randomUUID(),
                BSUID, now.minusSeconds(60), "Halo dari username")));
        assertThat(count("conversations")).as("nothing links them yet").isEqualTo(2);
        String byNumber = jdbc.sql("SELECT id FROM conversations WHERE tenant_id = ? AND customer_phone IS NOT NULL")
                .param(owner.tenantId().value()).query(UUID.class).single().toString();
        api.post("/api/conversations/" + byNumber + "/notes", Map.of("content", "Pelanggan lama")).token(owner.token()).send();

        webhook(messages(number, """
                {"profile": {"name": "Budi", "username": "budi.jaya"}, "wa_id": "%s", "user_id": "%s"}""".formatted(PHONE, BSUID), """
                {"from": "%s", "from_user_id": "%s", "id": "wamid.J3%s", "timestamp": "%d", "type": "text",
                 "text": {"body": "Ini saya juga"}}""".formatted(PHONE, BSUID, UUID.randomUUID(), now.getEpochSecond())));

        assertThat(count("contacts")).isOne();
        assertThat(count("conversations")).isOne();
        JsonNode joined = api.get("/api/conversations").token(owner.token()).send().json().get("data").get(0);
        assertThat(joined.get("id").asString()).as("the older conversation is kept").isEqualTo(byNumber);
        assertThat(joined.get("customerPhone").asString()).isEqualTo("+" + PHONE);
        assertThat(joined.get("customerUserId").asString()).isEqualTo(BSUID);
        assertThat(joined.get("unreadCount").asInt()).isEqualTo(3);
        JsonNode history = api.get("/api/messages?conversationId=" + byNumber).token(owner.token()).send().json();
        assertThat(history.get("messages").size()).isEqualTo(3);
        assertThat(api.get("/api/conversations/" + byNumber + "/notes").token(owner.token()).send().json().toString())
                .contains("Pelanggan lama");
        assertThat(jdbc.sql("SELECT total_messages_received FROM contacts WHERE tenant_id = ?")
                .param(owner.tenantId().value()).query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void aChangedNumberNoticeIsASystemMessageAndTheNewNumberReachesTheSameConversation() {
        Instant written = now.minus(25, ChronoUnit.HOURS);
        webhook(messages(number, contact(PHONE, "Budi"), text("wamid.C1" + UUID.randomUUID(), PHONE, written, "Halo")));
        String conversationId = onlyConversationId();
        JsonNode before = conversation(conversationId);
        String newNumber = "6281298765432";

        // Meta's documented "user changed number" notice: from the old number, the new one in system.wa_id.
        webhook(messages(number, contact(PHONE, "Budi"), """
                {"from": "%s", "id": "wamid.C2%s", "timestamp": "%d", "type": "system",
                 "system": {"body": "User Budi changed from %s to %s", "wa_id": "%s", "type": "user_changed_number"}}"""
                .formatted(PHONE, UUID.randomUUID(), now.getEpochSecond(), PHONE, newNumber, newNumber)));

        JsonNode after = conversation(conversationId);
        assertThat(after.get("windowExpiresAt").asString()).as("a notice does not open the window")
                .isEqualTo(before.get("windowExpiresAt").asString());
        assertThat(after.get("unreadCount").asInt()).isEqualTo(before.get("unreadCount").asInt());
        assertThat(after.get("customerPhone").asString()).isEqualTo("+" + newNumber);
        assertThat(jdbc.sql("SELECT sender_type || ' ' || message_type FROM messages WHERE wa_message_id LIKE 'wamid.C2%'")
                .query(String.class).single()).isEqualTo("system system");
        // A free-form reply is still refused: Meta would refuse it too (131047).
        assertThat(api.post("/api/messages/send", Map.of("conversationId", conversationId, "content", "Halo kak"))
                .token(owner.token()).send().status()).isEqualTo(422);

        webhook(messages(number, contact(newNumber, "Budi"), text("wamid.C3" + UUID.randomUUID(), newNumber, now.plusSeconds(5),
                "Ini nomor baru saya")));

        assertThat(count("conversations")).isOne();
        assertThat(count("contacts")).isOne();
        assertThat(conversation(conversationId).get("unreadCount").asInt()).isEqualTo(before.get("unreadCount").asInt() + 1);
    }

    @Test
    void aReactionIsStoredButNeitherOpensTheWindowNorCountsAsUnread() {
        Instant written = now.minus(25, ChronoUnit.HOURS);
        String wamid = "wamid.R1" + UUID.randomUUID();
        webhook(messages(number, contact(PHONE, "Budi"), text(wamid, PHONE, written, "Halo")));
        String conversationId = onlyConversationId();
        JsonNode before = conversation(conversationId);

        webhook(messages(number, contact(PHONE, "Budi"), """
                {"from": "%s", "id": "wamid.R2%s", "timestamp": "%d", "type": "reaction",
                 "reaction": {"message_id": "%s", "emoji": "\\ud83d\\udc4d"}}"""
                .formatted(PHONE, UUID.randomUUID(), now.getEpochSecond(), wamid)));

        JsonNode after = conversation(conversationId);
        assertThat(after.get("windowExpiresAt").asString()).isEqualTo(before.get("windowExpiresAt").asString());
        assertThat(after.get("unreadCount").asInt()).isEqualTo(before.get("unreadCount").asInt());
        assertThat(jdbc.sql("SELECT content FROM messages WHERE wa_message_id LIKE 'wamid.R2%'").query(String.class).single())
                .isEqualTo("👍");
    }

    private static String usernameContact(String userId, String username, String name) {
        return """
                {"profile": {%s"username": "%s"}, "user_id": "%s"}"""
                .formatted(name == null ? "" : "\"name\": \"" + name + "\", ", username, userId);
    }

    private static String usernameText(String id, String userId, Instant at, String body) {
        return """
                {"from_user_id": "%s", "id": "%s", "timestamp": "%d", "type": "text", "text": {"body": "%s"}}"""
                .formatted(userId, id, at.getEpochSecond(), body);
    }

    private List<String> searchIds(String search) {
        JsonNode data = api.get("/api/conversations?search=" + search).token(owner.token()).send().json().get("data");
        return data.valueStream().map(c -> c.get("id").asString()).toList();
    }

    private JsonNode conversation(String id) {
        return api.get("/api/conversations/" + id).token(owner.token()).send().json().get("conversation");
    }

    private String onlyConversationId() {
        return jdbc.sql("SELECT id FROM conversations WHERE tenant_id = ?").param(owner.tenantId().value())
                .query(UUID.class).single().toString();
    }

    private int count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE tenant_id = ?").param(owner.tenantId().value())
                .query(Integer.class).single();
    }

    private String status(String id) {
        return jdbc.sql("SELECT status FROM messages WHERE id = ?").param(UUID.fromString(id)).query(String.class).single();
    }
}
