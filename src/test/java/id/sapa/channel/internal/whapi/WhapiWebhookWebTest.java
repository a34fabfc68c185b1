package id.sapa.channel.internal.whapi;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.sapa.support.Api;
import id.sapa.support.FakeProvidersTestSupport;
import id.sapa.support.TestAccounts.SignedIn;

/** Whapi end to end: connect, the secret webhook URL, messages, owner echoes, statuses, replies. */
class WhapiWebhookWebTest extends FakeProvidersTestSupport {

    static final String CUSTOMER = "6281234567890";

    SignedIn owner;
    String token;
    String whapiChannel;
    String webhookUrl;
    long now;

    @BeforeEach
    void connect() {
        owner = accounts.registerBusiness("Toko Whapi");
        token = "whapi-" + UUID.randomUUID();
        whapiChannel = "MANTIS-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String digits = "62816" + (1_000_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(9_000_000));
        whapi.channel(token, whapiChannel, digits, "AUTH");
        Api.Reply reply = api.post("/api/whatsapp/connect", Map.of("provider", "whapi", "token", token)).token(owner.token()).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().get("status").asString()).isEqualTo("connected");
        webhookUrl = reply.json().get("webhookUrl").asString();
        now = Instant.now().getEpochSecond();
    }

    @Test
    void aMessageOnTheChannelsSecretUrlIsStoredOnceAndAWrongSecretIsRefused() {
        String body = messages(message("p.w30M7fgwWD4XwHu." + UUID.randomUUID(), false, """
                "type": "text", "text": {"body": "Hello world"}"""));
        String path = path(webhookUrl);

        assertThat(post(path, body).status()).isEqualTo(200);
        assertThat(post(path, body).status()).isEqualTo(200);
        assertThat(post(path.replaceAll("secret=.*", "secret=guess"), body).status()).isEqualTo(401);
        assertThat(post(path.replaceAll("\\?secret=.*", ""), body).status()).isEqualTo(401);

        var row = jdbc.sql("""
                SELECT m.content, m.direction, c.customer_name FROM messages m JOIN conversations c ON c.id = m.conversation_id
                WHERE m.tenant_id = ?""").param(owner.tenantId().value()).query().singleRow();
        assertThat(row).containsEntry("content", "Hello world").containsEntry("direction", "inbound")
                .containsEntry("customer_name", "Gerald");
    }

    @Test
    void whatTheOwnerTypedOnThePhoneIsStoredAsOutgoing() {
        post(path(webhookUrl), messages(message("p.IN." + UUID.randomUUID(), false, """
                "type": "text", "text": {"body": "Ada stok?"}""")));

        post(path(webhookUrl), messages(message("p.OWN." + UUID.randomUUID(), true, """
                "type": "text", "text": {"body": "Ada kak"}""")));

        var rows = jdbc.sql("SELECT content, direction, sender_type, status FROM messages WHERE tenant_id = ? ORDER BY created_at")
                .param(owner.tenantId().value()).query().listOfRows();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).containsEntry("content", "Ada kak").containsEntry("direction", "outbound")
                .containsEntry("sender_type", "cs").containsEntry("status", "sent");
        assertThat(jdbc.sql("SELECT unread_count FROM conversations WHERE tenant_id = ?").param(owner.tenantId().value())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aReplyGoesToWhapiAndItsStatusesAndEchoMoveItForwardOnce() {
        post(path(webhookUrl), messages(message("p.IN." + UUID.randomUUID(), false, """
                "type": "text", "text": {"body": "Halo"}""")));
        String conversationId = jdbc.sql("SELECT id FROM conversations WHERE tenant_id = ?").param(owner.tenantId().value())
                .query(UUID.class).single().toString();

        String id = api.post("/api/messages/send", Map.of("conversationId", conversationId, "content", "Halo juga"))
                .token(owner.token()).send().json().get("message").get("id").asString();
        await().atMost(Duration.ofSeconds(10)).until(() -> "sent".equals(status(id)));
        String providerId = jdbc.sql("SELECT wa_message_id FROM messages WHERE id = ?").param(UUID.fromString(id))
                .query(String.class).single();
        post(path(webhookUrl), messages(message(providerId, true, """
                "type": "text", "text": {"body": "Halo juga"}""")));
        post(path(webhookUrl), """
                {"statuses": [{"id": "%s", "code": 4, "status": "read", "recipient_id": "%s@s.whatsapp.net", "timestamp": "%d"}],
                 "event": {"type": "statuses", "event": "post"}, "channel_id": "%s"}""".formatted(providerId, CUSTOMER, now, whapiChannel));

        assertThat(status(id)).isEqualTo("read");
        assertThat(jdbc.sql("SELECT count(*) FROM messages WHERE tenant_id = ? AND direction = 'outbound'")
                .param(owner.tenantId().value()).query(Integer.class).single()).isEqualTo(1);
        whapi.verifySent("text", """
                {"to": "%s", "body": "Halo juga", "no_link_preview": true}""".formatted(CUSTOMER));
    }

    @Test
    void aTappedButtonKeepsTheIdSapaGaveItWithoutWhapisPrefix() {
        post(path(webhookUrl), messages(message("p.BTN." + UUID.randomUUID(), false, """
                "type": "reply", "reply": {"type": "buttons_reply", "buttons_reply": {"id": "ButtonsV3:sudah", "title": "Sudah"}}""")));

        var row = jdbc.sql("SELECT message_type, content, reply_id FROM messages WHERE tenant_id = ?")
                .param(owner.tenantId().value()).query().singleRow();
        assertThat(row).containsEntry("message_type", "interactive").containsEntry("content", "Sudah")
                .containsEntry("reply_id", "sudah");
    }

    @Test
    void mediaIsFetchedFromWhapiIntoSapasStorage() {
        String mediaId = "jpeg-" + UUID.randomUUID();
        whapi.media(mediaId, new byte[] {7, 7, 7}, "image/jpeg");

        post(path(webhookUrl), messages(message("p.IMG." + UUID.randomUUID(), false, """
                "type": "image", "image": {"id": "%s", "mime_type": "image/jpeg", "file_size": 3, "caption": "Foto"}""".formatted(mediaId))));

        var row = jdbc.sql("SELECT content, media_url, media_size FROM messages WHERE tenant_id = ?")
                .param(owner.tenantId().value()).query().singleRow();
        assertThat(row).containsEntry("content", "Foto").containsEntry("media_size", 3L);
        assertThat((String) row.get("media_url")).startsWith("/api/media/");
    }

    @Test
    void aNoticeWithOnePoisonedItemAmongGoodOnesStoresTheGoodOnesCleanedAndRefusesTheOverlongIdAlone() {
        String first = "p.P1." + UUID.randomUUID();
        String last = "p.P4." + UUID.randomUUID();
        String longName = "Gerald " + "S".repeat(193);
        String items = String.join(",",
                message(first, false, """
                        "type": "text", "text": {"body": "Halo\\u0000 kak"}""").replace("\"Gerald\"", "\"" + longName + "\""),
                """
                {"id": {"x": 1}, "from_me": false, "type": "text", "text": {"body": "Rusak"}, "chat_id": "%s@s.whatsapp.net",
                 "timestamp": %d, "from": "%s"}""".formatted(CUSTOMER, now, CUSTOMER),
                message("p." + "X".repeat(298), false, """
                        "type": "text", "text": {"body": "Id terlalu panjang"}"""),
                message(last, false, """
                        "type": "text", "text": {"body": "Terakhir"}"""));

        assertThat(post(path(webhookUrl), messages(items)).status()).isEqualTo(200);

        assertOnlyTheGoodItemsStoredCleaned(owner, first, last, longName);
    }

    @Test
    void aRedeliveredMediaMessageDoesNotFetchTheMediaAgain() {
        String mediaId = "jpeg-" + UUID.randomUUID();
        whapi.media(mediaId, new byte[] {8, 8, 8}, "image/jpeg");
        String body = messages(message("p.IMG." + UUID.randomUUID(), false, """
                "type": "image", "image": {"id": "%s", "mime_type": "image/jpeg", "file_size": 3, "caption": "Sekali"}"""
                .formatted(mediaId)));

        post(path(webhookUrl), body);
        post(path(webhookUrl), body);
        post(path(webhookUrl), body);

        whapi.server().verify(1, getRequestedFor(urlPathEqualTo("/media/" + mediaId)));
        assertThat(jdbc.sql("SELECT count(*) FROM messages WHERE tenant_id = ?").param(owner.tenantId().value())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theSeedsSinglePathNeedsTheServerSecretAndRoutesByWhapisChannelId() {
        String body = messages(message("p.SHARED." + UUID.randomUUID(), false, """
                "type": "text", "text": {"body": "Lewat jalur lama"}"""));

        assertThat(post("/webhook/whapi", body).status()).isEqualTo(401);
        assertThat(api.post("/webhook/whapi", null).header("Content-Type", "application/json")
                .header("X-Webhook-Secret", WHAPI_WEBHOOK_SECRET)
                .send(java.net.http.HttpRequest.BodyPublishers.ofString(body)).status()).isEqualTo(200);
        awaitWebhooksProcessed();

        assertThat(jdbc.sql("SELECT content FROM messages WHERE tenant_id = ?").param(owner.tenantId().value())
                .query(String.class).single()).isEqualTo("Lewat jalur lama");
    }

    private String messages(String message) {
        return """
                {"messages": [%s], "event": {"type": "messages", "event": "post"}, "channel_id": "%s"}"""
                .formatted(message, whapiChannel);
    }

    private String message(String id, boolean fromMe, String content) {
        return """
                {"id": "%s", "from_me": %s, %s, "chat_id": "%s@s.whatsapp.net", "timestamp": %d, "source": "mobile",
                 "from": "%s", "from_name": "Gerald"}""".formatted(id, fromMe, content, CUSTOMER, now, fromMe ? "6281600000000" : CUSTOMER);
    }

    private Api.Reply post(String path, String body) {
        Api.Reply reply = api.post(path, null).header("Content-Type", "application/json")
                .send(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.UTF_8)));
        awaitWebhooksProcessed();
        return reply;
    }

    private static String path(String url) {
        return url.substring(url.indexOf("/webhook/"));
    }

    private String status(String id) {
        return jdbc.sql("SELECT status FROM messages WHERE id = ?").param(UUID.fromString(id)).query(String.class).single();
    }
}
