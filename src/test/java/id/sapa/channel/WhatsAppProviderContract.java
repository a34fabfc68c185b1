package id.sapa.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import id.sapa.channel.spi.ChannelAccess;
import id.sapa.channel.spi.ChannelStatus;
import id.sapa.channel.spi.ConnectResult;
import id.sapa.channel.spi.InboundEvent.InboundMessage;
import id.sapa.channel.spi.MessageKind;
import id.sapa.channel.spi.OutboundMessage;
import id.sapa.channel.spi.OutboundMessage.Button;
import id.sapa.channel.spi.OutboundMessage.Buttons;
import id.sapa.channel.spi.OutboundMessage.ListMenu;
import id.sapa.channel.spi.OutboundMessage.Media;
import id.sapa.channel.spi.OutboundMessage.OutboundContent;
import id.sapa.channel.spi.OutboundMessage.Reaction;
import id.sapa.channel.spi.OutboundMessage.Row;
import id.sapa.channel.spi.OutboundMessage.Section;
import id.sapa.channel.spi.OutboundMessage.Template;
import id.sapa.channel.spi.OutboundMessage.TemplateComponent;
import id.sapa.channel.spi.OutboundMessage.Text;
import id.sapa.channel.spi.ProviderException;
import id.sapa.channel.spi.SendResult;
import id.sapa.channel.spi.SendResult.Accepted;
import id.sapa.channel.spi.SendResult.Rejected;
import id.sapa.channel.spi.SkippedItems;
import id.sapa.channel.spi.WebhookItem;
import id.sapa.channel.spi.WebhookItem.ChannelKey;
import id.sapa.channel.spi.WebhookItem.Received;
import id.sapa.channel.spi.WebhookRequest;
import id.sapa.channel.spi.WhatsAppProvider;
import id.sapa.shared.PhoneNumber;
import id.sapa.shared.WhatsAppUser;

/**
 * What every WhatsApp provider adapter promises, whatever it talks to: sending, read receipts,
 * its webhooks (authenticated on the raw request, read into items naming the channel), its media
 * and the 24-hour window rule. Each adapter has a {@code <Vendor>ProviderContractTest} that extends
 * this and supplies the adapter, a channel to use it with, its vendor's documented webhook samples
 * (served by WireMock where files are fetched), and what its fake vendor recorded. Passing it is
 * what adding a provider takes (docs/providers.md).
 */
public abstract class WhatsAppProviderContract {

    protected static final WhatsAppUser CUSTOMER = WhatsAppUser.of(PhoneNumber.parse("081234567890"));

    protected abstract WhatsAppProvider provider();

    /** A channel the provider can send through (connected, with working credentials). */
    protected abstract ChannelAccess connectedChannel();

    /** The request that connects a channel of this provider (credentials, or nothing for QR). */
    protected abstract Map<String, String> connectRequest();

    /** Makes the provider's next send be refused with a rate limit. */
    protected abstract void rateLimitNextSend();

    /**
     * The provider message ids the provider was told the business read, on the connected channel,
     * as the provider (or the fake standing for it) recorded them.
     */
    protected abstract List<String> readReceiptsReceived();

    /** Whether the provider refuses free-form messages once the customer's 24 hours are over. */
    protected abstract boolean enforcesServiceWindow();

    /**
     * The vendor's documented webhook request carrying one text from {@link #CUSTOMER} to the
     * connected channel, authenticated for that channel's own webhook URL; empty for a provider
     * without webhooks.
     */
    protected abstract Optional<WebhookRequest> textWebhook(String providerMessageId, String text);

    /**
     * The vendor's documented webhook request carrying one image from {@link #CUSTOMER}, whose file
     * the fake vendor serves with these bytes; empty for a provider whose messages carry their bytes.
     */
    protected abstract Optional<WebhookRequest> imageWebhook(String providerMessageId, byte[] file);

    @Test
    void connectingAnswersAQrCodeToScanOrAConnectedNumber() {
        ConnectResult result = provider().connect(connectedChannel(), connectRequest());

        if (result.status() == ChannelStatus.QR_PENDING) {
            assertThat(result.qrPayload()).isNotBlank();
            assertThat(result.qrLifetime()).isPositive();
        } else {
            assertThat(result.status()).isEqualTo(ChannelStatus.CONNECTED);
            assertThat(result.phoneNumber()).isNotNull();
        }
    }

    @Test
    void aTextIsAcceptedWithTheProvidersMessageId() {
        SendResult result = provider().send(connectedChannel(), text("Halo kak, ada yang bisa dibantu?"));

        assertThat(result).isInstanceOf(Accepted.class);
        assertThat(((Accepted) result).providerMessageId()).isNotBlank();
    }

    @Test
    void mediaWithACaptionIsAccepted() {
        OutboundMessage image = new OutboundMessage(UUID.randomUUID().toString(), CUSTOMER,
                new Media(MessageKind.IMAGE, "https://example.com/katalog.jpg", "image/jpeg", "katalog.jpg", "Katalog"), null);

        assertThat(provider().send(connectedChannel(), image)).isInstanceOf(Accepted.class);
    }

    @Test
    void eachAcceptedMessageGetsItsOwnId() {
        var first = (Accepted) provider().send(connectedChannel(), text("Satu"));
        var second = (Accepted) provider().send(connectedChannel(), text("Dua"));

        assertThat(first.providerMessageId()).isNotEqualTo(second.providerMessageId());
    }

    @Test
    void aRefusalIsAClassifiedResultNotAnException() {
        rateLimitNextSend();

        SendResult result = provider().send(connectedChannel(), text("Promo?"));

        assertThat(result).isInstanceOf(Rejected.class);
        var error = ((Rejected) result).error();
        assertThat(error.failure()).isEqualTo(SendResult.Failure.RATE_LIMITED);
        assertThat(error.retryable()).isTrue();
        assertThat(error.message()).isNotBlank();
    }

    @Test
    void markingReadReachesTheProvider() {
        var sent = (Accepted) provider().send(connectedChannel(), text("Terima kasih"));
        String customersMessage = "wamid.IN." + UUID.randomUUID();

        provider().markRead(connectedChannel(), customersMessage);
        provider().markReadAndType(connectedChannel(), sent.providerMessageId());

        assertThat(readReceiptsReceived()).containsExactlyInAnyOrder(customersMessage, sent.providerMessageId());
    }

    @Test
    void aFreeFormMessageNeedsATemplateOnlyWhereTheProviderEnforcesTheWindow() {
        Instant now = Instant.parse("2026-12-01T03:00:00Z");

        assertThat(provider().requiresTemplate(now.minus(Duration.ofHours(23)), now)).isFalse();
        assertThat(provider().requiresTemplate(now.minus(Duration.ofHours(24)), now)).isEqualTo(enforcesServiceWindow());
        assertThat(provider().requiresTemplate(now.minus(Duration.ofDays(3)), now)).isEqualTo(enforcesServiceWindow());
        assertThat(provider().requiresTemplate(null, now)).isEqualTo(enforcesServiceWindow());
    }

    @Test
    void aWebhookIsAuthenticatedOnTheRequestAsItCame() {
        Optional<WebhookRequest> webhook = textWebhook("wamid.IN." + UUID.randomUUID(), "Halo kak");
        if (webhook.isEmpty()) {
            assertThat(provider().authenticate(new WebhookRequest(Map.of(), Map.of(), "{}".getBytes()), connectedChannel()))
                    .as("a provider without webhooks accepts none").isFalse();
            return;
        }
        WebhookRequest request = webhook.get();

        assertThat(provider().authenticate(request, connectedChannel())).isTrue();
        assertThat(provider().authenticate(new WebhookRequest(Map.of(), Map.of(), request.body()), connectedChannel()))
                .as("without its signature or secret").isFalse();
        assertThat(provider().authenticate(request, new ChannelAccess(connectedChannel().channel(), Map.of(),
                connectedChannel().settings()))).as("for a channel without the secret").isFalse();
    }

    @Test
    void aDocumentedWebhookIsReadIntoTheCustomersMessageForTheChannel() {
        String id = "wamid.IN." + UUID.randomUUID();
        Optional<WebhookRequest> webhook = textWebhook(id, "Halo kak, stok masih ada?");
        if (webhook.isEmpty()) {
            assertThat(provider().parseWebhook("{\"messages\": []}".getBytes(), null, unexpected())).isEmpty();
            return;
        }

        for (var authenticated : java.util.Arrays.asList(null, connectedChannel().channel().id())) {
            List<WebhookItem> items = provider().parseWebhook(webhook.get().body(), authenticated, unexpected());

            assertThat(items).as("authenticated by %s", authenticated).singleElement().isInstanceOfSatisfying(Received.class,
                    received -> {
                        assertNamesTheConnectedChannel(received.channel());
                        assertThat(received.media()).isNull();
                        var message = (InboundMessage) received.event();
                        assertThat(message.providerMessageId()).isEqualTo(id);
                        assertThat(message.from().phone()).isEqualTo(CUSTOMER.phone());
                        assertThat(message.kind()).isEqualTo(MessageKind.TEXT);
                        assertThat(message.text()).isEqualTo("Halo kak, stok masih ada?");
                    });
        }
    }

    @Test
    void theFileOfAWebhooksMessageIsFetchedFromTheProvider() {
        byte[] file = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x01, 0x02};
        String id = "wamid.IN." + UUID.randomUUID();
        Optional<WebhookRequest> webhook = imageWebhook(id, file);
        if (webhook.isEmpty()) {
            assertThatThrownBy(() -> provider().downloadMedia(connectedChannel(), new WebhookItem.MediaRef("media-1", null)))
                    .as("a provider whose messages carry their bytes holds no files").isInstanceOf(ProviderException.class);
            return;
        }

        List<WebhookItem> items = provider().parseWebhook(webhook.get().body(), null, unexpected());

        var received = (Received) items.getFirst();
        assertThat(items).hasSize(1);
        var message = (InboundMessage) received.event();
        assertThat(message.kind()).isEqualTo(MessageKind.IMAGE);
        assertThat(message.media().caption()).isEqualTo("Foto barangnya");
        assertThat(received.media()).as("the file still to fetch").isNotNull();
        assertThat(provider().downloadMedia(connectedChannel(), received.media()).bytes()).containsExactly(file);
    }

    @Test
    void aBodyThatIsNotTheProvidersGivesNoItems() {
        assertThat(provider().parseWebhook("<html>Bad Gateway</html>".getBytes(), null, unexpected())).isEmpty();
    }

    /** The key names the connected channel: by its id, or by a setting it has. */
    private void assertNamesTheConnectedChannel(ChannelKey key) {
        switch (key) {
            case ChannelKey.Id(var id) -> assertThat(id).isEqualTo(connectedChannel().channel().id());
            case ChannelKey.Setting(var name, var value) ->
                    assertThat(connectedChannel().settings()).containsEntry(name, value);
        }
    }

    /** Skipped items fail the test: the documented samples must all be read. */
    private static SkippedItems unexpected() {
        return (itemId, cause) -> {
            throw new AssertionError("item " + itemId + " skipped", cause);
        };
    }

    @Test
    void everyKindOfContentIsAnsweredWithAResultNotAnException() {
        List<OutboundContent> contents = List.of(
                new Template("pesanan_dikirim", "id", List.of(TemplateComponent.body(List.of("Budi", "INV-1")))),
                new Buttons("Pesanan sudah sampai?", null, List.of(new Button("ya", "Sudah"), new Button("belum", "Belum"))),
                new ListMenu("Pilih layanan", "Layanan", List.of(new Section("Toko", List.of(new Row("jam", "Jam buka", null))))),
                new Reaction("wamid.HBgLMTY0NjcwNDM1OTUVAgARGBI1RjQy", "👍"));

        for (OutboundContent content : contents) {
            SendResult result = provider().send(connectedChannel(),
                    new OutboundMessage(UUID.randomUUID().toString(), CUSTOMER, content, null));

            if (result instanceof Rejected(var error)) {
                assertThat(error.message()).as(content.getClass().getSimpleName()).isNotBlank();
            } else if (!(content instanceof Reaction)) {
                // A reaction may come back without an id of its own (Whapi answers only success).
                assertThat(((Accepted) result).providerMessageId()).as(content.getClass().getSimpleName()).isNotBlank();
            }
        }
    }

    /**
     * The status screen tells the owner whether the number is ready: a channel with working
     * credentials says so, the same channel stripped of them says it is not, setting by setting;
     * no name ever carries a credential's value.
     */
    @Test
    void theConfigurationSaysWhichSettingsAChannelHasButNeverTheirValues() {
        ChannelAccess connected = connectedChannel();
        ChannelAccess bare = new ChannelAccess(connected.channel(), Map.of(), Map.of());

        Map<String, Boolean> configured = provider().configuration(connected);
        Map<String, Boolean> missing = provider().configuration(bare);

        if (configured.isEmpty()) {
            // A provider that needs no settings (sandbox, linked device) names none either way.
            assertThat(missing).isEmpty();
            return;
        }
        assertThat(configured).containsEntry("isConfigured", true);
        assertThat(missing).containsEntry("isConfigured", false).containsOnlyKeys(configured.keySet());
        assertThat(configured.keySet()).noneMatch(name -> connected.credentials().values().stream()
                .anyMatch(value -> !value.isEmpty() && name.contains(value)));
    }

    protected static OutboundMessage text(String body) {
        return new OutboundMessage(UUID.randomUUID().toString(), CUSTOMER, new Text(body, false), null);
    }
}
