package id.sapa.channel;

import id.sapa.channel.spi.ChannelStatus;
import id.sapa.shared.ChannelId;
import id.sapa.shared.TenantId;

/** What the channel module tells the others (realtime pushes them on {@code /whatsapp}). */
public sealed interface ChannelEvent {

    TenantId tenantId();

    ChannelId channelId();

    /** {@code connection-status}; {@code phoneNumber} is E.164 without '+', {@code reason} set when it dropped. */
    record ChannelStatusChanged(TenantId tenantId, ChannelId channelId, ChannelStatus status, String phoneNumber,
            String reason) implements ChannelEvent {
    }

    /** {@code qr-code}: a PNG data URL for the phone to scan. */
    record QrCodeIssued(TenantId tenantId, ChannelId channelId, String qrCode, long expiresIn) implements ChannelEvent {
    }

    /** {@code session-expired}: the phone unlinked Sapa; the tenant must scan again. */
    record SessionExpired(TenantId tenantId, ChannelId channelId, String reason) implements ChannelEvent {
    }
}
