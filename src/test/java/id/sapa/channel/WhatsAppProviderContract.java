package id.sapa.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import id.sapa.channel.spi.ChannelAccess;
import id.sapa.channel.spi.ChannelStatus;
import id.sapa.channel.spi.ConnectResult;
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
import id.sapa.channel.spi.SendResult;
import id.sapa.channel.spi.SendResult.Accepted;
import id.sapa.channel.spi.SendResult.Rejected;
import id.sapa.channel.spi.WhatsAppProvider;
import id.sapa.shared.PhoneNumber;
import id.sapa.shared.WhatsAppUser;

/**
 * What every WhatsApp provider adapter promises, whatever it talks to. Each adapter has a
 * {@code <Vendor>ProviderContractTest} that extends this and supplies the adapter, a channel to
 * use it with, and a way to make its next send fail the way its vendor fails.
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
    void markingReadDoesNotFail() {
        var sent = (Accepted) provider().send(connectedChannel(), text("Terima kasih"));

        provider().markRead(connectedChannel(), sent.providerMessageId());
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
