package id.sapa.channel.internal.whapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.sapa.channel.WhatsAppProviderContract;
import id.sapa.channel.spi.ChannelAccess;
import id.sapa.channel.spi.ChannelRef;
import id.sapa.channel.spi.MessageKind;
import id.sapa.channel.spi.OutboundMessage;
import id.sapa.channel.spi.OutboundMessage.Media;
import id.sapa.channel.spi.OutboundMessage.Text;
import id.sapa.channel.spi.ProviderException;
import id.sapa.channel.spi.ProviderType;
import id.sapa.channel.spi.SendResult.Failure;
import id.sapa.channel.spi.OutboundMessage.Button;
import id.sapa.channel.spi.OutboundMessage.Buttons;
import id.sapa.channel.spi.OutboundMessage.ListMenu;
import id.sapa.channel.spi.OutboundMessage.Reaction;
import id.sapa.channel.spi.OutboundMessage.Row;
import id.sapa.channel.spi.OutboundMessage.Section;
import id.sapa.channel.spi.OutboundMessage.Template;
import id.sapa.channel.spi.SendResult.Accepted;
import id.sapa.channel.spi.SendResult.Rejected;
import id.sapa.channel.spi.WebhookRequest;
import id.sapa.channel.spi.WhatsAppProvider;
import id.sapa.shared.ChannelId;
import id.sapa.shared.PhoneNumber;
import id.sapa.shared.TenantId;
import id.sapa.support.FakeWhapi;
import tools.jackson.databind.json.JsonMapper;

/** The Whapi adapter against a fake Whapi gateway: the shared contract plus Whapi's wire payloads. */
class WhapiProviderContractTest extends WhatsAppProviderContract {

    static final FakeWhapi whapi = FakeWhapi.start();
    static final String SECRET = "b8Xq2vVtq1kQz3lY0fJt5mN7pR9sU1wA";

    final WhapiSettings settings = new WhapiSettings(whapi.baseUrl(), null, null, Duration.ofSeconds(3));
    final JsonMapper json = JsonMapper.builder().build();
    final WhapiProvider provider = new WhapiProvider(settings, new WhapiApi(settings, json), json);

    String token;
    ChannelAccess channel;

    @BeforeEach
    void channel() {
        whapi.server().resetAll();
        token = "whapi-" + UUID.randomUUID();
        whapi.channel(token, "MANTIS-M72HC", "6281512345678", "AUTH");
        channel = new ChannelAccess(new ChannelRef(ChannelId.random(), new TenantId(UUID.randomUUID()), ProviderType.WHAPI,
                PhoneNumber.parse("+6281512345678")), Map.of("token", token, "webhookSecret", SECRET),
                Map.of("whapiChannelId", "MANTIS-M72HC"));
    }

    @AfterAll
    static void stop() {
        whapi.server().stop();
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
        return Map.of("token", token);
    }

    @Override
    protected void rateLimitNextSend() {
        whapi.failSends("text", 429, "Too many requests");
    }

    @Override
    protected List<String> readReceiptsReceived() {
        return whapi.markedRead();
    }

    @Override
    protected boolean enforcesServiceWindow() {
        return false;
    }

    /** Whapi's "Incoming message" webhook sample, on the channel's secret URL. */
    @Override
    protected Optional<WebhookRequest> textWebhook(String providerMessageId, String text) {
        return Optional.of(onSecretUrl(customerMessage(providerMessageId, """
                "type": "text", "text": {"body": "%s"}""".formatted(text))));
    }

    @Override
    protected Optional<WebhookRequest> imageWebhook(String providerMessageId, byte[] file) {
        String mediaId = "jpeg-" + UUID.randomUUID().toString().replace("-", "");
        whapi.media(mediaId, file, "image/jpeg");
        return Optional.of(onSecretUrl(customerMessage(providerMessageId, """
                "type": "image", "image": {"id": "%s", "mime_type": "image/jpeg", "file_size": %d, "width": 1280,
                  "height": 960, "caption": "Foto barangnya"}""".formatted(mediaId, file.length))));
    }

    private static String customerMessage(String providerMessageId, String content) {
        return """
                {"messages": [{"id": "%s", "from_me": false, %s, "chat_id": "6281234567890@s.whatsapp.net",
                  "timestamp": 1764558000, "source": "mobile", "from": "6281234567890", "from_name": "Budi"}],
                 "event": {"type": "messages", "event": "post"}, "channel_id": "MANTIS-M72HC"}
                """.formatted(providerMessageId, content);
    }

    private static WebhookRequest onSecretUrl(String body) {
        return new WebhookRequest(Map.of(), Map.of("secret", SECRET), body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void theSecretMayComeAsAHeaderAndTheServersSecretIsNotAChannels() {
        byte[] body = textWebhook("p.IN1", "Halo").orElseThrow().body();

        assertThat(provider.authenticate(new WebhookRequest(Map.of("x-webhook-secret", SECRET), Map.of(), body), channel)).isTrue();
        assertThat(provider.authenticate(new WebhookRequest(Map.of(), Map.of("secret", SECRET), body), null))
                .as("no WHAPI_WEBHOOK_SECRET on this server").isFalse();
    }

    @Test
    void connectingChecksTheChannelIsLinkedAndIssuesAWebhookSecret() {
        var result = provider.connect(new ChannelAccess(channel.channel(), Map.of(), Map.of()), Map.of("token", token));

        assertThat(result.phoneNumber()).isEqualTo(PhoneNumber.parse("+6281512345678"));
        assertThat(result.settings()).containsEntry("whapiChannelId", "MANTIS-M72HC");
        assertThat(result.credentials().get("webhookSecret")).hasSizeGreaterThan(20);
        assertThat(result.webhookPath()).isEqualTo("/webhook/whapi/" + channel.channel().id() + "?secret="
                + result.credentials().get("webhookSecret"));
    }

    @Test
    void aChannelWaitingForItsQrScanIsRefused() {
        whapi.channel("unlinked", "MANTIS-QR", "6281512345678", "QR");

        assertThatThrownBy(() -> provider.connect(channel, Map.of("token", "unlinked")))
                .isInstanceOf(ProviderException.class).hasMessageContaining("status QR");
    }

    @Test
    void aTextAndADocumentGoOutAsWhapiDocuments() {
        provider.send(channel, new OutboundMessage("m1", CUSTOMER, new Text("Halo kak", false), "PsqWn.QUOTED"));
        provider.send(channel, new OutboundMessage("m2", CUSTOMER, new Media(MessageKind.DOCUMENT,
                "https://toko.id/invoice.pdf", "application/pdf", "invoice.pdf", "Tagihan"), null));

        whapi.verifySent("text", """
                {"to": "6281234567890", "body": "Halo kak", "no_link_preview": true, "quoted": "PsqWn.QUOTED"}""");
        whapi.verifySent("document", """
                {"to": "6281234567890", "media": "https://toko.id/invoice.pdf", "mime_type": "application/pdf",
                 "caption": "Tagihan", "filename": "invoice.pdf"}""");
    }

    @Test
    void eachMediaKindGoesToItsDocumentedEndpointWithItsDocumentedFields() {
        send(new Media(MessageKind.IMAGE, "https://toko.id/kaos.jpg", "image/jpeg", "kaos.jpg", "Kaos polos"));
        send(new Media(MessageKind.VIDEO, "https://toko.id/cara-pakai.mp4", "video/mp4", null, "Cara pakai"));
        send(new Media(MessageKind.AUDIO, "https://toko.id/jingle.mp3", "audio/mpeg", "jingle.mp3", "ignored"));
        send(new Media(MessageKind.AUDIO, "https://toko.id/pesan.ogg", "audio/ogg; codecs=opus", null, null));
        send(new Media(MessageKind.STICKER, "https://toko.id/senyum.webp", "image/webp", null, null));

        whapi.verifySent("image", """
                {"to": "6281234567890", "media": "https://toko.id/kaos.jpg", "mime_type": "image/jpeg", "caption": "Kaos polos"}""");
        whapi.verifySent("video", """
                {"to": "6281234567890", "media": "https://toko.id/cara-pakai.mp4", "mime_type": "video/mp4",
                 "caption": "Cara pakai"}""");
        // Whapi documents no caption or file name for audio, voice notes and stickers.
        whapi.verifySent("audio", """
                {"to": "6281234567890", "media": "https://toko.id/jingle.mp3", "mime_type": "audio/mpeg"}""");
        whapi.verifySent("voice", """
                {"to": "6281234567890", "media": "https://toko.id/pesan.ogg", "mime_type": "audio/ogg; codecs=opus"}""");
        whapi.verifySent("sticker", """
                {"to": "6281234567890", "media": "https://toko.id/senyum.webp", "mime_type": "image/webp"}""");
    }

    @Test
    void anUploadSapaHoldsGoesAsADataUrl() {
        send(new Media(MessageKind.IMAGE, "/api/media/abc", "image/png", "logo.png", null, new byte[] {1, 2, 3}));

        whapi.verifySent("image", """
                {"to": "6281234567890", "media": "data:image/png;base64,AQID", "mime_type": "image/png"}""");
    }

    private void send(Media media) {
        var result = provider.send(channel, new OutboundMessage(UUID.randomUUID().toString(), CUSTOMER, media, null));
        assertThat(result).isInstanceOf(id.sapa.channel.spi.SendResult.Accepted.class);
    }

    @Test
    void buttonsListsAndReactionsGoToWhapisInteractiveAndReactionEndpoints() {
        var buttons = provider.send(channel, new OutboundMessage("m1", CUSTOMER, new Buttons("Pesanan sudah sampai?", "Toko Sapa",
                List.of(new Button("ya", "Sudah"), new Button("belum", "Belum"))), null));
        provider.send(channel, new OutboundMessage("m2", CUSTOMER, new ListMenu("Pilih layanan", null, "Layanan",
                List.of(new Section("Toko", List.of(new Row("jam", "Jam buka", "Senin–Sabtu"), new Row("lokasi", "Lokasi", null))))),
                null));
        var reaction = provider.send(channel, new OutboundMessage("m3", CUSTOMER, new Reaction("PsqWn.CUSTOMER", "👍"), null));
        provider.send(channel, new OutboundMessage("m4", CUSTOMER, new Reaction("PsqWn.CUSTOMER", ""), null));

        assertThat(((Accepted) buttons).providerMessageId()).startsWith("PsqWn.");
        assertThat(reaction).isInstanceOf(Accepted.class);
        whapi.verifySent("interactive", """
                {"to": "6281234567890", "type": "button", "body": {"text": "Pesanan sudah sampai?"}, "footer": {"text": "Toko Sapa"},
                 "action": {"buttons": [{"type": "quick_reply", "title": "Sudah", "id": "ya"},
                                        {"type": "quick_reply", "title": "Belum", "id": "belum"}]}}""");
        whapi.verifySent("interactive", """
                {"to": "6281234567890", "type": "list", "body": {"text": "Pilih layanan"},
                 "action": {"list": {"label": "Layanan", "sections": [{"title": "Toko", "rows": [
                   {"id": "jam", "title": "Jam buka", "description": "Senin–Sabtu"}, {"id": "lokasi", "title": "Lokasi"}]}]}}}""");
        assertThat(whapi.bodies("PUT", "/messages/PsqWn.CUSTOMER/reaction")).singleElement()
                .satisfies(body -> assertThat(body).contains("\"emoji\":\"👍\""));
        assertThat(whapi.bodies("DELETE", "/messages/PsqWn.CUSTOMER/reaction")).hasSize(1);
    }

    @Test
    void templatesAreACloudApiFeature() {
        var result = provider.send(channel, new OutboundMessage("m1", CUSTOMER, new Template("pesanan_dikirim", "id",
                List.of()), null));

        assertThat(((Rejected) result).error().message()).contains("Cloud API");
    }

    @Test
    void aRevokedTokenAndServerErrorsAreClassified() {
        whapi.failSends("text", 401, "Unauthorized");
        assertThat(((Rejected) provider.send(channel, text("Halo"))).error().failure()).isEqualTo(Failure.CREDENTIALS_REJECTED);

        whapi.failSends("text", 503, "Service unavailable");
        assertThat(((Rejected) provider.send(channel, text("Halo"))).error().failure()).isEqualTo(Failure.TRANSIENT);

        whapi.failSends("text", 400, "Invalid recipient");
        var refused = ((Rejected) provider.send(channel, text("Halo"))).error();
        assertThat(refused.failure()).isEqualTo(Failure.PERMANENT);
        assertThat(refused.message()).isEqualTo("Invalid recipient");
    }
}
