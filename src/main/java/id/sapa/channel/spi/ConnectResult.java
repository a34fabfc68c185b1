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
 */
public record ConnectResult(ChannelStatus status, PhoneNumber phoneNumber, String qrPayload, Duration qrLifetime,
        Map<String, String> credentials, Map<String, Object> settings) {
}
