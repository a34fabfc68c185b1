package id.sapa.message.web;

import static id.sapa.support.MetaWebhooks.contact;
import static id.sapa.support.MetaWebhooks.interactiveReply;
import static id.sapa.support.MetaWebhooks.messages;
import static id.sapa.support.MetaWebhooks.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.sapa.support.Api;
import id.sapa.support.FakeProvidersTestSupport;
import id.sapa.support.TestAccounts.SignedIn;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reply buttons, lists and reactions sent from the API through the Meta Cloud API: checked against
 * WhatsApp's limits, stored with the message and sent (and retried) exactly as stored.
 */
class InteractiveSendWebTest extends FakeProvidersTestSupport {

    static final String CUSTOMER = "6281234567890";
    static final JsonMapper JSON = JsonMapper.builder().build();

    SignedIn owner;
    CloudNumber number;

    @BeforeEach
    void connect() {
        owner = accounts.registerBusiness("Toko Tombol");
        number = connectCloudApi(owner);
    }

    @Test
    void replyButtonsGoOutAsMetaDocumentsThemAndARetrySendsTheSame() {
        String conversationId = customerWrote("wamid.IN" + UUID.randomUUID(), Instant.now());
        graph.failNextSends(number.phoneNumberId(), 1, 503, 131000, "Something went wrong");

        Api.Reply reply = send(Map.of("conversationId", conversationId, "messageType", "interactive", "interactive", Map.of(
                "type", "button", "body", "Pesanan INV-7 sudah sampai?", "footer", "Toko Tombol",
                "buttons", List.of(Map.of("id", "sudah", "title", "Sudah"), Map.of("id", "belum", "title", "Belum")))));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        String id = reply.json().get("message").get("id").asString();
        await().atMost(Duration.ofSeconds(20)).until(() -> "sent".equals(status(id)));
        String expected = """
                {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "%s", "type": "interactive",
                 "interactive": {"type": "button", "body": {"text": "Pesanan INV-7 sudah sampai?"}, "footer": {"text": "Toko Tombol"},
                   "action": {"buttons": [{"type": "reply", "reply": {"id": "sudah", "title": "Sudah"}},
                                          {"type": "reply", "reply": {"id": "belum", "title": "Belum"}}]}}}""".formatted(CUSTOMER);
        graph.verifySent(number.phoneNumberId(), expected);
        List<String> bodies = graph.sentBodies(number.phoneNumberId());
        assertThat(bodies).hasSize(2);
        assertThat(bodies.get(0)).isEqualTo(bodies.get(1));
        assertThat(row(id)).containsEntry("message_type", "interactive").containsEntry("content", "Pesanan INV-7 sudah sampai?");
        assertThat(jdbc.sql("SELECT interactive ->> 'type' FROM messages WHERE id = ?").param(UUID.fromString(id))
                .query(String.class).single()).isEqualTo("button");
    }

    @Test
    void aListGoesOutWithItsSectionsAndRows() {
        String conversationId = customerWrote("wamid.IN" + UUID.randomUUID(), Instant.now());

        Api.Reply reply = send(Map.of("conversationId", conversationId, "messageType", "interactive", "interactive", Map.of(
                "type", "list", "body", "Pilih pengiriman", "buttonLabel", "Pengiriman",
                "sections", List.of(Map.of("title", "Cepat", "rows", List.of(
                        Map.of("id", "instan", "title", "Instan", "description", "Sampai hari ini"),
                        Map.of("id", "kilat", "title", "Kilat"))),
                        Map.of("title", "Hemat", "rows", List.of(Map.of("id", "reguler", "title", "Reguler")))))));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        String id = reply.json().get("message").get("id").asString();
        await().atMost(Duration.ofSeconds(10)).until(() -> "sent".equals(status(id)));
        graph.verifySent(number.phoneNumberId(), """
                {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "%s", "type": "interactive",
                 "interactive": {"type": "list", "body": {"text": "Pilih pengiriman"},
                   "action": {"button": "Pengiriman", "sections": [
                     {"title": "Cepat", "rows": [{"id": "instan", "title": "Instan", "description": "Sampai hari ini"},
                                                 {"id": "kilat", "title": "Kilat"}]},
                     {"title": "Hemat", "rows": [{"id": "reguler", "title": "Reguler"}]}]}}}""".formatted(CUSTOMER));
        assertThat(row(id)).containsEntry("content", "Pilih pengiriman");
    }

    @Test
    void theHistoryShowsTheProviderIdTheMenuSentAndTheRowTheCustomerTapped() {
        String customerWamid = "wamid.IN" + UUID.randomUUID();
        String conversationId = customerWrote(customerWamid, Instant.now());
        String sentList = """
                {"type": "list", "body": "Pilih pengiriman", "buttonLabel": "Pengiriman",
                 "sections": [{"title": "Cepat", "rows": [{"id": "instan", "title": "Instan", "description": "Sampai hari ini"},
                                                          {"id": "kilat", "title": "Kilat"}]},
                              {"title": "Hemat", "rows": [{"id": "reguler", "title": "Reguler"}]}]}""";
        Api.Reply reply = send(Map.of("conversationId", conversationId, "messageType", "interactive",
                "interactive", JSON.readValue(sentList, Map.class)));
        String id = reply.json().get("message").get("id").asString();
        await().atMost(Duration.ofSeconds(10)).until(() -> "sent".equals(status(id)));
        String menuWamid = jdbc.sql("SELECT wa_message_id FROM messages WHERE id = ?").param(UUID.fromString(id))
                .query(String.class).single();
        String tapWamid = "wamid.TAP" + UUID.randomUUID();
        // Meta's timestamps are whole seconds: the tap is dated after the menu's send time, as it would be.
        assertThat(webhook(messages(number, contact(CUSTOMER, "Budi"), interactiveReply(tapWamid, CUSTOMER, Instant.now().plusSeconds(2),
                "list_reply", "kilat", "Kilat", menuWamid, number.digits()))).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).until(() -> history(conversationId).size() == 3);
        JsonNode history = history(conversationId);

        JsonNode first = history.get(0);
        assertThat(first.get("waMessageId").asString()).isEqualTo(customerWamid);
        assertThat(first.has("interactive")).isFalse();
        assertThat(first.has("replyId")).isFalse();
        JsonNode menu = history.get(1);
        assertThat(menu.get("id").asString()).isEqualTo(id);
        assertThat(menu.get("waMessageId").asString()).isEqualTo(menuWamid).startsWith("wamid.HBgL");
        assertThat(menu.get("interactive")).isEqualTo(JSON.readTree(sentList));
        assertThat(menu.has("replyId")).isFalse();
        JsonNode tap = history.get(2);
        assertThat(tap.get("waMessageId").asString()).isEqualTo(tapWamid);
        assertThat(tap.get("replyId").asString()).isEqualTo("kilat");
        assertThat(tap.get("content").asString()).isEqualTo("Kilat");
        assertThat(tap.has("interactive")).isFalse();
        JsonNode detail = api.get("/api/conversations/" + conversationId).token(owner.token()).send().json();
        assertThat(detail.get("messages").get(1).get("interactive")).isEqualTo(JSON.readTree(sentList));
        assertThat(detail.get("messages").get(2).get("replyId").asString()).isEqualTo("kilat");
    }

    @Test
    void whatsAppsLimitsAreCheckedNamingTheField() {
        String conversationId = customerWrote("wamid.IN" + UUID.randomUUID(), Instant.now());
        Map<String, Object> ok = Map.of("id", "a", "title", "A");

        assertThat(field(buttons(conversationId, List.of(ok, Map.of("id", "b", "title", "B"), Map.of("id", "c", "title", "C"),
                Map.of("id", "d", "title", "D"))))).isEqualTo("interactive.buttons");
        assertThat(field(buttons(conversationId, List.of()))).isEqualTo("interactive.buttons");
        assertThat(field(buttons(conversationId, List.of(Map.of("id", "a", "title", "Twenty-one characters")))))
                .isEqualTo("interactive.buttons[0].title");
        assertThat(field(buttons(conversationId, List.of(ok, Map.of("id", "a", "title", "B"))))).isEqualTo("interactive.buttons[1].id");
        assertThat(field(buttons(conversationId, List.of(ok, Map.of("id", "b", "title", "A"))))).isEqualTo("interactive.buttons[1].title");
        assertThat(field(buttons(conversationId, List.of(Map.of("title", "A"))))).isEqualTo("interactive.buttons[0].id");
        assertThat(field(send(interactive(conversationId, Map.of("type", "button", "body", "x".repeat(1025),
                "buttons", List.of(ok)))))).isEqualTo("interactive.body");
        assertThat(field(send(interactive(conversationId, Map.of("type", "button", "buttons", List.of(ok))))))
                .isEqualTo("interactive.body");
        assertThat(field(send(interactive(conversationId, Map.of("type", "button", "body", "?", "footer", "f".repeat(61),
                "buttons", List.of(ok)))))).isEqualTo("interactive.footer");

        List<Map<String, Object>> eleven = IntStream.range(0, 11).<Map<String, Object>>mapToObj(i -> Map.of("id", "r" + i,
                "title", "Baris " + i)).toList();
        assertThat(field(list(conversationId, "Pilih", List.of(Map.of("title", "S", "rows", eleven))))).isEqualTo("interactive.sections");
        assertThat(field(list(conversationId, null, List.of(Map.of("rows", List.of(ok)))))).isEqualTo("interactive.buttonLabel");
        assertThat(field(list(conversationId, "Pilih", List.of(Map.of("rows", List.of(Map.of("id", "a",
                "title", "Twenty-five characters ok"))))))).isEqualTo("interactive.sections[0].rows[0].title");
        assertThat(field(list(conversationId, "Pilih", List.of(Map.of("rows", List.of(Map.of("id", "a", "title", "A",
                "description", "d".repeat(73)))))))).isEqualTo("interactive.sections[0].rows[0].description");
        assertThat(field(list(conversationId, "Pilih", List.of(Map.of("rows", List.of(ok)), Map.of("title", "Dua",
                "rows", List.of(Map.of("id", "b", "title", "B"))))))).isEqualTo("interactive.sections[0].title");
        assertThat(field(list(conversationId, "Pilih", List.of(Map.of("title", "Satu", "rows", List.of(ok)),
                Map.of("title", "Dua", "rows", List.of(ok)))))).isEqualTo("interactive.sections[1].rows[0].id");
        assertThat(field(send(interactive(conversationId, Map.of("type", "carousel", "body", "?")))))
                .isEqualTo("interactive.type");
        assertThat(field(send(Map.of("conversationId", conversationId, "messageType", "interactive"))))
                .isEqualTo("interactive");
        assertThat(field(send(Map.of("conversationId", conversationId, "messageType", "interactive", "content", "Halo",
                "interactive", Map.of("type", "button", "body", "?", "buttons", List.of(ok)))))).isEqualTo("interactive");
        assertThat(field(send(Map.of("conversationId", conversationId, "content", "Halo",
                "interactive", Map.of("type", "button", "body", "?", "buttons", List.of(ok)))))).isEqualTo("messageType");
        assertThat(outboundCount()).isZero();
    }

    @Test
    void aReactionGoesOnTheCustomersMessageAndAnEmptyEmojiTakesItAway() {
        String customerWamid = "wamid.IN" + UUID.randomUUID();
        String conversationId = customerWrote(customerWamid, Instant.now());
        String target = jdbc.sql("SELECT id FROM messages WHERE wa_message_id = ?").param(customerWamid)
                .query(UUID.class).single().toString();

        Api.Reply added = send(Map.of("conversationId", conversationId, "messageType", "reaction",
                "reaction", Map.of("messageId", target, "emoji", "👍")));
        Api.Reply removed = send(Map.of("conversationId", conversationId, "messageType", "reaction",
                "reaction", Map.of("messageId", target, "emoji", "")));

        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(removed.status()).as(removed.toString()).isEqualTo(201);
        String addedId = added.json().get("message").get("id").asString();
        String removedId = removed.json().get("message").get("id").asString();
        await().atMost(Duration.ofSeconds(10)).until(() -> "sent".equals(status(addedId)) && "sent".equals(status(removedId)));
        graph.verifySent(number.phoneNumberId(), """
                {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "%s",
                 "type": "reaction", "reaction": {"message_id": "%s", "emoji": "👍"}}""".formatted(CUSTOMER, customerWamid));
        graph.verifySent(number.phoneNumberId(), """
                {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "%s",
                 "type": "reaction", "reaction": {"message_id": "%s", "emoji": ""}}""".formatted(CUSTOMER, customerWamid));
        assertThat(row(addedId)).containsEntry("message_type", "reaction").containsEntry("content", "👍")
                .containsEntry("quoted_message_id", UUID.fromString(target));
    }

    @Test
    void aReactionNeedsAMessageOfTheConversationThatWhatsAppKnows() {
        String conversationId = customerWrote("wamid.IN" + UUID.randomUUID(), Instant.now());
        SignedIn other = accounts.registerBusiness("Toko Lain");
        String pending = jdbc.sql("""
                INSERT INTO messages (id, tenant_id, conversation_id, channel_id, direction, sender_type, message_type,
                    content, status)
                SELECT gen_random_uuid(), tenant_id, conversation_id, channel_id, 'outbound', 'cs', 'text', 'Belum terkirim', 'failed'
                FROM messages WHERE conversation_id = ? LIMIT 1 RETURNING id""")
                .param(UUID.fromString(conversationId)).query(UUID.class).single().toString();

        Api.Reply unknown = send(Map.of("conversationId", conversationId, "messageType", "reaction",
                "reaction", Map.of("messageId", UUID.randomUUID().toString(), "emoji", "👍")));
        Api.Reply neverSent = send(Map.of("conversationId", conversationId, "messageType", "reaction",
                "reaction", Map.of("messageId", pending, "emoji", "👍")));
        Api.Reply missing = send(Map.of("conversationId", conversationId, "messageType", "reaction"));
        Api.Reply foreign = api.post("/api/messages/send", Map.of("conversationId", conversationId, "messageType", "reaction",
                "reaction", Map.of("messageId", pending, "emoji", "👍"))).token(other.token()).send();

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("field").asString()).isEqualTo("reaction.messageId");
        assertThat(field(neverSent)).isEqualTo("reaction.messageId");
        assertThat(field(missing)).isEqualTo("reaction");
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(outboundCount()).isEqualTo(1);
    }

    @Test
    void buttonsAndReactionsOutsideTheWindowAreRefused() {
        String customerWamid = "wamid.OLD" + UUID.randomUUID();
        String conversationId = customerWrote(customerWamid, Instant.now().minus(25, ChronoUnit.HOURS));
        String target = jdbc.sql("SELECT id FROM messages WHERE wa_message_id = ?").param(customerWamid)
                .query(UUID.class).single().toString();

        Api.Reply buttons = buttons(conversationId, List.of(Map.of("id", "a", "title", "A")));
        Api.Reply reaction = send(Map.of("conversationId", conversationId, "messageType", "reaction",
                "reaction", Map.of("messageId", target, "emoji", "👍")));

        for (Api.Reply refused : List.of(buttons, reaction)) {
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.json().get("type").asString()).endsWith("/window-closed");
        }
        assertThat(outboundCount()).isZero();
        assertThat(graph.sentBodies(number.phoneNumberId())).isEmpty();
    }

    private JsonNode history(String conversationId) {
        Api.Reply reply = api.get("/api/messages?conversationId=" + conversationId).token(owner.token()).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().get("messages");
    }

    private Api.Reply buttons(String conversationId, List<Map<String, Object>> buttons) {
        return send(interactive(conversationId, Map.of("type", "button", "body", "Pilih", "buttons", buttons)));
    }

    private Api.Reply list(String conversationId, String label, List<Map<String, Object>> sections) {
        Map<String, Object> list = new HashMap<>(Map.of("type", "list", "body", "Pilih", "sections", sections));
        if (label != null) {
            list.put("buttonLabel", label);
        }
        return send(interactive(conversationId, list));
    }

    private static Map<String, Object> interactive(String conversationId, Map<String, Object> interactive) {
        return Map.of("conversationId", conversationId, "messageType", "interactive", "interactive", interactive);
    }

    private String customerWrote(String wamid, Instant at) {
        Api.Reply reply = webhook(messages(number, contact(CUSTOMER, "Budi"), text(wamid, CUSTOMER, at, "Halo")));
        assertThat(reply.status()).isEqualTo(200);
        return jdbc.sql("SELECT id FROM conversations WHERE tenant_id = ?").param(owner.tenantId().value())
                .query(UUID.class).single().toString();
    }

    private Api.Reply send(Map<String, Object> body) {
        return api.post("/api/messages/send", new HashMap<>(body)).token(owner.token()).send();
    }

    private static String field(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        return reply.json().get("errors").get(0).get("field").asString();
    }

    private Map<String, Object> row(String id) {
        return jdbc.sql("SELECT message_type, content, quoted_message_id FROM messages WHERE id = ?")
                .param(UUID.fromString(id)).query().singleRow();
    }

    private String status(String id) {
        return jdbc.sql("SELECT status FROM messages WHERE id = ?").param(UUID.fromString(id)).query(String.class).single();
    }

    private int outboundCount() {
        return jdbc.sql("SELECT count(*) FROM messages WHERE tenant_id = ? AND direction = 'outbound'")
                .param(owner.tenantId().value()).query(Integer.class).single();
    }
}
