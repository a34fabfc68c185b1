package id.sapa.message.web;

import static id.sapa.support.MetaWebhooks.contact;
import static id.sapa.support.MetaWebhooks.messages;
import static id.sapa.support.MetaWebhooks.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.sapa.support.Api;
import id.sapa.support.FakeProvidersTestSupport;
import id.sapa.support.FakeGraph;
import id.sapa.support.MetaTemplates;
import id.sapa.support.TestAccounts.SignedIn;
import tools.jackson.databind.JsonNode;

/**
 * Replies through the Meta Cloud API: the exact documented payloads reach the (fake) Graph API,
 * the 24-hour window and the template registry are enforced, and every failure class ends in its
 * documented state.
 */
class CloudApiSendWebTest extends FakeProvidersTestSupport {

    static final String CUSTOMER = "6281234567890";

    SignedIn owner;
    CloudNumber number;

    @BeforeEach
    void connect() {
        owner = accounts.registerBusiness("Toko Kirim");
        number = connectCloudApi(owner);
    }

    @Test
    void aReplyToTheCustomersMessageGoesOutWithTheDocumentedPayload() {
        String customerWamid = "wamid.IN" + UUID.randomUUID();
        String conversationId = customerWrote(customerWamid, Instant.now());
        String quoted = jdbc.sql("SELECT id FROM messages WHERE wa_message_id = ?").param(customerWamid)
                .query(UUID.class).single().toString();

        String id = send(Map.of("conversationId", conversationId, "content", "Siap kak, kami cek dulu ya",
                "quotedMessageId", quoted)).json().get("message").get("id").asString();

        await().atMost(Duration.ofSeconds(10)).until(() -> "sent".equals(status(id)));
        graph.verifySent(number.phoneNumberId(), """
                {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "%s",
                 "context": {"message_id": "%s"},
                 "type": "text", "text": {"preview_url": false, "body": "Siap kak, kami cek dulu ya"}}"""
                .formatted(CUSTOMER, customerWamid));
        assertThat(waMessageId(id)).startsWith("wamid.HBgL");
    }

    @Test
    void anUploadedImageIsUploadedToMetaAndSentByItsId() {
        String conversationId = customerWrote("wamid.IN" + UUID.randomUUID(), Instant.now());
        graph.acceptUploads(number.phoneNumberId(), "2047543291543637");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
        String boundary = "test-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"conversationId\"\r\n\r\n" + conversationId
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"messageType\"\r\n\r\nimage"
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"content\"\r\n\r\nKatalog"
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"katalog.png\""
                + "\r\nContent-Type: image/png\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);

        Api.Reply reply = api.post("/api/messages/send", null).token(owner.token())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .send(java.net.http.HttpRequest.BodyPublishers.concat(java.net.http.HttpRequest.BodyPublishers.ofByteArray(head),
                        java.net.http.HttpRequest.BodyPublishers.ofByteArray(png),
                        java.net.http.HttpRequest.BodyPublishers.ofByteArray(tail)));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        String id = reply.json().get("message").get("id").asString();
        await().atMost(Duration.ofSeconds(10)).until(() -> "sent".equals(status(id)));
        assertThat(graph.uploads(number.phoneNumberId()).getFirst().getPart("file").getBody().asBytes()).isEqualTo(png);
        graph.verifySent(number.phoneNumberId(), """
                {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "%s",
                 "type": "image", "image": {"id": "2047543291543637", "caption": "Katalog"}}""".formatted(CUSTOMER));
    }

    @Test
    void aFreeFormReplyOutsideTheWindowIsRefusedAndNothingIsSent() {
        String conversationId = customerWrote("wamid.OLD" + UUID.randomUUID(), Instant.now().minus(25, ChronoUnit.HOURS));

        Api.Reply reply = send(Map.of("conversationId", conversationId, "content", "Halo kak, masih minat?"));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("type").asString()).endsWith("/window-closed");
        assertThat(reply.json().get("detail").asString()).contains("template");
        assertThat(reply.json().get("windowExpiresAt").asString()).isNotBlank();
        assertThat(outboundCount()).isZero();
        assertThat(graph.sentBodies(number.phoneNumberId())).isEmpty();
    }

    @Test
    void anApprovedTemplateGoesOutsideTheWindowWithItsParameters() {
        approvedTemplates();
        String conversationId = customerWrote("wamid.OLD" + UUID.randomUUID(), Instant.now().minus(3, ChronoUnit.DAYS));

        Api.Reply reply = send(Map.of("conversationId", conversationId, "messageType", "template",
                "template", Map.of("name", "pesanan_dikirim", "language", "id", "parameters", List.of("Budi", "INV-7"))));

        assertThat(reply.status()).isEqualTo(201);
        String id = reply.json().get("message").get("id").asString();
        await().atMost(Duration.ofSeconds(10)).until(() -> "sent".equals(status(id)));
        graph.verifySent(number.phoneNumberId(), """
                {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "%s", "type": "template",
                 "template": {"name": "pesanan_dikirim", "language": {"code": "id"},
                   "components": [{"type": "body", "parameters": [{"type": "text", "text": "Budi"}, {"type": "text", "text": "INV-7"}]}]}}"""
                .formatted(CUSTOMER));
        assertThat(jdbc.sql("SELECT message_type || ': ' || content FROM messages WHERE id = ?").param(UUID.fromString(id))
                .query(String.class).single()).isEqualTo("template: Halo Budi, pesanan INV-7 sudah dikirim.");
    }

    @Test
    void aTemplateIsCheckedAgainstTheRegistry() {
        approvedTemplates();
        String conversationId = customerWrote("wamid.IN" + UUID.randomUUID(), Instant.now());

        Api.Reply unknown = sendTemplate(conversationId, "tidak_ada", List.of());
        Api.Reply pending = sendTemplate(conversationId, "promo_akhir_tahun", List.of());
        Api.Reply tooFew = sendTemplate(conversationId, "pesanan_dikirim", List.of("Budi"));
        Api.Reply noTemplate = send(Map.of("conversationId", conversationId, "messageType", "template"));

        assertThat(field(unknown)).isEqualTo("template.name");
        assertThat(field(pending)).isEqualTo("template.name");
        assertThat(pending.json().get("errors").get(0).get("message").asString()).contains("pending");
        assertThat(field(tooFew)).isEqualTo("template.parameters");
        assertThat(tooFew.json().get("errors").get(0).get("message").asString()).contains("memerlukan 2 parameter");
        assertThat(field(noTemplate)).isEqualTo("template");
        assertThat(outboundCount()).isZero();
    }

    @Test
    void aTemplateWithAHeaderAndButtonsSendsEveryPartAsMetaDocumentsIt() {
        componentTemplates();
        String conversationId = customerWrote("wamid.OLD" + UUID.randomUUID(), Instant.now().minus(2, ChronoUnit.DAYS));

        Api.Reply reply = send(Map.of("conversationId", conversationId, "messageType", "template", "template", Map.of(
                "name", "tagihan_baru", "language", "id", "parameters", List.of("Budi"),
                "header", Map.of("mediaUrl", "https://toko.example/INV-7.pdf", "fileName", "INV-7.pdf"),
                "buttons", List.of(Map.of("index", 1, "subType", "quick_reply", "payload", "STOP-PROMO"),
                        Map.of("index", 0, "subType", "url", "parameters", List.of("INV-7"))))));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        String id = reply.json().get("message").get("id").asString();
        await().atMost(Duration.ofSeconds(10)).until(() -> "sent".equals(status(id)));
        graph.verifySent(number.phoneNumberId(), """
                {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "%s", "type": "template",
                 "template": {"name": "tagihan_baru", "language": {"code": "id"}, "components": [
                   {"type": "header", "parameters": [{"type": "document",
                      "document": {"link": "https://toko.example/INV-7.pdf", "filename": "INV-7.pdf"}}]},
                   {"type": "body", "parameters": [{"type": "text", "text": "Budi"}]},
                   {"type": "button", "sub_type": "url", "index": "0", "parameters": [{"type": "text", "text": "INV-7"}]},
                   {"type": "button", "sub_type": "quick_reply", "index": "1",
                    "parameters": [{"type": "payload", "payload": "STOP-PROMO"}]}]}}""".formatted(CUSTOMER));
        assertThat(jdbc.sql("SELECT content FROM messages WHERE id = ?").param(UUID.fromString(id)).query(String.class)
                .single()).isEqualTo("Halo Budi, tagihan terlampir.");
        assertThat(jdbc.sql("SELECT template ->> 'header' FROM messages WHERE id = ?").param(UUID.fromString(id))
                .query(String.class).single()).contains("INV-7.pdf");
    }

    @Test
    void aTextHeaderTakesItsValue() {
        componentTemplates();
        String conversationId = customerWrote("wamid.IN" + UUID.randomUUID(), Instant.now());

        Api.Reply reply = send(Map.of("conversationId", conversationId, "messageType", "template", "template", Map.of(
                "name", "pesanan_siap", "language", "id", "header", Map.of("text", "INV-7"))));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        String id = reply.json().get("message").get("id").asString();
        await().atMost(Duration.ofSeconds(10)).until(() -> "sent".equals(status(id)));
        graph.verifySent(number.phoneNumberId(), """
                {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "%s", "type": "template",
                 "template": {"name": "pesanan_siap", "language": {"code": "id"}, "components": [
                   {"type": "header", "parameters": [{"type": "text", "text": "INV-7"}]}]}}""".formatted(CUSTOMER));
    }

    @Test
    void missingAndExtraHeaderAndButtonValuesAreRefusedNamingTheField() {
        componentTemplates();
        String conversationId = customerWrote("wamid.IN" + UUID.randomUUID(), Instant.now());
        Map<String, Object> pdf = Map.of("mediaUrl", "https://toko.example/INV-7.pdf");
        Map<String, Object> suffix = Map.of("index", 0, "subType", "url", "parameters", List.of("INV-7"));

        Api.Reply noHeader = bill(conversationId, null, List.of(suffix));
        Api.Reply textForMedia = bill(conversationId, Map.of("text", "INV-7"), List.of(suffix));
        Api.Reply notALink = bill(conversationId, Map.of("mediaUrl", "ftp://x"), List.of(suffix));
        Api.Reply noSuffix = bill(conversationId, pdf, List.of());
        Api.Reply unknownButton = bill(conversationId, pdf, List.of(suffix, Map.of("index", 7, "subType", "url",
                "parameters", List.of("x"))));
        Api.Reply phoneButton = bill(conversationId, pdf, List.of(suffix, Map.of("index", 2, "subType", "url",
                "parameters", List.of("x"))));
        Api.Reply wrongSubType = bill(conversationId, pdf, List.of(Map.of("index", 0, "subType", "quick_reply",
                "payload", "x")));
        Api.Reply twice = bill(conversationId, pdf, List.of(suffix, suffix));
        Api.Reply badSubType = bill(conversationId, pdf, List.of(Map.of("index", 0, "subType", "call")));
        Api.Reply headerOnPlainTemplate = send(Map.of("conversationId", conversationId, "messageType", "template",
                "template", Map.of("name", "pesanan_dikirim", "language", "id", "parameters", List.of("Budi", "INV-7"),
                        "header", Map.of("text", "x"))));
        Api.Reply buttonOnPlainTemplate = send(Map.of("conversationId", conversationId, "messageType", "template",
                "template", Map.of("name", "pesanan_dikirim", "language", "id", "parameters", List.of("Budi", "INV-7"),
                        "buttons", List.of(suffix))));

        assertThat(field(noHeader)).isEqualTo("template.header");
        assertThat(noHeader.json().get("errors").get(0).get("message").asString()).contains("punya header document");
        assertThat(field(textForMedia)).isEqualTo("template.header.mediaUrl");
        assertThat(field(notALink)).isEqualTo("template.header.mediaUrl");
        assertThat(field(noSuffix)).isEqualTo("template.buttons");
        assertThat(noSuffix.json().get("errors").get(0).get("message").asString()).contains("tombol 0", "Bayar");
        assertThat(field(unknownButton)).isEqualTo("template.buttons[1].index");
        assertThat(field(phoneButton)).isEqualTo("template.buttons[1]");
        assertThat(field(wrongSubType)).isEqualTo("template.buttons[0].subType");
        assertThat(field(twice)).isEqualTo("template.buttons[1].index");
        assertThat(field(badSubType)).isEqualTo("template.buttons[0].subType");
        assertThat(field(headerOnPlainTemplate)).isEqualTo("template.header");
        assertThat(field(buttonOnPlainTemplate)).isEqualTo("template.buttons[0].index");
        assertThat(outboundCount()).isZero();
    }

    @Test
    void aNamedTemplateIsListedWithItsNamesAndSentByName() {
        namedTemplates();
        JsonNode listed = api.get("/api/whatsapp/templates").token(owner.token()).send().json().get("data");
        JsonNode positional = listed.get(0);
        JsonNode named = listed.get(1);
        assertThat(positional.get("name").asString()).isEqualTo("pesanan_dikirim");
        assertThat(positional.get("parameterFormat").asString()).isEqualTo("positional");
        assertThat(positional.get("parameterNames")).isEmpty();
        assertThat(named.get("name").asString()).isEqualTo("promo_musiman");
        assertThat(named.get("parameterFormat").asString()).isEqualTo("named");
        assertThat(named.get("parameterNames").valueStream().map(JsonNode::asString)).containsExactly("first_name", "discount_code");
        assertThat(named.get("parameterCount").asInt()).isEqualTo(2);
        assertThat(named.get("header").get("parameterName").asString()).isEqualTo("sale_name");
        String conversationId = customerWrote("wamid.OLD" + UUID.randomUUID(), Instant.now().minus(2, ChronoUnit.DAYS));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("discount_code", "HEMAT10");
        values.put("first_name", "Budi");

        Api.Reply reply = send(Map.of("conversationId", conversationId, "messageType", "template", "template", Map.of(
                "name", "promo_musiman", "language", "id", "namedParameters", values, "header", Map.of("text", "Harbolnas"),
                "buttons", List.of(Map.of("index", 0, "subType", "url", "parameters", List.of("HEMAT10"))))));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        String id = reply.json().get("message").get("id").asString();
        await().atMost(Duration.ofSeconds(10)).until(() -> "sent".equals(status(id)));
        graph.verifySent(number.phoneNumberId(), """
                {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "%s", "type": "template",
                 "template": {"name": "promo_musiman", "language": {"code": "id"}, "components": [
                   {"type": "header", "parameters": [{"type": "text", "parameter_name": "sale_name", "text": "Harbolnas"}]},
                   {"type": "body", "parameters": [{"type": "text", "parameter_name": "first_name", "text": "Budi"},
                                                   {"type": "text", "parameter_name": "discount_code", "text": "HEMAT10"}]},
                   {"type": "button", "sub_type": "url", "index": "0", "parameters": [{"type": "text", "text": "HEMAT10"}]}]}}"""
                .formatted(CUSTOMER));
        assertThat(jdbc.sql("SELECT content FROM messages WHERE id = ?").param(UUID.fromString(id)).query(String.class)
                .single()).isEqualTo("Hai Budi, pakai kode HEMAT10 ya, Budi.");
    }

    @Test
    void namedValuesAreCheckedByNameAndEachFormatTakesOnlyItsOwnField() {
        namedTemplates();
        String conversationId = customerWrote("wamid.IN" + UUID.randomUUID(), Instant.now());

        Api.Reply missing = promo(conversationId, Map.of("first_name", "Budi"));
        Api.Reply none = promo(conversationId, Map.of());
        Api.Reply unknown = promo(conversationId, Map.of("first_name", "Budi", "discount_code", "HEMAT10", "kota", "Bandung"));
        Api.Reply blank = promo(conversationId, Map.of("first_name", " ", "discount_code", "HEMAT10"));
        Api.Reply inOrder = send(Map.of("conversationId", conversationId, "messageType", "template", "template", Map.of(
                "name", "promo_musiman", "language", "id", "parameters", List.of("Budi", "HEMAT10"),
                "header", Map.of("text", "Harbolnas"),
                "buttons", List.of(Map.of("index", 0, "subType", "url", "parameters", List.of("HEMAT10"))))));
        Api.Reply byNameToPositional = send(Map.of("conversationId", conversationId, "messageType", "template",
                "template", Map.of("name", "pesanan_dikirim", "language", "id", "namedParameters", Map.of("1", "Budi", "2", "INV-7"))));

        assertThat(field(missing)).isEqualTo("template.namedParameters.discount_code");
        assertThat(missing.json().get("errors").get(0).get("message").asString()).contains("{{discount_code}}");
        assertThat(field(none)).isEqualTo("template.namedParameters.first_name");
        assertThat(field(unknown)).isEqualTo("template.namedParameters.kota");
        assertThat(unknown.json().get("errors").get(0).get("message").asString()).contains("first_name, discount_code");
        assertThat(field(blank)).isEqualTo("template.namedParameters.first_name");
        assertThat(field(inOrder)).isEqualTo("template.parameters");
        assertThat(inOrder.json().get("errors").get(0).get("message").asString()).contains("namedParameters");
        assertThat(field(byNameToPositional)).isEqualTo("template.namedParameters");
        assertThat(byNameToPositional.json().get("errors").get(0).get("message").asString()).contains("template.parameters");
        assertThat(outboundCount()).isZero();
        assertThat(graph.sentBodies(number.phoneNumberId())).isEmpty();
    }

    @Test
    void anExpiredTokenDisconnectsTheChannelAndRefusesSendsUntilReconnected() {
        String conversationId = customerWrote("wamid.IN" + UUID.randomUUID(), Instant.now());
        graph.error("POST", FakeGraph.messagesPath(number.phoneNumberId()), 401, 190,
                "Error validating access token: Session has expired", "");

        String id = send(Map.of("conversationId", conversationId, "content", "Halo")).json().get("message").get("id").asString();

        await().atMost(Duration.ofSeconds(10)).until(() -> "failed".equals(status(id)));
        assertThat(error(id)).contains("access token is no longer valid");
        JsonNode status = api.get("/api/whatsapp/status").token(owner.token()).send().json();
        assertThat(status.get("status").asString()).isEqualTo("disconnected");
        assertThat(status.get("reason").asString()).contains("access token");
        Api.Reply refused = send(Map.of("conversationId", conversationId, "content", "Halo lagi"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("connect the number again");

        graph.acceptMessages(number.phoneNumberId());
        api.post("/api/whatsapp/connect", Map.of("provider", "cloud_api", "accessToken", FakeGraph.TOKEN))
                .token(owner.token()).send();

        assertThat(send(Map.of("conversationId", conversationId, "content", "Sudah normal")).status()).isEqualTo(201);
    }

    @Test
    void aRateLimitIsRetriedAndTheCustomerGetsOneCopy() {
        String conversationId = customerWrote("wamid.IN" + UUID.randomUUID(), Instant.now());
        graph.failNextSends(number.phoneNumberId(), 1, 400, 130429, "(#130429) Rate limit hit");

        String id = send(Map.of("conversationId", conversationId, "content", "Halo")).json().get("message").get("id").asString();

        await().atMost(Duration.ofSeconds(20)).until(() -> "sent".equals(status(id)));
        assertThat(graph.sentBodies(number.phoneNumberId())).hasSize(2);
        assertThat(jdbc.sql("SELECT send_attempts FROM messages WHERE id = ?").param(UUID.fromString(id))
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void closedWindowUndeliverableAndPolicyRefusalsFailWithAClearReasonAndAPolicyBlockStopsSending() {
        String conversationId = customerWrote("wamid.IN" + UUID.randomUUID(), Instant.now());

        graph.failNextSends(number.phoneNumberId(), 1, 400, 131047, "(#131047) Re-engagement message");
        String window = sendText(conversationId, "Satu");
        await().atMost(Duration.ofSeconds(10)).until(() -> "failed".equals(status(window)));
        graph.failNextSends(number.phoneNumberId() , 1, 400, 131026, "(#131026) Message undeliverable");
        graph.server().resetScenarios();
        String undeliverable = sendText(conversationId, "Dua");
        await().atMost(Duration.ofSeconds(10)).until(() -> "failed".equals(status(undeliverable)));
        assertThat(api.get("/api/whatsapp/status").token(owner.token()).send().json().get("status").asString())
                .isEqualTo("connected");
        graph.failNextSends(number.phoneNumberId(), 1, 400, 368, "(#368) Temporarily blocked for policies violations");
        graph.server().resetScenarios();
        String policy = sendText(conversationId, "Tiga");
        await().atMost(Duration.ofSeconds(10)).until(() -> "failed".equals(status(policy)));

        assertThat(error(window)).contains("window is closed").contains("template");
        assertThat(error(undeliverable)).contains("could not deliver to this customer");
        assertThat(error(policy)).contains("blocked sending");
        JsonNode status = api.get("/api/whatsapp/status").token(owner.token()).send().json();
        assertThat(status.get("status").asString()).isEqualTo("disconnected");
        assertThat(status.get("reason").asString()).contains("blocked sending");
        assertThat(send(Map.of("conversationId", conversationId, "content", "Empat")).status()).isEqualTo(409);
    }

    @Test
    void theStatusSaysWhichSettingsArePresentNeverTheirValues() {
        Api.Reply reply = api.get("/api/whatsapp/status").token(owner.token()).send();

        JsonNode status = reply.json();
        assertThat(status.get("provider").asString()).isEqualTo("cloud_api");
        assertThat(status.get("phoneNumber").asString()).isEqualTo(number.digits());
        JsonNode configuration = status.get("webhook");
        assertThat(configuration.get("accessToken").asBoolean()).isTrue();
        assertThat(configuration.get("phoneNumberId").asBoolean()).isTrue();
        assertThat(configuration.get("verifyToken").asBoolean()).isTrue();
        assertThat(configuration.get("appSecret").asBoolean()).isTrue();
        assertThat(configuration.get("isConfigured").asBoolean()).isTrue();
        assertThat(status.get("qualityRating").asString()).isEqualTo("GREEN");
        assertThat(status.get("messagingTier").asString()).isEqualTo("TIER_1K");
        assertThat(reply.body()).doesNotContain(FakeGraph.TOKEN, APP_SECRET, VERIFY_TOKEN, number.phoneNumberId());
    }

    @Test
    void credentialsMetaRefusesAnswer400WithMetasReason() {
        SignedIn other = accounts.registerBusiness("Toko Token Salah");
        String phoneNumberId = FakeGraph.newId();
        graph.error("GET", "/" + FakeGraph.VERSION + "/" + phoneNumberId, 400, 100,
                "Unsupported get request. Object with ID '" + phoneNumberId + "' does not exist", "");

        Api.Reply reply = api.post("/api/whatsapp/connect", Map.of("provider", "cloud_api", "phoneNumberId", phoneNumberId,
                "accessToken", "EAAG-wrong")).token(other.token()).send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("detail").asString()).contains("does not exist");
        assertThat(reply.body()).doesNotContain("EAAG-wrong");
    }

    @Test
    void missingOrMalformedCredentialsAreNamedBeforeMetaIsAsked() {
        SignedIn other = accounts.registerBusiness("Toko Lupa Isi");

        Api.Reply missing = api.post("/api/whatsapp/connect", Map.of("provider", "cloud_api")).token(other.token()).send();
        Api.Reply phoneNumber = api.post("/api/whatsapp/connect", Map.of("provider", "cloud_api",
                "phoneNumberId", "+62 812-3456-7890", "accessToken", "EAAG-x")).token(other.token()).send();
        Api.Reply noToken = api.post("/api/whatsapp/connect", Map.of("provider", "cloud_api",
                "phoneNumberId", FakeGraph.newId())).token(other.token()).send();

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("phoneNumberId");
        assertThat(phoneNumber.json().get("errors").get(0).get("field").asString()).isEqualTo("phoneNumberId");
        assertThat(phoneNumber.json().get("errors").get(0).get("message").asString()).contains("ID angka");
        assertThat(noToken.json().get("errors").get(0).get("field").asString()).isEqualTo("accessToken");
    }

    @Test
    void aNumberConnectedToOneBusinessCannotBeConnectedToAnother() {
        SignedIn other = accounts.registerBusiness("Toko Peniru");

        Api.Reply reply = api.post("/api/whatsapp/connect", Map.of("provider", "cloud_api",
                "phoneNumberId", number.phoneNumberId(), "accessToken", FakeGraph.TOKEN)).token(other.token()).send();

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().get("detail").asString()).contains("usaha lain");
    }

    @Test
    void aLoggedOutNumberReceivesNothingMore() {
        assertThat(api.delete("/api/whatsapp/disconnect").token(owner.token()).send().status()).isEqualTo(200);

        webhook(messages(number, contact(CUSTOMER, "Budi"), text("wamid.AFTER" + UUID.randomUUID(), CUSTOMER, Instant.now(), "Halo")));

        assertThat(jdbc.sql("SELECT count(*) FROM messages WHERE tenant_id = ?").param(owner.tenantId().value())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void templatesSyncOnlyForTheCloudApi() {
        SignedIn sandboxOwner = accounts.registerBusiness("Toko Sandbox");
        new id.sapa.support.Sandbox(api, sandboxOwner.token()).connect();

        assertThat(api.post("/api/whatsapp/templates/sync", Map.of()).token(sandboxOwner.token()).send().status())
                .isEqualTo(409);
        assertThat(api.get("/api/whatsapp/templates").token(sandboxOwner.token()).send().json().get("data")).isEmpty();
    }

    private void approvedTemplates() {
        graph.templates(number.businessAccountId(), """
                {"name": "pesanan_dikirim", "language": "id", "status": "APPROVED", "category": "UTILITY", "id": "1001",
                 "components": [{"type": "BODY", "text": "Halo {{1}}, pesanan {{2}} sudah dikirim."}]}""", """
                {"name": "promo_akhir_tahun", "language": "id", "status": "PENDING", "category": "MARKETING", "id": "1002",
                 "components": [{"type": "BODY", "text": "Diskon akhir tahun!"}]}""");
        Api.Reply sync = api.post("/api/whatsapp/templates/sync", Map.of()).token(owner.token()).send();
        assertThat(sync.json().get("data")).hasSize(2);
    }

    /** Templates with a document header and buttons, a text header with a placeholder, and a plain one. */
    private void componentTemplates() {
        graph.templates(number.businessAccountId(), """
                {"name": "tagihan_baru", "language": "id", "status": "APPROVED", "category": "UTILITY", "id": "2001",
                 "components": [{"type": "HEADER", "format": "DOCUMENT", "example": {"header_handle": ["4::aW"]}},
                                {"type": "BODY", "text": "Halo {{1}}, tagihan terlampir."},
                                {"type": "FOOTER", "text": "Toko Kirim"},
                                {"type": "BUTTONS", "buttons": [
                                  {"type": "URL", "text": "Bayar", "url": "https://toko.example/bayar/{{1}}"},
                                  {"type": "QUICK_REPLY", "text": "Berhenti promo"},
                                  {"type": "PHONE_NUMBER", "text": "Telepon", "phone_number": "+6281100000"}]}]},
                {"name": "pesanan_siap", "language": "id", "status": "APPROVED", "category": "UTILITY", "id": "2002",
                 "components": [{"type": "HEADER", "format": "TEXT", "text": "Pesanan {{1}}"},
                                {"type": "BODY", "text": "Siap diambil."}]}""", """
                {"name": "pesanan_dikirim", "language": "id", "status": "APPROVED", "category": "UTILITY", "id": "1001",
                 "components": [{"type": "BODY", "text": "Halo {{1}}, pesanan {{2}} sudah dikirim."}]}""");
        Api.Reply sync = api.post("/api/whatsapp/templates/sync", Map.of()).token(owner.token()).send();
        JsonNode bill = sync.json().get("data").get(2);
        assertThat(bill.get("name").asString()).isEqualTo("tagihan_baru");
        assertThat(bill.get("header").get("format").asString()).isEqualTo("document");
        assertThat(bill.get("buttons").get(0).get("parameterCount").asInt()).isEqualTo(1);
        assertThat(bill.get("footer").asString()).isEqualTo("Toko Kirim");
    }

    /** A named template (Meta's documented NAMED shape) and a positional one. */
    private void namedTemplates() {
        graph.templates(number.businessAccountId(), MetaTemplates.NAMED_PROMO, MetaTemplates.POSITIONAL_ORDER_SENT);
        Api.Reply sync = api.post("/api/whatsapp/templates/sync", Map.of()).token(owner.token()).send();
        assertThat(sync.status()).as(sync.toString()).isEqualTo(200);
    }

    private Api.Reply promo(String conversationId, Map<String, String> values) {
        return send(Map.of("conversationId", conversationId, "messageType", "template", "template", Map.of(
                "name", "promo_musiman", "language", "id", "namedParameters", values, "header", Map.of("text", "Harbolnas"),
                "buttons", List.of(Map.of("index", 0, "subType", "url", "parameters", List.of("HEMAT10"))))));
    }

    private Api.Reply bill(String conversationId, Map<String, Object> header, List<Map<String, Object>> buttons) {
        Map<String, Object> template = new HashMap<>(Map.of("name", "tagihan_baru", "language", "id",
                "parameters", List.of("Budi"), "buttons", buttons));
        if (header != null) {
            template.put("header", header);
        }
        return send(Map.of("conversationId", conversationId, "messageType", "template", "template", template));
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

    private String sendText(String conversationId, String content) {
        return send(Map.of("conversationId", conversationId, "content", content)).json().get("message").get("id").asString();
    }

    private Api.Reply sendTemplate(String conversationId, String name, List<String> parameters) {
        return send(Map.of("conversationId", conversationId, "messageType", "template",
                "template", Map.of("name", name, "language", "id", "parameters", parameters)));
    }

    private static String field(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        return reply.json().get("errors").get(0).get("field").asString();
    }

    private String status(String id) {
        return jdbc.sql("SELECT status FROM messages WHERE id = ?").param(UUID.fromString(id)).query(String.class).single();
    }

    private String error(String id) {
        return jdbc.sql("SELECT error_message FROM messages WHERE id = ?").param(UUID.fromString(id)).query(String.class).single();
    }

    private String waMessageId(String id) {
        return jdbc.sql("SELECT wa_message_id FROM messages WHERE id = ?").param(UUID.fromString(id)).query(String.class).single();
    }

    private int outboundCount() {
        return jdbc.sql("SELECT count(*) FROM messages WHERE tenant_id = ? AND direction = 'outbound'")
                .param(owner.tenantId().value()).query(Integer.class).single();
    }
}
