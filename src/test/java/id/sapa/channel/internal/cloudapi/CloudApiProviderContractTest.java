package id.sapa.channel.internal.cloudapi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.sapa.channel.WhatsAppProviderContract;
import id.sapa.channel.spi.ChannelAccess;
import id.sapa.channel.spi.ChannelRef;
import id.sapa.channel.spi.MessageKind;
import id.sapa.channel.spi.OutboundMessage;
import id.sapa.channel.spi.OutboundMessage.Button;
import id.sapa.channel.spi.OutboundMessage.Buttons;
import id.sapa.channel.spi.OutboundMessage.ListMenu;
import id.sapa.channel.spi.OutboundMessage.LocationParameter;
import id.sapa.channel.spi.OutboundMessage.MediaParameter;
import id.sapa.channel.spi.OutboundMessage.Media;
import id.sapa.channel.spi.OutboundMessage.Reaction;
import id.sapa.channel.spi.OutboundMessage.Row;
import id.sapa.channel.spi.OutboundMessage.Section;
import id.sapa.channel.spi.OutboundMessage.Template;
import id.sapa.channel.spi.OutboundMessage.TemplateComponent;
import id.sapa.channel.spi.OutboundMessage.Text;
import id.sapa.channel.spi.OutboundMessage.TextParameter;
import id.sapa.channel.spi.ProviderException;
import id.sapa.channel.spi.ProviderType;
import id.sapa.channel.spi.SendResult.Accepted;
import id.sapa.channel.spi.SendResult.Failure;
import id.sapa.channel.spi.SendResult.Rejected;
import id.sapa.channel.spi.WebhookItem.MediaRef;
import id.sapa.channel.spi.WebhookRequest;
import id.sapa.channel.spi.WhatsAppProvider;
import id.sapa.channel.spi.WhatsAppTemplate;
import id.sapa.shared.ChannelId;
import id.sapa.shared.PhoneNumber;
import id.sapa.shared.TenantId;
import id.sapa.support.FakeGraph;
import id.sapa.support.MetaTemplates;
import tools.jackson.databind.json.JsonMapper;

/** The Cloud API adapter against a fake Graph API: the shared contract plus Meta's exact wire payloads. */
class CloudApiProviderContractTest extends WhatsAppProviderContract {

    static final FakeGraph graph = FakeGraph.start();
    static final String APP_SECRET = "contract-app-secret";
    static final JsonMapper JSON = JsonMapper.builder().build();

    final CloudApiSettings settings = new CloudApiSettings(graph.baseUrl(), FakeGraph.VERSION, null, null, null, null, null,
            Duration.ofSeconds(3));
    final CloudApiProvider provider = new CloudApiProvider(new GraphApi(settings, JsonMapper.builder().build()), settings,
            JsonMapper.builder().build());

    String phoneNumberId;
    String waba;
    ChannelAccess channel;

    @BeforeEach
    void number() {
        phoneNumberId = FakeGraph.newId();
        waba = FakeGraph.newId();
        graph.phoneNumber(phoneNumberId, "+62 815-1234-5678", "Toko Kontrak");
        graph.acceptMessages(phoneNumberId);
        channel = new ChannelAccess(new ChannelRef(ChannelId.random(), new TenantId(UUID.randomUUID()), ProviderType.CLOUD_API,
                PhoneNumber.parse("+6281512345678")), Map.of("accessToken", FakeGraph.TOKEN, "appSecret", APP_SECRET),
                Map.of("phoneNumberId", phoneNumberId, "businessAccountId", waba));
    }

    @AfterAll
    static void stop() {
        graph.server().stop();
    }

    @Override
    protected WhatsAppProvider provider() {
        return provider;
    }

    @Override
    protected ChannelAccess connectedChannel() {
        return channel;
    }

    @Override
    protected Map<String, String> connectRequest() {
        return Map.of("phoneNumberId", phoneNumberId, "businessAccountId", waba, "accessToken", FakeGraph.TOKEN);
    }

    @Override
    protected void rateLimitNextSend() {
        graph.failNextSends(phoneNumberId, 1, 400, 130429, "(#130429) Rate limit hit");
    }

    @Override
    protected List<String> readReceiptsReceived() {
        return graph.sentBodies(phoneNumberId).stream().map(JSON::readTree)
                .filter(body -> body.path("status").asString("").equals("read"))
                .map(body -> body.path("message_id").asString()).toList();
    }

    @Override
    protected boolean enforcesServiceWindow() {
        return true;
    }

    /** Meta's envelope (Cloud API "Webhooks: messages" samples), signed with the channel's own app secret. */
    @Override
    protected Optional<WebhookRequest> textWebhook(String providerMessageId, String text) {
        return Optional.of(signed(customerMessage(providerMessageId, """
                "type": "text", "text": {"body": "%s"}""".formatted(text))));
    }

    @Override
    protected Optional<WebhookRequest> imageWebhook(String providerMessageId, byte[] file) {
        String mediaId = FakeGraph.newId();
        graph.media(mediaId, "image/jpeg", file);
        return Optional.of(signed(customerMessage(providerMessageId, """
                "type": "image", "image": {"caption": "Foto barangnya", "mime_type": "image/jpeg",
                  "sha256": "rDWb0nQ1DxeBq1fyXN7Hc5xO1ai6bkjhnwJVc4xvkgM=", "id": "%s"}""".formatted(mediaId))));
    }

    private String customerMessage(String providerMessageId, String content) {
        return """
                {"object": "whatsapp_business_account", "entry": [{"id": "%s", "changes": [{"field": "messages", "value": {
                  "messaging_product": "whatsapp",
                  "metadata": {"display_phone_number": "6281512345678", "phone_number_id": "%s"},
                  "contacts": [{"profile": {"name": "Budi"}, "wa_id": "6281234567890"}],
                  "messages": [{"from": "6281234567890", "id": "%s", "timestamp": "1764558000", %s}]}}]}]}
                """.formatted(waba, phoneNumberId, providerMessageId, content);
    }

    private static WebhookRequest signed(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return new WebhookRequest(Map.of("x-hub-signature-256",
                "sha256=" + HexFormat.of().formatHex(WebhookSignature.sign(APP_SECRET, bytes))), Map.of(), bytes);
    }

    @Test
    void aSignatureOverOtherBytesIsRefused() {
        WebhookRequest request = textWebhook("wamid.IN1", "Halo").orElseThrow();
        byte[] other = new String(request.body(), StandardCharsets.UTF_8).replace("Halo", "Hal0").getBytes(StandardCharsets.UTF_8);

        assertThat(provider.authenticate(new WebhookRequest(request.headers(), Map.of(), other), channel)).isFalse();
        assertThat(provider.authenticate(request, null)).as("the shared app has no secret on this server").isFalse();
    }

    @Test
    void connectingReadsTheNumbersFactsAndKeepsTheSecrets() {
        var result = provider.connect(blank(), Map.of("phoneNumberId", phoneNumberId, "businessAccountId", waba,
                "accessToken", FakeGraph.TOKEN, "appSecret", "own-secret"));

        assertThat(result.phoneNumber()).isEqualTo(PhoneNumber.parse("+6281512345678"));
        assertThat(result.settings()).containsEntry("phoneNumberId", phoneNumberId).containsEntry("businessAccountId", waba)
                .containsEntry("verifiedName", "Toko Kontrak").containsEntry("qualityRating", "GREEN")
                .containsEntry("messagingTier", "TIER_1K").containsEntry("ownApp", true);
        assertThat(result.settings().values()).doesNotContain(FakeGraph.TOKEN, "own-secret");
        assertThat(result.credentials()).containsEntry("accessToken", FakeGraph.TOKEN).containsEntry("appSecret", "own-secret");
    }

    @Test
    void aTokenMetaRefusesFailsTheConnectionWithMetasReason() {
        String other = FakeGraph.newId();
        graph.error("GET", "/" + FakeGraph.VERSION + "/" + other, 401, 190,
                "Error validating access token: Session has expired on Friday, 20-Nov-26 10:00:00 PST.", "");

        assertThatThrownBy(() -> provider.connect(blank(), Map.of("phoneNumberId", other, "accessToken", "EAAG-expired")))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("Session has expired");
    }

    @Test
    void aPhoneNumberInsteadOfItsIdIsRefusedBeforeCallingMeta() {
        assertThatThrownBy(() -> provider.connect(blank(), Map.of("phoneNumberId", "+62 815-1234-5678",
                "accessToken", FakeGraph.TOKEN))).isInstanceOf(ProviderException.class).hasMessageContaining("numeric id");
    }

    @Test
    void aTextGoesOutAsDocumented() {
        provider.send(channel, new OutboundMessage("m1", CUSTOMER, new Text("Cek https://toko.id", true), null));

        graph.verifySent(phoneNumberId, """
                {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "6281234567890",
                 "type": "text", "text": {"preview_url": true, "body": "Cek https://toko.id"}}""");
    }

    @Test
    void aReplyCarriesTheQuotedMessagesContext() {
        provider.send(channel, new OutboundMessage("m1", CUSTOMER, new Text("Siap kak", false), "wamid.QUOTED"));

        graph.verifySent(phoneNumberId, """
                {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "6281234567890",
                 "context": {"message_id": "wamid.QUOTED"},
                 "type": "text", "text": {"preview_url": false, "body": "Siap kak"}}""");
    }

    @Test
    void aDocumentGoesByLinkWithCaptionAndFileName() {
        provider.send(channel, new OutboundMessage("m1", CUSTOMER, new Media(MessageKind.DOCUMENT,
                "https://toko.id/invoice.pdf", "application/pdf", "invoice.pdf", "Tagihan"), null));

        graph.verifySent(phoneNumberId, """
                {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "6281234567890",
                 "type": "document", "document": {"link": "https://toko.id/invoice.pdf", "caption": "Tagihan", "filename": "invoice.pdf"}}""");
    }

    @Test
    void aFileSapaHoldsIsUploadedAndSentByItsMediaId() {
        graph.acceptUploads(phoneNumberId, "1037543291543636");
        byte[] pdf = "%PDF-1.4 invoice".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        var result = provider.send(channel, new OutboundMessage("m1", CUSTOMER, new Media(MessageKind.DOCUMENT,
                "/api/media/5f0c", "application/pdf", "invoice.pdf", "Tagihan", pdf), null));

        assertThat(result).isInstanceOf(Accepted.class);
        var upload = graph.uploads(phoneNumberId).getFirst();
        assertThat(upload.getPart("file").getBody().asBytes()).isEqualTo(pdf);
        assertThat(upload.getPart("file").getHeader("Content-Type").firstValue()).isEqualTo("application/pdf");
        assertThat(upload.getPart("type").getBody().asString()).isEqualTo("application/pdf");
        graph.verifySent(phoneNumberId, """
                {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "6281234567890",
                 "type": "document", "document": {"id": "1037543291543636", "caption": "Tagihan", "filename": "invoice.pdf"}}""");
    }

    @Test
    void aTemplateGoesWithItsLanguageAndBodyParameters() {
        provider.send(channel, new OutboundMessage("m1", CUSTOMER, new Template("pesanan_dikirim", "id",
                List.of(TemplateComponent.body(List.of("Budi", "INV-1")))), null));

        graph.verifySent(phoneNumberId, """
                {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "6281234567890", "type": "template",
                 "template": {"name": "pesanan_dikirim", "language": {"code": "id"},
                   "components": [{"type": "body", "parameters": [{"type": "text", "text": "Budi"}, {"type": "text", "text": "INV-1"}]}]}}""");
    }

    @Test
    void aTemplateWithAMediaHeaderAndButtonsGoesWithEveryComponentMetaDocuments() {
        provider.send(channel, new OutboundMessage("m1", CUSTOMER, new Template("tagihan_baru", "id", List.of(
                TemplateComponent.header(new MediaParameter("document", "https://toko.example/INV-7.pdf", "INV-7.pdf")),
                TemplateComponent.body(List.of("Budi")),
                TemplateComponent.urlButton(0, "INV-7"),
                TemplateComponent.quickReplyButton(1, "STOP-PROMO"))), null));
        provider.send(channel, new OutboundMessage("m2", CUSTOMER, new Template("toko_baru", "id", List.of(
                TemplateComponent.header(new LocationParameter(-6.2, 106.816666, "Toko Sapa", "Jl. Merdeka 1")))), null));
        provider.send(channel, new OutboundMessage("m3", CUSTOMER, new Template("pesanan_siap", "id", List.of(
                TemplateComponent.header(new TextParameter("INV-7")))), null));

        graph.verifySent(phoneNumberId, """
                {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "6281234567890", "type": "template",
                 "template": {"name": "tagihan_baru", "language": {"code": "id"}, "components": [
                   {"type": "header", "parameters": [{"type": "document",
                      "document": {"link": "https://toko.example/INV-7.pdf", "filename": "INV-7.pdf"}}]},
                   {"type": "body", "parameters": [{"type": "text", "text": "Budi"}]},
                   {"type": "button", "sub_type": "url", "index": "0", "parameters": [{"type": "text", "text": "INV-7"}]},
                   {"type": "button", "sub_type": "quick_reply", "index": "1",
                    "parameters": [{"type": "payload", "payload": "STOP-PROMO"}]}]}}""");
        graph.verifySent(phoneNumberId, """
                {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "6281234567890", "type": "template",
                 "template": {"name": "toko_baru", "language": {"code": "id"}, "components": [
                   {"type": "header", "parameters": [{"type": "location", "location": {"latitude": "-6.2",
                      "longitude": "106.816666", "name": "Toko Sapa", "address": "Jl. Merdeka 1"}}]}]}}""");
        graph.verifySent(phoneNumberId, """
                {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "6281234567890", "type": "template",
                 "template": {"name": "pesanan_siap", "language": {"code": "id"}, "components": [
                   {"type": "header", "parameters": [{"type": "text", "text": "INV-7"}]}]}}""");
    }

    @Test
    void replyButtonsAndListsGoAsInteractiveMessages() {
        provider.send(channel, new OutboundMessage("m1", CUSTOMER, new Buttons("Your workshop is at 9am tomorrow.", "Lucky Shrub",
                List.of(new Button("change-button", "Change"), new Button("cancel-button", "Cancel"))), null));
        provider.send(channel, new OutboundMessage("m2", CUSTOMER, new ListMenu("Which shipping option do you prefer?",
                "Shipping Options", List.of(new Section("I want it ASAP!", List.of(
                        new Row("priority_express", "Priority Mail Express", "Next Day to 2 Days"))))), null));

        graph.verifySent(phoneNumberId, """
                {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "6281234567890", "type": "interactive",
                 "interactive": {"type": "button", "body": {"text": "Your workshop is at 9am tomorrow."}, "footer": {"text": "Lucky Shrub"},
                   "action": {"buttons": [{"type": "reply", "reply": {"id": "change-button", "title": "Change"}},
                                          {"type": "reply", "reply": {"id": "cancel-button", "title": "Cancel"}}]}}}""");
        graph.verifySent(phoneNumberId, """
                {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "6281234567890", "type": "interactive",
                 "interactive": {"type": "list", "body": {"text": "Which shipping option do you prefer?"},
                   "action": {"button": "Shipping Options", "sections": [{"title": "I want it ASAP!", "rows": [
                     {"id": "priority_express", "title": "Priority Mail Express", "description": "Next Day to 2 Days"}]}]}}}""");
    }

    @Test
    void moreThanThreeButtonsOrTenRowsCannotBeBuilt() {
        var button = new Button("a", "A");
        assertThatThrownBy(() -> new Buttons("?", null, List.of(button, button, button, button)))
                .isInstanceOf(IllegalArgumentException.class);
        var rows = java.util.stream.IntStream.range(0, 11).mapToObj(i -> new Row("r" + i, "Row " + i, null)).toList();
        assertThatThrownBy(() -> new ListMenu("?", "Pilih", List.of(new Section("S", rows))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReactionNamesTheMessageItReactsTo() {
        provider.send(channel, new OutboundMessage("m1", CUSTOMER, new Reaction("wamid.CUSTOMER", "🙏"), null));

        graph.verifySent(phoneNumberId, """
                {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "6281234567890",
                 "type": "reaction", "reaction": {"message_id": "wamid.CUSTOMER", "emoji": "🙏"}}""");
    }

    @Test
    void markingReadCanShowTheTypingIndicator() {
        provider.markRead(channel, "wamid.IN1");
        provider.markReadAndType(channel, "wamid.IN2");

        graph.verifySent(phoneNumberId, """
                {"messaging_product": "whatsapp", "status": "read", "message_id": "wamid.IN1"}""");
        graph.verifySent(phoneNumberId, """
                {"messaging_product": "whatsapp", "status": "read", "message_id": "wamid.IN2", "typing_indicator": {"type": "text"}}""");
    }

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource({
            "130429, 400, RATE_LIMITED",
            "131056, 400, RATE_LIMITED",
            "4, 429, RATE_LIMITED",
            "80007, 400, RATE_LIMITED",
            "131057, 400, TRANSIENT",
            "2, 503, TRANSIENT",
            "131047, 400, WINDOW_CLOSED",
            "131026, 400, INVALID_RECIPIENT",
            "131049, 400, INVALID_RECIPIENT",
            "190, 401, CREDENTIALS_REJECTED",
            "0, 401, CREDENTIALS_REJECTED",
            "368, 400, POLICY",
            "131031, 400, POLICY",
            "131048, 400, POLICY",
            "100, 400, PERMANENT",
            "131014, 400, PERMANENT"})
    void metasErrorCodesAreClassified(int code, int httpStatus, Failure expected) {
        graph.failNextSends(phoneNumberId, 1, httpStatus, code, "(#" + code + ") refused");

        var result = provider.send(channel, text("Halo"));

        assertThat(result).isInstanceOf(Rejected.class);
        var error = ((Rejected) result).error();
        assertThat(error.failure()).isEqualTo(expected);
        assertThat(error.code()).isEqualTo(String.valueOf(code));
        assertThat(error.message()).isNotBlank();
    }

    @Test
    void thePairLimitWaitsForThatCustomer() {
        graph.failNextSends(phoneNumberId, 1, 400, 131056, "(#131056) (Business Account, Consumer Account) pair rate limit hit");

        var error = ((Rejected) provider.send(channel, text("Halo"))).error();

        assertThat(error.retryAfter()).isEqualTo(CloudApiErrors.PAIR_PACE);
    }

    @Test
    void aServerErrorWithoutMetasErrorObjectIsTransient() {
        graph.server().stubFor(post(urlPathEqualTo(FakeGraph.messagesPath(phoneNumberId)))
                .willReturn(aResponse().withStatus(502).withBody("<html>Bad Gateway</html>")));

        var error = ((Rejected) provider.send(channel, text("Halo"))).error();

        assertThat(error.failure()).isEqualTo(Failure.TRANSIENT);
        assertThat(error.code()).isEqualTo("http_502");
    }

    @Test
    void aSendMetaDoesNotAnswerIsNeverRetriedBecauseItMayHaveBeenDelivered() {
        graph.server().stubFor(post(urlPathEqualTo(FakeGraph.messagesPath(phoneNumberId)))
                .willReturn(aResponse().withStatus(200).withFixedDelay(5000).withBody("{}")));

        var error = ((Rejected) provider.send(channel, text("Halo"))).error();

        assertThat(error.retryable()).isFalse();
        assertThat(error.code()).isEqualTo("no_answer");
        assertThat(error.message()).contains("may have been delivered");
    }

    @Test
    void anUnreachableGraphIsTransient() {
        CloudApiSettings nowhere = new CloudApiSettings("http://127.0.0.1:1", FakeGraph.VERSION, null, null, null, null,
                null, Duration.ofSeconds(1));
        var offline = new CloudApiProvider(new GraphApi(nowhere, JsonMapper.builder().build()), nowhere,
                JsonMapper.builder().build());

        var error = ((Rejected) offline.send(channel, text("Halo"))).error();

        assertThat(error.failure()).isEqualTo(Failure.TRANSIENT);
    }

    @Test
    void mediaIsFetchedByIdThenUrlWithTheToken() {
        String mediaId = FakeGraph.newId();
        graph.media(mediaId, "image/jpeg", new byte[] {1, 2, 3});

        var media = provider.downloadMedia(channel, new MediaRef(mediaId, null));

        assertThat(media.bytes()).containsExactly(1, 2, 3);
        assertThat(media.mimeType()).isEqualTo("image/jpeg");
    }

    @Test
    void anExpiredMediaUrlIsAskedForAgain() {
        String mediaId = FakeGraph.newId();
        graph.mediaWithExpiredFirstUrl(mediaId, "audio/ogg", new byte[] {9, 8});

        assertThat(provider.downloadMedia(channel, new MediaRef(mediaId, null)).bytes()).containsExactly(9, 8);
    }

    @Test
    void templatesAreReadAcrossPagesWithTheirParameterCount() {
        graph.templates(waba, """
                {"name": "pesanan_dikirim", "language": "id", "status": "APPROVED", "category": "UTILITY", "id": "1001",
                 "components": [{"type": "HEADER", "format": "TEXT", "text": "Pesanan"},
                                {"type": "BODY", "text": "Halo {{1}}, pesanan {{2}} sudah dikirim. Terima kasih {{1}}!"}]}""",
                """
                {"name": "promo_akhir_tahun", "language": "id", "status": "PENDING", "category": "MARKETING", "id": "1002",
                 "components": [{"type": "BODY", "text": "Diskon akhir tahun!"}]}""");

        List<WhatsAppTemplate> templates = provider.templates(channel);

        assertThat(templates).extracting(WhatsAppTemplate::name, WhatsAppTemplate::status, WhatsAppTemplate::parameterCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("pesanan_dikirim", "approved", 2),
                        org.assertj.core.groups.Tuple.tuple("promo_akhir_tahun", "pending", 0));
        assertThat(templates.get(0).category()).isEqualTo("utility");
    }

    @Test
    void templatesKeepWhatTheirHeaderFooterAndButtonsNeed() {
        graph.templates(waba, """
                {"name": "tagihan_baru", "language": "id", "status": "APPROVED", "category": "UTILITY", "id": "2001",
                 "components": [{"type": "HEADER", "format": "DOCUMENT", "example": {"header_handle": ["4::aW..."]}},
                                {"type": "BODY", "text": "Halo {{1}}, tagihan terlampir."},
                                {"type": "FOOTER", "text": "Toko Sapa"},
                                {"type": "BUTTONS", "buttons": [
                                  {"type": "URL", "text": "Bayar", "url": "https://toko.example/bayar/{{1}}", "example": ["https://toko.example/bayar/INV-7"]},
                                  {"type": "QUICK_REPLY", "text": "Berhenti promo"},
                                  {"type": "PHONE_NUMBER", "text": "Telepon", "phone_number": "+6281100000"}]}]}""",
                """
                {"name": "pesanan_siap", "language": "en_US", "status": "APPROVED", "category": "UTILITY", "id": "2002",
                 "components": [{"type": "HEADER", "format": "TEXT", "text": "Order {{1}}", "example": {"header_text": ["INV-7"]}},
                                {"type": "BODY", "text": "Ready for pickup."}]}""");

        List<WhatsAppTemplate> templates = provider.templates(channel);

        WhatsAppTemplate bill = templates.get(0);
        assertThat(bill.header()).isEqualTo(new WhatsAppTemplate.Header("document", null, 0));
        assertThat(bill.header().needsValue()).isTrue();
        assertThat(bill.footer()).isEqualTo("Toko Sapa");
        assertThat(bill.buttons()).containsExactly(
                new WhatsAppTemplate.Button(0, "url", "Bayar", "https://toko.example/bayar/{{1}}", 1),
                new WhatsAppTemplate.Button(1, "quick_reply", "Berhenti promo", null, 0),
                new WhatsAppTemplate.Button(2, "phone_number", "Telepon", null, 0));
        assertThat(templates.get(1).header()).isEqualTo(new WhatsAppTemplate.Header("text", "Order {{1}}", 1));
        assertThat(templates.get(1).buttons()).isEmpty();
    }

    @Test
    void aNamedTemplateKeepsItsFormatAndItsPlaceholdersNames() {
        graph.templates(waba, MetaTemplates.NAMED_PROMO, MetaTemplates.POSITIONAL_ORDER_SENT);

        List<WhatsAppTemplate> templates = provider.templates(channel);

        WhatsAppTemplate promo = templates.get(0);
        assertThat(promo.parameterFormat()).isEqualTo(WhatsAppTemplate.ParameterFormat.NAMED);
        assertThat(promo.parameterNames()).containsExactly("first_name", "discount_code");
        assertThat(promo.parameterCount()).isEqualTo(2);
        assertThat(promo.header()).isEqualTo(new WhatsAppTemplate.Header("text", "{{sale_name}} sudah mulai!", 1, "sale_name"));
        assertThat(promo.buttons()).containsExactly(
                new WhatsAppTemplate.Button(0, "url", "Belanja", "https://toko.example/promo/{{1}}", 1));
        WhatsAppTemplate positional = templates.get(1);
        assertThat(positional.parameterFormat()).isEqualTo(WhatsAppTemplate.ParameterFormat.POSITIONAL);
        assertThat(positional.parameterNames()).isEmpty();
        assertThat(positional.parameterCount()).isEqualTo(2);
        // Graph answers only the fields asked for: without parameter_format every template would look positional.
        graph.server().verify(getRequestedFor(urlPathEqualTo("/" + FakeGraph.VERSION + "/" + waba + "/message_templates"))
                .withQueryParam("fields", containing("parameter_format")));
    }

    @Test
    void aNamedTemplatesValuesCarryTheirParameterName() {
        provider.send(channel, new OutboundMessage("m1", CUSTOMER, new Template("promo_musiman", "id", List.of(
                TemplateComponent.header(new TextParameter("Harbolnas", "sale_name")),
                TemplateComponent.namedBody(List.of(new TextParameter("Budi", "first_name"),
                        new TextParameter("HEMAT10", "discount_code"))),
                TemplateComponent.urlButton(0, "HEMAT10"))), null));

        graph.verifySent(phoneNumberId, """
                {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "6281234567890", "type": "template",
                 "template": {"name": "promo_musiman", "language": {"code": "id"}, "components": [
                   {"type": "header", "parameters": [{"type": "text", "parameter_name": "sale_name", "text": "Harbolnas"}]},
                   {"type": "body", "parameters": [{"type": "text", "parameter_name": "first_name", "text": "Budi"},
                                                   {"type": "text", "parameter_name": "discount_code", "text": "HEMAT10"}]},
                   {"type": "button", "sub_type": "url", "index": "0", "parameters": [{"type": "text", "text": "HEMAT10"}]}]}}""");
    }

    @Test
    void theConfigurationSaysWhatIsSetNotWhatItIs() {
        var sharedApp = new ChannelAccess(channel.channel(), Map.of("accessToken", FakeGraph.TOKEN), channel.settings());

        assertThat(provider.configuration(sharedApp)).containsEntry("accessToken", true).containsEntry("phoneNumberId", true)
                .containsEntry("appSecret", false).containsEntry("verifyToken", false).containsEntry("isConfigured", true);
    }

    @Test
    void anAcceptedSendAnswersMetasWamid() {
        var accepted = (Accepted) provider.send(channel, text("Halo"));

        assertThat(accepted.providerMessageId()).startsWith("wamid.HBgL");
    }

    private ChannelAccess blank() {
        return new ChannelAccess(channel.channel(), Map.of(), Map.of());
    }
}
