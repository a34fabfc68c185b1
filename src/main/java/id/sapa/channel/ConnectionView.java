package id.sapa.channel;

import java.time.Instant;

import id.sapa.channel.spi.ChannelStatus;
import id.sapa.channel.spi.ProviderType;
import id.sapa.shared.ChannelId;

/**
 * A tenant's connection as the API shows it; never carries credentials.
 *
 * @param webhookPath where the provider must post its notices, answered by connect only
 */
public record ConnectionView(ChannelId sessionId, ProviderType provider, ChannelStatus status, String phoneNumber,
        String qrCode, Long qrExpiresIn, Instant lastConnected, String webhookPath) {

    ConnectionView withWebhookPath(String path) {
        return new ConnectionView(sessionId, provider, status, phoneNumber, qrCode, qrExpiresIn, lastConnected, path);
    }

    public boolean isOnline() {
        return status == ChannelStatus.CONNECTED;
    }
}
