package id.sapa.channel.spi;

import java.time.Duration;
import java.util.Map;

import id.sapa.shared.PhoneNumber;

/**
 * A provider's answer to connect.
 *
 * @param qrPayload   text to show as a QR code for a phone to scan, when pairing is needed
 * @param qrLifetime  how long that QR code is valid
 * @param credentials secrets to keep (sealed at rest) for later calls
 * @param settings    non-secret facts to keep (display name, quality rating…)
 * @param webhookPath where the provider must post its notices, when the tenant has to set it up
 *                    there (it may carry the channel's webhook secret: shown to the owner only)
 */
public record ConnectResult(ChannelStatus status, PhoneNumber phoneNumber, String qrPayload, Duration qrLifetime,
        Map<String, String> credentials, Map<String, Object> settings, String webhookPath) {

    public ConnectResult(ChannelStatus status, PhoneNumber phoneNumber, String qrPayload, Duration qrLifetime,
            Map<String, String> credentials, Map<String, Object> settings) {
        this(status, phoneNumber, qrPayload, qrLifetime, credentials, settings, null);
    }
}
