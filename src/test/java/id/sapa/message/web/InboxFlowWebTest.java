package id.sapa.message.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.sapa.support.Api;
import id.sapa.support.Sandbox;
import id.sapa.support.TestAccounts;
import id.sapa.support.TestAccounts.SignedIn;
import id.sapa.support.WebTestSupport;
import tools.jackson.databind.JsonNode;

/**
 * The inbox end to end on the sandbox: a customer writes, the message is stored once, the team
 * answers, the answer reaches the customer's phone, receipts tick it forward, failures show and
 * can be retried.
 */
class InboxFlowWebTest extends WebTestSupport {

    private static final String CUSTOMER = "081234567890";
    private static final String CUSTOMER_E164 = "+6281234567890";

    SignedIn owner;
    Sandbox sandbox;

    @BeforeEach
    void setUp() {
        owner = accounts.registerBusiness("Toko Inbox");
        sandbox = new Sandbox(api, owner.token());
    }

    @Test
    void connectingShowsAQrCodeAndScanningConnectsASandboxNumber() {
        Api.Reply before = api.get("/api/whatsapp/status").token(owner.token()).send();
        assertThat(before.json().get("status").asString()).isEqualTo("disconnected");
        assertThat(before.json().get("isOnline").asBoolean()).isFalse();

        Api.Reply connect = api.post("/api/whatsapp/connect", Map.of()).token(owner.token()).send();
        assertThat(connect.status()).isEqualTo(200);
        assertThat(connect.json().get("status").asString()).isEqualTo("qr_pending");
        assertThat(connect.json().get("qrCode").asString()).startsWith("data:image/png;base64,");
        assertThat(connect.json().get("sessionId").asString()).hasSize(36);

        Api.Reply scan = api.post("/api/sandbox/scan", Map.of()).token(owner.token()).send();
        assertThat(scan.json().get("status").asString()).isEqualTo("connected");

        JsonNode status = api.get("/api/whatsapp/status").token(owner.token()).send().json();
        assertThat(status.get("status").asString()).isEqualTo("connected");
        assertThat(status.get("isOnline").asBoolean()).isTrue();
        assertThat(status.get("provider").asString()).isEqualTo("sandbox");
        assertThat(status.get("phoneNumber").asString()).startsWith("62811");
        assertThat(status.get("lastConnected").asString()).isNotBlank();
    }

    @Test
    void aCustomerMessageIsStoredOnceWithItsContactAndConversation() {
        sandbox.connect();
        Map<String, Object> body = new HashMap<>(Map.of("from", CUSTOMER, "name", "Budi", "text", "Halo, masih buka?",
                "waMessageId", "wamid.TEST." + UUID.randomUUID()));

        JsonNode first = sandbox.inbound(body);
        JsonNode again = sandbox.inbound(body);

        assertThat(again.get("messageId").asString()).isEqualTo(first.get("messageId").asString());
        assertThat(count("SELECT count(*) FROM messages WHERE tenant_id = ?", owner.tenantId().value())).isEqualTo(1);
        Map<String, Object> conversation = jdbc.sql("""
                SELECT customer_phone, customer_name, unread_count, total_messages, last_message_content, last_message_from
                FROM conversations WHERE tenant_id = ?""").param(owner.tenantId().value()).query().singleRow();
        assertThat(conversation).containsEntry("customer_phone", CUSTOMER_E164).containsEntry("customer_name", "Budi")
                .containsEntry("unread_count", 1).containsEntry("total_messages", 1)
                .containsEntry("last_message_content", "Halo, masih buka?").containsEntry("last_message_from", "customer");
        Map<String, Object> contact = jdbc.sql("""
                SELECT phone, name, total_messages_received, total_conversations FROM contacts WHERE tenant_id = ?""")
                .param(owner.tenantId().value()).query().singleRow();
        assertThat(contact).containsEntry("phone", CUSTOMER_E164).containsEntry("name", "Budi")
                .containsEntry("total_messages_received", 1).containsEntry("total_conversations", 1);
    }

    @Test
    void aResolvedConversationBecomesActiveWhenTheCustomerWritesAgain() {
        sandbox.connect();
        sandbox.customerSays(CUSTOMER, "Budi", "Halo");
        jdbc.sql("UPDATE conversations SET status = 'resolved', resolved_at = now() WHERE tenant_id = ?")
                .param(owner.tenantId().value()).update();

        sandbox.customerSays(CUSTOMER, "Budi", "Halo lagi");

        Map<String, Object> conversation = jdbc.sql("SELECT status, resolved_at, unread_count FROM conversations WHERE tenant_id = ?")
                .param(owner.tenantId().value()).query().singleRow();
        assertThat(conversation).containsEntry("status", "active").containsEntry("unread_count", 2);
        assertThat(conversation.get("resolved_at")).isNull();
        assertThat(count("SELECT total_conversations FROM contacts WHERE tenant_id = ?", owner.tenantId().value())).isEqualTo(2);
    }

    @Test
    void aReplyReachesTheCustomerAndReceiptsOnlyMoveItForward() {
        sandbox.connect();
        String conversationId = conversationOf(sandbox.customerSays(CUSTOMER, "Budi", "Ada stok?"));

        Api.Reply sent = send(conversationId, "Ada kak, silakan diorder 🙏");

        assertThat(sent.status()).isEqualTo(201);
        assertThat(sent.json().get("success").asBoolean()).isTrue();
        assertThat(sent.json().get("message").get("status").asString()).isEqualTo("pending");
        String messageId = sent.json().get("message").get("id").asString();
        await().atMost(Duration.ofSeconds(10)).until(() -> sandbox.outbox(CUSTOMER).size() == 1);
        JsonNode delivered = sandbox.outbox(CUSTOMER).get(0);
        assertThat(delivered.get("content").asString()).isEqualTo("Ada kak, silakan diorder 🙏");
        assertThat(delivered.get("type").asString()).isEqualTo("text");
        await().until(() -> "sent".equals(status(messageId)));
        String waMessageId = delivered.get("waMessageId").asString();
        assertThat(jdbc.sql("SELECT wa_message_id FROM messages WHERE id = ?").param(UUID.fromString(messageId))
                .query(String.class).single()).isEqualTo(waMessageId);

        sandbox.receipt(waMessageId, "read");
        assertThat(status(messageId)).isEqualTo("read");
        sandbox.receipt(waMessageId, "delivered");
        sandbox.receipt(waMessageId, "read");

        Map<String, Object> row = jdbc.sql("SELECT status, delivered_at, read_at FROM messages WHERE id = ?")
                .param(UUID.fromString(messageId)).query().singleRow();
        assertThat(row.get("status")).isEqualTo("read");
        assertThat(row.get("delivered_at")).isNotNull();
        assertThat(row.get("read_at")).isNotNull();
        assertThat(jdbc.sql("SELECT last_message_from FROM conversations WHERE id = ?")
                .param(UUID.fromString(conversationId)).query(String.class).single()).isEqualTo("cs");
    }

    @Test
    void aTransientFailureIsRetriedAndDeliveredOnce() {
        sandbox.connect();
        String conversationId = conversationOf(sandbox.customerSays(CUSTOMER, "Budi", "Halo"));
        sandbox.failNext(1, "server_error");

        String messageId = send(conversationId, "Halo juga").json().get("message").get("id").asString();

        await().atMost(Duration.ofSeconds(20)).until(() -> "sent".equals(status(messageId)));
        assertThat(sandbox.outbox(CUSTOMER).size()).isEqualTo(1);
        assertThat(count("SELECT send_attempts FROM messages WHERE id = ?", UUID.fromString(messageId))).isEqualTo(2);
    }

    @Test
    void aPermanentFailureIsVisibleAndCanBeRetried() {
        sandbox.connect();
        String conversationId = conversationOf(sandbox.customerSays(CUSTOMER, "Budi", "Halo"));
        sandbox.failNext(1, "invalid_recipient");

        String messageId = send(conversationId, "Pesanan Anda").json().get("message").get("id").asString();

        await().atMost(Duration.ofSeconds(10)).until(() -> "failed".equals(status(messageId)));
        assertThat(jdbc.sql("SELECT error_message FROM messages WHERE id = ?").param(UUID.fromString(messageId))
                .query(String.class).single()).contains("not on WhatsApp");
        assertThat(sandbox.outbox(CUSTOMER).isEmpty()).isTrue();

        Api.Reply retry = api.post("/api/messages/" + messageId + "/retry", Map.of()).token(owner.token()).send();

        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().get("message").get("status").asString()).isEqualTo("pending");
        await().atMost(Duration.ofSeconds(10)).until(() -> "sent".equals(status(messageId)));
        assertThat(sandbox.outbox(CUSTOMER).size()).isEqualTo(1);
        assertThat(api.post("/api/messages/" + messageId + "/retry", Map.of()).token(owner.token()).send().status())
                .isEqualTo(409);
    }

    @Test
    void aSendWhileDisconnectedIsKeptAsFailedWithTheReason() {
        sandbox.connect();
        String conversationId = conversationOf(sandbox.customerSays(CUSTOMER, "Budi", "Halo"));
        assertThat(api.delete("/api/whatsapp/disconnect").token(owner.token()).send().json().get("success").asBoolean())
                .isTrue();

        Api.Reply sent = send(conversationId, "Maaf baru balas");

        assertThat(sent.status()).isEqualTo(201);
        assertThat(sent.json().get("success").asBoolean()).isFalse();
        assertThat(sent.json().get("message").get("status").asString()).isEqualTo("failed");
        assertThat(sent.json().get("message").get("errorMessage").asString()).contains("not connected");
        assertThat(status(sent.json().get("message").get("id").asString())).isEqualTo("failed");
    }

    @Test
    void markReadResetsTheUnreadCount() {
        sandbox.connect();
        JsonNode first = sandbox.customerSays(CUSTOMER, "Budi", "Satu");
        JsonNode second = sandbox.customerSays(CUSTOMER, "Budi", "Dua");
        String conversationId = conversationOf(first);

        Api.Reply read = api.patch("/api/messages/" + second.get("messageId").asString() + "/mark-read",
                Map.of("messageIds", List.of(first.get("messageId").asString(), second.get("messageId").asString())))
                .token(owner.token()).send();

        assertThat(read.json().get("markedCount").asInt()).isEqualTo(2);
        assertThat(count("SELECT unread_count FROM conversations WHERE id = ?", UUID.fromString(conversationId))).isZero();
        assertThat(api.patch("/api/messages/" + second.get("messageId").asString() + "/mark-read",
                Map.of("messageIds", List.of(second.get("messageId").asString()))).token(owner.token()).send()
                .json().get("markedCount").asInt()).isZero();
    }

    @Test
    void mediaFromACustomerIsStoredAndServedToTheTenantOnly() {
        sandbox.connect();
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        Map<String, Object> body = new HashMap<>(Map.of("from", CUSTOMER, "type", "image", "text", "Ini buktinya",
                "fileName", "bukti.png", "mediaBase64", java.util.Base64.getEncoder().encodeToString(png)));

        String messageId = sandbox.inbound(body).get("messageId").asString();

        Map<String, Object> row = jdbc.sql("SELECT message_type, media_url, media_mime_type, media_size, content FROM messages WHERE id = ?")
                .param(UUID.fromString(messageId)).query().singleRow();
        assertThat(row).containsEntry("message_type", "image").containsEntry("media_mime_type", "image/png")
                .containsEntry("media_size", (long) png.length).containsEntry("content", "Ini buktinya");
        String url = (String) row.get("media_url");
        Api.Reply download = api.get(url).token(owner.token()).send();
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).isEqualTo("image/png");
        SignedIn stranger = accounts.registerBusiness("Toko Lain");
        assertThat(api.get(url).token(stranger.token()).send().status()).isEqualTo(404);
    }

    @Test
    void badInputNamesTheFieldAndStoresNothing() {
        sandbox.connect();
        Api.Reply badPhone = api.post("/api/sandbox/inbound", Map.of("from", "12ab", "text", "x")).token(owner.token()).send();
        assertThat(badPhone.status()).isEqualTo(400);
        assertThat(badPhone.json().get("errors").get(0).get("field").asString()).isEqualTo("from");

        String conversationId = conversationOf(sandbox.customerSays(CUSTOMER, "Budi", "Halo"));
        Api.Reply noContent = api.post("/api/messages/send", Map.of("conversationId", conversationId, "messageType", "text"))
                .token(owner.token()).send();
        assertThat(noContent.status()).isEqualTo(400);
        assertThat(noContent.json().get("errors").get(0).get("field").asString()).isEqualTo("content");
        Api.Reply noConversation = api.post("/api/messages/send", Map.of("content", "x")).token(owner.token()).send();
        assertThat(noConversation.json().get("errors").get(0).get("field").asString()).isEqualTo("conversationId");
        assertThat(count("SELECT count(*) FROM messages WHERE tenant_id = ?", owner.tenantId().value())).isEqualTo(1);
    }

    @Test
    void aBlockedContactGetsNothing() {
        sandbox.connect();
        String conversationId = conversationOf(sandbox.customerSays(CUSTOMER, "Budi", "Halo"));
        jdbc.sql("UPDATE contacts SET is_blocked = true WHERE tenant_id = ?").param(owner.tenantId().value()).update();

        assertThat(send(conversationId, "Halo").status()).isEqualTo(409);
        sandbox.customerSays(CUSTOMER, "Budi", "Masih di sini");
        assertThat(count("SELECT count(*) FROM messages WHERE tenant_id = ?", owner.tenantId().value())).isEqualTo(2);
    }

    @Test
    void anotherTenantReachesNoneOfIt() {
        sandbox.connect();
        JsonNode inbound = sandbox.customerSays(CUSTOMER, "Budi", "Halo");
        String conversationId = conversationOf(inbound);
        String messageId = inbound.get("messageId").asString();
        SignedIn other = accounts.registerBusiness("Toko Tetangga");
        new Sandbox(api, other.token()).connect();

        assertThat(api.post("/api/messages/send", Map.of("conversationId", conversationId, "content", "hai"))
                .token(other.token()).send().status()).isEqualTo(404);
        assertThat(api.post("/api/messages/" + messageId + "/retry", Map.of()).token(other.token()).send().status())
                .isEqualTo(404);
        assertThat(api.patch("/api/messages/" + messageId + "/mark-read", Map.of("messageIds", List.of(messageId)))
                .token(other.token()).send().status()).isEqualTo(404);
        assertThat(new Sandbox(api, other.token()).outbox(CUSTOMER).isEmpty()).isTrue();
        assertThat(count("SELECT unread_count FROM conversations WHERE id = ?", UUID.fromString(conversationId))).isEqualTo(1);
    }

    private Api.Reply send(String conversationId, String text) {
        return api.post("/api/messages/send", Map.of("conversationId", conversationId, "messageType", "text",
                "content", text)).token(owner.token()).send();
    }

    private String conversationOf(JsonNode inbound) {
        return jdbc.sql("SELECT conversation_id FROM messages WHERE id = ?")
                .param(UUID.fromString(inbound.get("messageId").asString())).query(UUID.class).single().toString();
    }

    private String status(String messageId) {
        return jdbc.sql("SELECT status FROM messages WHERE id = ?").param(UUID.fromString(messageId)).query(String.class)
                .single();
    }

    private int count(String sql, Object param) {
        return jdbc.sql(sql).param(param).query(Integer.class).single();
    }
}
