package id.sapa.channel.internal.cloudapi;

import static id.sapa.support.MetaWebhooks.contact;
import static id.sapa.support.MetaWebhooks.messages;
import static id.sapa.support.MetaWebhooks.status;
import static id.sapa.support.MetaWebhooks.statuses;
import static id.sapa.support.MetaWebhooks.text;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.sapa.support.Api;
import id.sapa.support.FakeProvidersTestSupport;
import id.sapa.support.FakeGraph;
import id.sapa.support.MetaWebhooks;
import id.sapa.support.TestAccounts.SignedIn;

/** Meta's webhook end to end: handshake, signature on the raw bytes, routing, every inbound type, statuses. */
class CloudApiWebhookWebTest extends FakeProvidersTestSupport {

    static final String CUSTOMER = "6281234567890";

    SignedIn owner;
    CloudNumber number;
    Instant now;

    @BeforeEach
    void connect() {
        owner = accounts.registerBusiness("Toko Meta");
        number = connectCloudApi(owner);
        now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    @Test
    void theHandshakeAnswersTheChallengeAsPlainTextForTheRightToken() {
        Api.Reply ok = api.get("/webhook/whatsapp?hub.mode=subscribe&hub.verify_token=" + VERIFY_TOKEN
                + "&hub.challenge=1158201444").send();
        Api.Reply wrong = api.get("/webhook/whatsapp?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1158201444").send();
        Api.Reply missing = api.get("/webhook/whatsapp?hub.mode=subscribe&hub.challenge=1158201444").send();

        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("1158201444");
        assertThat(ok.contentType()).startsWith("text/plain");
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(missing.status()).isEqualTo(403);
    }

    @Test
    void aSignedTextBecomesAConversationWithTheProfileName() {
        String wamid = "wamid.HBgN" + UUID.randomUUID();

        Api.Reply reply = webhook(messages(number, contact(CUSTOMER, "Pablo Morales"), text(wamid, CUSTOMER, now, "Halo kak")));

        assertThat(reply.status()).isEqualTo(200);
        Map<String, Object> message = jdbc.sql("""
                SELECT m.content, m.message_type, m.direction, c.customer_name, c.customer_phone, c.last_customer_message_at
                FROM messages m JOIN conversations c ON c.id = m.conversation_id
                WHERE m.tenant_id = ? AND m.wa_message_id = ?""").params(owner.tenantId().value(), wamid).query().singleRow();
        assertThat(message).containsEntry("content", "Halo kak").containsEntry("message_type", "text")
                .containsEntry("direction", "inbound").containsEntry("customer_name", "Pablo Morales")
                .containsEntry("customer_phone", "+" + CUSTOMER);
        String windowExpiresAt = api.get("/api/conversations").token(owner.token()).send().json()
                .get("data").get(0).get("windowExpiresAt").asString();
        assertThat(Instant.parse(windowExpiresAt)).isEqualTo(now.plus(24, ChronoUnit.HOURS));
    }

    @Test
    void aMissingWrongOrOtherAppsSignatureIsRefusedAndNothingStored() {
        String body = messages(number, contact(CUSTOMER, "Budi"), text("wamid.SIG" + UUID.randomUUID(), CUSTOMER, now, "Halo"));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);

        assertThat(webhook("/webhook/whatsapp", body, null).status()).isEqualTo(401);
        assertThat(webhook("/webhook/whatsapp", body, "sha256=" + "0".repeat(64)).status()).isEqualTo(401);
        assertThat(webhook("/webhook/whatsapp", body, signature("another-apps-secret", bytes)).status()).isEqualTo(401);
        assertThat(webhook("/webhook/whatsapp", body, signature(APP_SECRET, bytes).substring(7)).status()).isEqualTo(401);
        assertThat(webhook("/webhook/whatsapp", body, "sha256=not-hex").status()).isEqualTo(401);
        assertThat(messageCount()).isZero();
    }

    @Test
    void theSignatureIsCheckedOnTheRawBytesMetaSent() {
        // Meta escapes non-ASCII: the bytes carry \u00e9, the stored text carries é.
        String escaped = messages(number, contact(CUSTOMER, "Andr\\u00e9"),
                text("wamid.ESC" + UUID.randomUUID(), CUSTOMER, now, "Caf\\u00e9 buka? \\ud83d\\ude4f"));
        String raw = messages(number, contact("6281298765432", "Zoë"),
                text("wamid.RAW" + UUID.randomUUID(), "6281298765432", now, "Sudah sampai, terima kasih 🙏"));

        assertThat(webhook(escaped).status()).isEqualTo(200);
        assertThat(webhook(raw).status()).isEqualTo(200);

        assertThat(jdbc.sql("SELECT content FROM messages WHERE tenant_id = ? ORDER BY content")
                .param(owner.tenantId().value()).query(String.class).list())
                .containsExactly("Café buka? 🙏", "Sudah sampai, terima kasih 🙏");
        assertThat(jdbc.sql("SELECT customer_name FROM conversations WHERE tenant_id = ? ORDER BY customer_name")
                .param(owner.tenantId().value()).query(String.class).list()).containsExactly("André", "Zoë");
    }

    @Test
    void aRedeliveredWebhookStoresNothingTwice() {
        String body = messages(number, contact(CUSTOMER, "Budi"), text("wamid.DUP" + UUID.randomUUID(), CUSTOMER, now, "Halo"));

        webhook(body);
        webhook(body);
        webhook(body);

        assertThat(messageCount()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT unread_count FROM conversations WHERE tenant_id = ?").param(owner.tenantId().value())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aBatchOfEntriesChangesMessagesAndStatusesIsHandledWhole() {
        SignedIn other = accounts.registerBusiness("Toko Kedua");
        CloudNumber second = connectCloudApi(other);
        String changes = MetaWebhooks.change(number, "\"contacts\": [" + contact(CUSTOMER, "Budi") + ","
                + contact("6281298765432", "Sari") + "], \"messages\": [" + text("wamid.B1" + UUID.randomUUID(), CUSTOMER, now, "Satu")
                + "," + text("wamid.B2" + UUID.randomUUID(), "6281298765432", now, "Dua") + "]")
                + "," + MetaWebhooks.change(number, "\"statuses\": [" + status("wamid.UNKNOWN", "delivered", now, CUSTOMER) + "]");
        String body = """
                {"object": "whatsapp_business_account", "entry": [
                  {"id": "%s", "changes": [%s]},
                  {"id": "%s", "changes": [%s]}]}""".formatted(number.businessAccountId(), changes,
                second.businessAccountId(), MetaWebhooks.change(second, "\"contacts\": [" + contact(CUSTOMER, "Budi")
                        + "], \"messages\": [" + text("wamid.B3" + UUID.randomUUID(), CUSTOMER, now, "Tiga") + "]"));

        assertThat(webhook(body).status()).isEqualTo(200);

        assertThat(messageCount()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT content FROM messages WHERE tenant_id = ?").param(other.tenantId().value())
                .query(String.class).list()).containsExactly("Tiga");
    }

    @Test
    void aMalformedItemIsSkippedAndTheRestOfTheBatchKept() {
        String body = messages(number, contact(CUSTOMER, "Budi"),
                text("wamid.BAD" + UUID.randomUUID(), "not-a-number", now, "Rusak") + ","
                        + text("wamid.GOOD" + UUID.randomUUID(), CUSTOMER, now, "Utuh"));

        assertThat(webhook(body).status()).isEqualTo(200);

        assertThat(jdbc.sql("SELECT content FROM messages WHERE tenant_id = ?").param(owner.tenantId().value())
                .query(String.class).list()).containsExactly("Utuh");
    }

    @Test
    void aNoticeWithOnePoisonedItemAmongGoodOnesStoresTheGoodOnesCleanedAndRefusesTheOverlongIdAlone() {
        String first = "wamid.P1" + UUID.randomUUID();
        String last = "wamid.P4" + UUID.randomUUID();
        String longName = "Budi " + "S".repeat(195);
        String items = String.join(",",
                text(first, CUSTOMER, now, "Halo\\u0000 kak"),
                """
                {"from": "%s", "id": {"x": 1}, "timestamp": "%d", "type": "text", "text": {"body": "Rusak"}}"""
                        .formatted(CUSTOMER, now.getEpochSecond()),
                text("wamid." + "X".repeat(294), CUSTOMER, now, "Id terlalu panjang"),
                text(last, CUSTOMER, now, "Terakhir"));

        assertThat(webhook(messages(number, contact(CUSTOMER, longName), items)).status()).isEqualTo(200);

        assertOnlyTheGoodItemsStoredCleaned(owner, first, last, longName);
    }

    @Test
    void aRedeliveredMediaMessageDoesNotFetchTheMediaAgain() {
        String image = FakeGraph.newId();
        graph.media(image, "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, 2});
        String body = messages(number, contact(CUSTOMER, "Budi"), """
                {"from": "%s", "id": "wamid.IMG%s", "timestamp": "%d", "type": "image",
                 "image": {"caption": "Sekali saja", "mime_type": "image/jpeg", "sha256": "HASH", "id": "%s"}}"""
                .formatted(CUSTOMER, UUID.randomUUID(), now.getEpochSecond(), image));

        webhook(body);
        webhook(body);
        webhook(body);

        graph.server().verify(1, getRequestedFor(urlPathEqualTo("/" + FakeGraph.VERSION + "/" + image)));
        graph.server().verify(1, getRequestedFor(urlPathEqualTo("/whatsapp_business/attachments/"))
                .withQueryParam("mid", equalTo(image)));
        assertThat(messageCount()).isEqualTo(1);
    }

    @Test
    void aFrequentlyForwardedMessageIsForwardedAndANumberUnknownToLibphonenumberIsKept() {
        String newRange = "6212345678901";
        webhook(messages(number, contact(newRange, "Budi"), """
                {"context": {"forwarded": true, "frequently_forwarded": true}, "from": "%s", "id": "wamid.FWD%s",
                 "timestamp": "%d", "type": "text", "text": {"body": "Promo berantai"}}"""
                .formatted(newRange, UUID.randomUUID(), now.getEpochSecond())));
        webhook(messages(number, contact(CUSTOMER, "Sari"), """
                {"context": {"frequently_forwarded": true}, "from": "%s", "id": "wamid.FWD%s",
                 "timestamp": "%d", "type": "text", "text": {"body": "Diteruskan berkali-kali"}}"""
                .formatted(CUSTOMER, UUID.randomUUID(), now.getEpochSecond())));

        assertThat(jdbc.sql("""
                SELECT c.customer_phone || ' ' || m.is_forwarded FROM messages m JOIN conversations c ON c.id = m.conversation_id
                WHERE m.tenant_id = ? ORDER BY c.customer_phone""").param(owner.tenantId().value()).query(String.class).list())
                .containsExactly("+6212345678901 true", "+" + CUSTOMER + " true");
    }

    @Test
    void aChangeForAnUnknownNumberIsAnsweredOkAndIgnored() {
        CloudNumber unknown = new CloudNumber("999" + FakeGraph.newId(), number.businessAccountId(), number.digits());

        Api.Reply reply = webhook(messages(unknown, contact(CUSTOMER, "Budi"), text("wamid.X" + UUID.randomUUID(), CUSTOMER, now, "Halo")));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(messageCount()).isZero();
    }

    @Test
    void everyInboundTypeIsMapped() {
        String image = FakeGraph.newId();
        String voice = FakeGraph.newId();
        graph.media(image, "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, 1});
        graph.mediaWithExpiredFirstUrl(voice, "audio/ogg", new byte[] {'O', 'g', 'g'});
        String quoted = "wamid.Q" + UUID.randomUUID();
        webhook(messages(number, contact(CUSTOMER, "Budi"), text(quoted, CUSTOMER, now, "Pertama")));
        long ts = now.getEpochSecond();
        String all = String.join(",",
                """
                {"from": "%s", "id": "wamid.IMG", "timestamp": "%d", "type": "image",
                 "image": {"caption": "Ini barangnya", "mime_type": "image/jpeg", "sha256": "HASH", "id": "%s"}}""".formatted(CUSTOMER, ts, image),
                """
                {"from": "%s", "id": "wamid.AUD", "timestamp": "%d", "type": "audio",
                 "audio": {"mime_type": "audio/ogg; codecs=opus", "sha256": "HASH", "id": "%s", "voice": true}}""".formatted(CUSTOMER, ts, voice),
                """
                {"from": "%s", "id": "wamid.LOC", "timestamp": "%d", "type": "location",
                 "location": {"latitude": -6.2, "longitude": 106.816666, "name": "Toko", "address": "Jl. Sudirman 1"}}""".formatted(CUSTOMER, ts),
                """
                {"from": "%s", "id": "wamid.CON", "timestamp": "%d", "type": "contacts",
                 "contacts": [{"name": {"formatted_name": "Sari Dewi", "first_name": "Sari"},
                               "phones": [{"phone": "+62 812-1111-2222", "wa_id": "6281211112222", "type": "CELL"}]}]}""".formatted(CUSTOMER, ts),
                """
                {"from": "%s", "id": "wamid.BTN", "timestamp": "%d", "type": "interactive",
                 "context": {"from": "%s", "id": "%s"},
                 "interactive": {"type": "button_reply", "button_reply": {"id": "ya", "title": "Sudah"}}}""".formatted(CUSTOMER, ts, number.digits(), quoted),
                """
                {"from": "%s", "id": "wamid.LST", "timestamp": "%d", "type": "interactive",
                 "interactive": {"type": "list_reply", "list_reply": {"id": "jam", "title": "Jam buka", "description": "Senin-Sabtu"}}}""".formatted(CUSTOMER, ts),
                """
                {"from": "%s", "id": "wamid.TBT", "timestamp": "%d", "type": "button",
                 "button": {"payload": "STOP_PROMO", "text": "Berhenti promo"}}""".formatted(CUSTOMER, ts),
                """
                {"from": "%s", "id": "wamid.RCT", "timestamp": "%d", "type": "reaction",
                 "reaction": {"message_id": "%s", "emoji": "❤️"}}""".formatted(CUSTOMER, ts, quoted),
                """
                {"from": "%s", "id": "wamid.RCX", "timestamp": "%d", "type": "reaction",
                 "reaction": {"message_id": "%s", "emoji": ""}}""".formatted(CUSTOMER, ts, quoted),
                """
                {"from": "%s", "id": "wamid.UNS", "timestamp": "%d", "type": "unsupported",
                 "errors": [{"code": 131051, "title": "Message type unknown",
                             "error_data": {"details": "Message type is currently not supported."}}]}""".formatted(CUSTOMER, ts),
                """
                {"from": "%s", "id": "wamid.SYS", "timestamp": "%d", "type": "system",
                 "system": {"body": "User A changed from 6281234567890 to 6281234567899", "wa_id": "6281234567899",
                            "type": "user_changed_number"}}""".formatted(CUSTOMER, ts));

        assertThat(webhook(messages(number, contact(CUSTOMER, "Budi"), all)).status()).isEqualTo(200);

        Map<String, Map<String, Object>> rows = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT wa_message_id, message_type, content, media_url, media_mime_type, media_file_name, latitude,
                       quoted_wa_message_id, reply_id
                FROM messages WHERE tenant_id = ?""").param(owner.tenantId().value()).query().listOfRows()
                .forEach(row -> rows.put((String) row.get("wa_message_id"), row));
        assertThat(rows.get("wamid.IMG")).containsEntry("message_type", "image").containsEntry("content", "Ini barangnya")
                .containsEntry("media_mime_type", "image/jpeg");
        assertThat((String) rows.get("wamid.IMG").get("media_url")).startsWith("/api/media/");
        assertThat(api.get((String) rows.get("wamid.IMG").get("media_url")).token(owner.token()).send().body())
                .isEqualTo(new String(new byte[] {(byte) 0xFF, (byte) 0xD8, 1}, StandardCharsets.UTF_8));
        assertThat(rows.get("wamid.AUD")).containsEntry("message_type", "audio").containsEntry("media_file_name", "voice-note.ogg");
        assertThat((String) rows.get("wamid.AUD").get("media_url")).startsWith("/api/media/");
        assertThat(rows.get("wamid.LOC")).containsEntry("message_type", "location").containsEntry("content", "Toko — Jl. Sudirman 1")
                .containsEntry("latitude", -6.2);
        assertThat(rows.get("wamid.CON")).containsEntry("message_type", "contacts")
                .containsEntry("content", "Sari Dewi — +62 812-1111-2222");
        assertThat(rows.get("wamid.BTN")).containsEntry("message_type", "interactive").containsEntry("content", "Sudah")
                .containsEntry("quoted_wa_message_id", quoted);
        assertThat(rows.get("wamid.BTN")).containsEntry("reply_id", "ya");
        assertThat(rows.get("wamid.LST")).containsEntry("message_type", "interactive").containsEntry("content", "Jam buka")
                .containsEntry("reply_id", "jam");
        assertThat(rows.get("wamid.TBT")).containsEntry("message_type", "interactive").containsEntry("content", "Berhenti promo")
                .containsEntry("reply_id", "STOP_PROMO");
        assertThat(rows.get("wamid.IMG")).containsEntry("reply_id", null);
        assertThat(rows.get("wamid.RCT")).containsEntry("message_type", "reaction").containsEntry("content", "❤️")
                .containsEntry("quoted_wa_message_id", quoted);
        assertThat(rows.get("wamid.RCX")).containsEntry("message_type", "reaction").containsEntry("content", null);
        assertThat(rows.get("wamid.UNS")).containsEntry("message_type", "unsupported")
                .containsEntry("content", "Message type unknown — Message type is currently not supported.");
        assertThat(rows.get("wamid.SYS")).containsEntry("message_type", "system")
                .containsEntry("content", "User A changed from 6281234567890 to 6281234567899");
    }

    @Test
    void mediaThatCannotBeFetchedKeepsTheMessageWithItsCaption() {
        String gone = FakeGraph.newId();
        graph.error("GET", "/" + FakeGraph.VERSION + "/" + gone, 404, 100, "Unsupported get request", "media expired");

        webhook(messages(number, contact(CUSTOMER, "Budi"), """
                {"from": "%s", "id": "wamid.GONE", "timestamp": "%d", "type": "image",
                 "image": {"caption": "Foto lama", "mime_type": "image/jpeg", "sha256": "HASH", "id": "%s"}}"""
                .formatted(CUSTOMER, now.getEpochSecond(), gone)));

        assertThat(jdbc.sql("SELECT content FROM messages WHERE tenant_id = ? AND wa_message_id = 'wamid.GONE'")
                .param(owner.tenantId().value()).query(String.class).single()).isEqualTo("Foto lama");
    }

    @Test
    void statusesOutOfOrderOrSkippingDeliveredOnlyMoveForward() {
        String conversationId = conversationAfterCustomerWrote();
        String first = sendAndAwaitSent(conversationId, "Satu");
        String second = sendAndAwaitSent(conversationId, "Dua");
        String firstWamid = wamid(first);
        String secondWamid = wamid(second);

        webhook(statuses(number, status(firstWamid, "read", now, CUSTOMER)));
        webhook(statuses(number, status(firstWamid, "delivered", now, CUSTOMER)));
        webhook(statuses(number, status(secondWamid, "delivered", now, CUSTOMER) + ","
                + status(secondWamid, "delivered", now, CUSTOMER)));

        Map<String, Object> skipped = row(first);
        assertThat(skipped.get("status")).isEqualTo("read");
        assertThat(skipped.get("delivered_at")).isNotNull();
        assertThat(row(second).get("status")).isEqualTo("delivered");
    }

    @Test
    void aFailedStatusCarriesMetasCodeAndReason() {
        String conversationId = conversationAfterCustomerWrote();
        String messageId = sendAndAwaitSent(conversationId, "Promo");

        webhook(statuses(number, """
                {"id": "%s", "status": "failed", "timestamp": "%d", "recipient_id": "%s",
                 "errors": [{"code": 131026, "title": "Message undeliverable", "message": "Message undeliverable",
                             "error_data": {"details": "Message Undeliverable."}}]}""".formatted(wamid(messageId),
                now.getEpochSecond(), CUSTOMER)));

        assertThat(row(messageId)).containsEntry("status", "failed").containsEntry("error_code", "131026")
                .containsEntry("error_message", "Message undeliverable — Message Undeliverable.");
    }

    @Test
    void aTenantsOwnAppSignsWithItsOwnSecretForItsOwnNumberOnly() {
        SignedIn own = accounts.registerBusiness("Toko Aplikasi Sendiri");
        CloudNumber ownNumber = connectCloudApi(own, Map.of("appSecret", "tenant-app-secret", "verifyToken", "tenant-verify"));
        String path = "/webhook/whatsapp/" + channelIdOf(own);
        String body = messages(ownNumber, contact(CUSTOMER, "Budi"), text("wamid.OWN" + UUID.randomUUID(), CUSTOMER, now, "Halo"));
        String foreign = messages(number, contact(CUSTOMER, "Budi"), text("wamid.FRN" + UUID.randomUUID(), CUSTOMER, now, "Halo"));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);

        assertThat(api.get(path + "?hub.mode=subscribe&hub.verify_token=tenant-verify&hub.challenge=42").send().body())
                .isEqualTo("42");
        assertThat(api.get(path + "?hub.mode=subscribe&hub.verify_token=" + VERIFY_TOKEN + "&hub.challenge=42").send().status())
                .isEqualTo(403);
        assertThat(webhook(path, body, signature(APP_SECRET, bytes)).status()).isEqualTo(401);
        assertThat(webhook(path, body, signature("tenant-app-secret", bytes)).status()).isEqualTo(200);
        assertThat(webhook(path, foreign, signature("tenant-app-secret", foreign.getBytes(StandardCharsets.UTF_8))).status())
                .isEqualTo(200);

        assertThat(jdbc.sql("SELECT count(*) FROM messages WHERE tenant_id = ?").param(own.tenantId().value())
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(messageCount()).isZero();
    }

    @Test
    void templateStatusAndCategoryNoticesUpdateTheRegistry() {
        graph.templates(number.businessAccountId(), """
                {"name": "pesanan_dikirim", "language": "id", "status": "PENDING", "category": "UTILITY", "id": "1001",
                 "components": [{"type": "BODY", "text": "Halo {{1}}, pesanan {{2}} sudah dikirim."}]}""", "");
        assertThat(api.post("/api/whatsapp/templates/sync", Map.of()).token(owner.token()).send().status()).isEqualTo(200);

        webhook(MetaWebhooks.envelope("""
                {"field": "message_template_status_update", "value": {"event": "APPROVED", "message_template_id": 1001,
                 "message_template_name": "pesanan_dikirim", "message_template_language": "id", "reason": "NONE"}}""",
                number.businessAccountId()));

        webhook(MetaWebhooks.envelope("""
                {"field": "template_category_update", "value": {"message_template_id": 1001,
                 "message_template_name": "pesanan_dikirim", "message_template_language": "id",
                 "previous_category": "UTILITY", "new_category": "MARKETING"}}""", number.businessAccountId()));

        var templates = api.get("/api/whatsapp/templates").token(owner.token()).send().json().get("data");
        assertThat(templates).hasSize(1);
        assertThat(templates.get(0).get("status").asString()).isEqualTo("approved");
        assertThat(templates.get(0).get("category").asString()).isEqualTo("marketing");
        assertThat(templates.get(0).get("parameterCount").asInt()).isEqualTo(2);
    }

    @Test
    void aQualityNoticeUpdatesTheMessagingTierTheStatusShows() {
        webhook(MetaWebhooks.envelope("""
                {"field": "phone_number_quality_update", "value": {"display_phone_number": "%s", "event": "UPGRADE",
                 "current_limit": "TIER_10K"}}""".formatted(number.digits()), number.businessAccountId()));

        assertThat(api.get("/api/whatsapp/status").token(owner.token()).send().json().get("messagingTier").asString())
                .isEqualTo("TIER_10K");
    }

    private String channelIdOf(SignedIn who) {
        return jdbc.sql("SELECT id FROM channels WHERE tenant_id = ?").param(who.tenantId().value())
                .query(UUID.class).single().toString();
    }

    private String conversationAfterCustomerWrote() {
        webhook(messages(number, contact(CUSTOMER, "Budi"), text("wamid.IN" + UUID.randomUUID(), CUSTOMER, now, "Halo")));
        return jdbc.sql("SELECT id FROM conversations WHERE tenant_id = ?").param(owner.tenantId().value())
                .query(UUID.class).single().toString();
    }

    private String sendAndAwaitSent(String conversationId, String content) {
        String id = api.post("/api/messages/send", Map.of("conversationId", conversationId, "content", content))
                .token(owner.token()).send().json().get("message").get("id").asString();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> "sent".equals(row(id).get("status")));
        return id;
    }

    private Map<String, Object> row(String messageId) {
        return jdbc.sql("SELECT status, wa_message_id, delivered_at, read_at, error_code, error_message FROM messages WHERE id = ?")
                .param(UUID.fromString(messageId)).query().singleRow();
    }

    private String wamid(String messageId) {
        return (String) row(messageId).get("wa_message_id");
    }

    private int messageCount() {
        return jdbc.sql("SELECT count(*) FROM messages WHERE tenant_id = ?").param(owner.tenantId().value())
                .query(Integer.class).single();
    }
}
