package id.sapa.autoreply;

import static id.sapa.support.MetaWebhooks.contact;
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
 * Template responses of auto-reply rules on the Meta Cloud API: an approved WhatsApp template goes
 * as a real template message with the rule's variables in its values, a quick reply goes as its
 * text; what cannot be sent is refused when the rule is saved, naming the field.
 */
@TestPropertySource(properties = "sapa.auto-reply.enabled=true")
class TemplateRuleWebTest extends FakeProvidersTestSupport {

    static final String CUSTOMER = "6281234567890";

    SignedIn owner;
    CloudNumber number;

    @BeforeEach
    void connect() {
        owner = accounts.registerBusiness("Toko Templat");
        number = connectCloudApi(owner);
        for (JsonNode rule : api.get("/api/auto-reply/rules").token(owner.token()).send().json().get("rules")) {
            api.delete("/api/auto-reply/rules/" + rule.get("id").asString()).token(owner.token()).send();
        }
        graph.templates(number.businessAccountId(), """
                {"name": "sapaan_pelanggan", "language": "id", "status": "APPROVED", "category": "UTILITY", "id": "3001",
                 "components": [{"type": "BODY", "text": "Halo {{1}}, terima kasih sudah menghubungi {{2}}."}]}""", """
                {"name": "tagihan_baru", "language": "id", "status": "APPROVED", "category": "UTILITY", "id": "3002",
                 "components": [{"type": "HEADER", "format": "DOCUMENT"}, {"type": "BODY", "text": "Tagihan terlampir."}]},
                {"name": "promo_akhir_tahun", "language": "id", "status": "PENDING", "category": "MARKETING", "id": "3003",
                 "components": [{"type": "BODY", "text": "Diskon!"}]}""");
        assertThat(api.post("/api/whatsapp/templates/sync", Map.of()).token(owner.token()).send().status()).isEqualTo(200);
    }

    @Test
    void aWhatsAppTemplateRuleSendsATemplateMessageWithTheVariablesFilled() {
        String id = rule(Map.of("name", "Sapa", "triggerType", "keyword", "keywords", List.of("halo"),
                "responseType", "template", "templateName", "sapaan_pelanggan", "templateLanguage", "id",
                "templateParameters", List.of("{{first_name}}", "{{business_name}}"), "delaySeconds", 0));
        JsonNode saved = api.get("/api/auto-reply/rules/" + id).token(owner.token()).send().json().get("rule");
        assertThat(saved.get("templateName").asString()).isEqualTo("sapaan_pelanggan");
        assertThat(saved.get("templateParameters").get(1).asString()).isEqualTo("{{business_name}}");

        customerSays("halo kak");

        awaitSent(1);
        graph.verifySent(number.phoneNumberId(), """
                {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "%s", "type": "template",
                 "template": {"name": "sapaan_pelanggan", "language": {"code": "id"}, "components": [
                   {"type": "body", "parameters": [{"type": "text", "text": "Budi"}, {"type": "text", "text": "Toko Templat"}]}]}}"""
                .formatted(CUSTOMER));
        assertThat(jdbc.sql("""
                SELECT message_type || ': ' || content FROM messages WHERE tenant_id = ? AND sender_type = 'auto_reply'""")
                .param(owner.tenantId().value()).query(String.class).single())
                .isEqualTo("template: Halo Budi, terima kasih sudah menghubungi Toko Templat.");
        JsonNode log = api.get("/api/auto-reply/rules/" + id).token(owner.token()).send().json().get("recentLogs").get(0);
        assertThat(log.get("success").asBoolean()).isTrue();
        assertThat(log.get("responseSent").asString()).isEqualTo("Halo Budi, terima kasih sudah menghubungi Toko Templat.");
    }

    @Test
    void aQuickReplyRuleSendsItsTextAndCountsTheUse() {
        Api.Reply created = api.post("/api/quick-replies", Map.of("shortcut", "/jam", "title", "Jam buka",
                "message", "Halo {{name}}, kami buka 08–17 di {{business_name}}.")).token(owner.token()).send();
        String quickReply = created.json().get("quickReply").get("id").asString();
        rule(Map.of("name", "Jam", "triggerType", "keyword", "keywords", List.of("jam"), "responseType", "template",
                "quickReplyId", quickReply, "delaySeconds", 0));

        customerSays("jam berapa buka?");

        awaitSent(1);
        graph.verifySent(number.phoneNumberId(), """
                {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "%s",
                 "type": "text", "text": {"preview_url": false, "body": "Halo Budi Santoso, kami buka 08–17 di Toko Templat."}}"""
                .formatted(CUSTOMER));
        assertThat(api.get("/api/quick-replies/" + quickReply).token(owner.token()).send().json().get("useCount").asInt())
                .isEqualTo(1);
    }

    @Test
    void aTemplateThatWentAwayIsLoggedAsAFailedReply() {
        String id = rule(Map.of("name", "Sapa", "triggerType", "keyword", "keywords", List.of("halo"),
                "responseType", "template", "templateName", "sapaan_pelanggan", "templateLanguage", "id",
                "templateParameters", List.of("{{first_name}}", "{{business_name}}"), "delaySeconds", 0));
        jdbc.sql("UPDATE whatsapp_templates SET status = 'paused' WHERE tenant_id = ?").param(owner.tenantId().value()).update();

        customerSays("halo");

        await().atMost(Duration.ofSeconds(10)).until(() -> !api.get("/api/auto-reply/rules/" + id).token(owner.token()).send()
                .json().get("recentLogs").isEmpty());
        JsonNode log = api.get("/api/auto-reply/rules/" + id).token(owner.token()).send().json().get("recentLogs").get(0);
        assertThat(log.get("success").asBoolean()).isFalse();
        assertThat(log.get("errorMessage").asString()).contains("paused");
        assertThat(graph.sentBodies(number.phoneNumberId())).isEmpty();
    }

    @Test
    void whatCannotBeSentIsRefusedWhenTheRuleIsSaved() {
        Map<String, Object> base = Map.of("name", "Sapa", "triggerType", "keyword", "keywords", List.of("halo"),
                "responseType", "template", "delaySeconds", 0);

        assertThat(field(with(base, "templateName", "tidak_ada", "templateLanguage", "id"))).isEqualTo("templateName");
        assertThat(field(with(base, "templateName", "promo_akhir_tahun", "templateLanguage", "id"))).isEqualTo("templateName");
        assertThat(field(with(base, "templateName", "tagihan_baru", "templateLanguage", "id"))).isEqualTo("templateName");
        assertThat(field(with(base, "templateName", "sapaan_pelanggan", "templateLanguage", "id",
                "templateParameters", List.of("{{name}}")))).isEqualTo("templateParameters");
        assertThat(field(with(base, "quickReplyId", UUID.randomUUID().toString()))).isEqualTo("quickReplyId");
        assertThat(field(base)).isEqualTo("templateName");
        Api.Reply personal = api.post("/api/quick-replies", Map.of("shortcut", "/pribadi", "title", "Pribadi",
                "message", "Catatan saya", "isGlobal", false)).token(owner.token()).send();
        assertThat(field(with(base, "quickReplyId", personal.json().get("quickReply").get("id").asString())))
                .isEqualTo("quickReplyId");
    }

    private static Map<String, Object> with(Map<String, Object> base, Object... pairs) {
        Map<String, Object> changed = new HashMap<>(base);
        for (int i = 0; i < pairs.length; i += 2) {
            changed.put((String) pairs[i], pairs[i + 1]);
        }
        return changed;
    }

    private String field(Map<String, Object> rule) {
        Api.Reply reply = api.post("/api/auto-reply/rules", rule).token(owner.token()).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        return reply.json().get("errors").get(0).get("field").asString();
    }

    private String rule(Map<String, Object> rule) {
        Api.Reply reply = api.post("/api/auto-reply/rules", new HashMap<>(rule)).token(owner.token()).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("rule").get("id").asString();
    }

    private void customerSays(String body) {
        Api.Reply reply = webhook(messages(number, contact(CUSTOMER, "Budi Santoso"),
                text("wamid.IN" + UUID.randomUUID(), CUSTOMER, Instant.now(), body)));
        assertThat(reply.status()).isEqualTo(200);
    }

    private void awaitSent(int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> graph.sentBodies(number.phoneNumberId()).size() >= count);
        assertThat(graph.sentBodies(number.phoneNumberId())).hasSize(count);
    }
}
