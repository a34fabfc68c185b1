package id.sapa.autoreply;

import static id.sapa.support.MetaWebhooks.contact;
import static id.sapa.support.MetaWebhooks.interactiveReply;
import static id.sapa.support.MetaWebhooks.messages;
import static id.sapa.support.MetaWebhooks.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
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
 * Auto-reply menus on the Meta Cloud API, end to end: a signed webhook brings the customer's
 * message, the menu leaves as an interactive list or reply buttons, and the customer's tap (a
 * signed list_reply / button_reply webhook) picks the option whose rule then answers.
 */
@TestPropertySource(properties = "sapa.auto-reply.enabled=true")
class CloudApiMenuWebTest extends FakeProvidersTestSupport {

    static final String CUSTOMER = "6281234567890";

    SignedIn owner;
    CloudNumber number;

    @BeforeEach
    void connect() {
        owner = accounts.registerBusiness("Toko Menu");
        number = connectCloudApi(owner);
        for (JsonNode rule : api.get("/api/auto-reply/rules").token(owner.token()).send().json().get("rules")) {
            api.delete("/api/auto-reply/rules/" + rule.get("id").asString()).token(owner.token()).send();
        }
    }

    @Test
    void aMenuOfFourGoesAsAListAndTheTappedRowRunsItsOptionsRule() {
        String price = rule(Map.of("name", "Harga", "triggerType", "menu_selection", "responseType", "text",
                "responseMessage", "Harga mulai 50rb", "delaySeconds", 0));
        rule(Map.of("name", "Menu", "triggerType", "keyword", "keywords", List.of("menu"), "responseType", "menu",
                "responseMessage", "Pilih layanan, {{first_name}}:", "delaySeconds", 0, "menuOptions", List.of(
                        Map.of("key", "1", "label", "Cek Harga", "next_rule_id", price),
                        Map.of("key", "2", "label", "Lokasi toko dan jam buka kami", "response", "Jl. Merdeka 1, buka 08–17"),
                        Map.of("key", "3", "label", "Bicara dengan CS", "action", "forward_to_cs"),
                        Map.of("key", "4", "label", "Promo", "response", "Diskon 10% minggu ini"))));

        customerSays("wamid.IN" + UUID.randomUUID(), "menu");

        String menuWamid = awaitSent(1);
        graph.verifySent(number.phoneNumberId(), """
                {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "%s", "type": "interactive",
                 "interactive": {"type": "list", "body": {"text": "Pilih layanan, Budi:"},
                   "action": {"button": "Pilih", "sections": [{"rows": [
                     {"id": "1", "title": "Cek Harga"},
                     {"id": "2", "title": "Lokasi toko dan jam buk…", "description": "Lokasi toko dan jam buka kami"},
                     {"id": "3", "title": "Bicara dengan CS"},
                     {"id": "4", "title": "Promo"}]}]}}}""".formatted(CUSTOMER));
        Map<String, Object> menu = jdbc.sql("""
                SELECT message_type, content, sender_type FROM messages WHERE wa_message_id = ?""")
                .param(menuWamid).query().singleRow();
        assertThat(menu).containsEntry("message_type", "interactive").containsEntry("content", "Pilih layanan, Budi:")
                .containsEntry("sender_type", "auto_reply");

        String tap = "wamid.TAP" + UUID.randomUUID();
        Api.Reply reply = webhook(messages(number, contact(CUSTOMER, "Budi"), interactiveReply(tap, CUSTOMER, Instant.now(),
                "list_reply", "1", "Cek Harga", menuWamid, number.digits())));

        assertThat(reply.status()).isEqualTo(200);
        awaitSent(2);
        graph.verifySent(number.phoneNumberId(), """
                {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "%s",
                 "type": "text", "text": {"preview_url": false, "body": "Harga mulai 50rb"}}""".formatted(CUSTOMER));
        assertThat(jdbc.sql("SELECT message_type || ' ' || content || ' ' || reply_id FROM messages WHERE wa_message_id = ?")
                .param(tap).query(String.class).single()).isEqualTo("interactive Cek Harga 1");
    }

    @Test
    void threeShortOptionsGoAsReplyButtonsAndATapAnswersWithThatOption() {
        rule(Map.of("name", "Menu", "triggerType", "keyword", "keywords", List.of("menu"), "responseType", "menu",
                "responseMessage", "Ada yang bisa kami bantu?", "delaySeconds", 0, "menuOptions", List.of(
                        Map.of("key", "1", "label", "Jam buka", "response", "Buka 08–17"),
                        Map.of("key", "2", "label", "Lokasi", "response", "Jl. Merdeka 1"),
                        Map.of("key", "3", "label", "Bicara dengan CS", "action", "forward_to_cs"))));

        customerSays("wamid.IN" + UUID.randomUUID(), "menu");

        String menuWamid = awaitSent(1);
        graph.verifySent(number.phoneNumberId(), """
                {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "%s", "type": "interactive",
                 "interactive": {"type": "button", "body": {"text": "Ada yang bisa kami bantu?"},
                   "action": {"buttons": [{"type": "reply", "reply": {"id": "1", "title": "Jam buka"}},
                                          {"type": "reply", "reply": {"id": "2", "title": "Lokasi"}},
                                          {"type": "reply", "reply": {"id": "3", "title": "Bicara dengan CS"}}]}}}"""
                .formatted(CUSTOMER));

        webhook(messages(number, contact(CUSTOMER, "Budi"), interactiveReply("wamid.TAP" + UUID.randomUUID(), CUSTOMER,
                Instant.now(), "button_reply", "2", "Lokasi", menuWamid, number.digits())));

        awaitSent(2);
        assertThat(graph.sentBodies(number.phoneNumberId()).get(1)).contains("\"body\":\"Jl. Merdeka 1\"");
    }

    private String rule(Map<String, Object> rule) {
        Api.Reply reply = api.post("/api/auto-reply/rules", new HashMap<>(rule)).token(owner.token()).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("rule").get("id").asString();
    }

    private void customerSays(String wamid, String body) {
        Api.Reply reply = webhook(messages(number, contact(CUSTOMER, "Budi Santoso"), text(wamid, CUSTOMER, Instant.now(), body)));
        assertThat(reply.status()).isEqualTo(200);
    }

    /** Waits until {@code count} messages reached the fake Graph API and answers the last one's wamid as stored. */
    private String awaitSent(int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> graph.sentBodies(number.phoneNumberId()).size() >= count
                && jdbc.sql("SELECT count(*) FROM messages WHERE tenant_id = ? AND direction = 'outbound' AND status = 'sent'")
                        .param(owner.tenantId().value()).query(Integer.class).single() >= count);
        assertThat(graph.sentBodies(number.phoneNumberId())).hasSize(count);
        return jdbc.sql("""
                SELECT wa_message_id FROM messages WHERE tenant_id = ? AND direction = 'outbound'
                ORDER BY created_at DESC LIMIT 1""").param(owner.tenantId().value()).query(String.class).single();
    }
}
