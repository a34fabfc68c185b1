package id.sapa.channel;

import id.sapa.channel.spi.ChannelStatus;
import id.sapa.shared.ChannelId;
import id.sapa.shared.TenantId;

/** What the channel module tells the others (realtime pushes them on {@code /whatsapp}). */
public final class ChannelEvents {

    private ChannelEvents() {
    }

    /** {@code connection-status}; {@code phoneNumber} is E.164 without '+', {@code reason} set when it dropped. */
    public record ChannelStatusChanged(TenantId tenantId, ChannelId channelId, ChannelStatus status, String phoneNumber,
            String reason) {
    }

    /** {@code qr-code}: a PNG data URL for the phone to scan. */
    public record QrCodeIssued(TenantId tenantId, ChannelId channelId, String qrCode, long expiresIn) {
    }

    /** {@code session-expired}: the phone unlinked Sapa; the tenant must scan again. */
    public record SessionExpired(TenantId tenantId, ChannelId channelId, String reason) {
    }
}
