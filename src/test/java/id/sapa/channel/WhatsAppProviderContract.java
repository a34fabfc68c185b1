package id.sapa.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import id.sapa.channel.spi.ChannelAccess;
import id.sapa.channel.spi.ChannelStatus;
import id.sapa.channel.spi.ConnectResult;
import id.sapa.channel.spi.MessageKind;
import id.sapa.channel.spi.OutboundMessage;
import id.sapa.channel.spi.OutboundMessage.Media;
import id.sapa.channel.spi.OutboundMessage.Text;
import id.sapa.channel.spi.SendResult;
import id.sapa.channel.spi.SendResult.Accepted;
import id.sapa.channel.spi.SendResult.Rejected;
import id.sapa.channel.spi.WhatsAppProvider;
import id.sapa.shared.PhoneNumber;

/**
 * What every WhatsApp provider adapter promises, whatever it talks to. Each adapter has a
 * {@code <Vendor>ProviderContractTest} that extends this and supplies the adapter, a channel to
 * use it with, and a way to make its next send fail the way its vendor fails.
 */
public abstract class WhatsAppProviderContract {

    protected static final PhoneNumber CUSTOMER = PhoneNumber.parse("081234567890");

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

    protected static OutboundMessage text(String body) {
        return new OutboundMessage(UUID.randomUUID().toString(), CUSTOMER, new Text(body, false), null);
    }
}
