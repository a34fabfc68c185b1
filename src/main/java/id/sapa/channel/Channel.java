package id.sapa.channel;

import java.time.Instant;
import java.util.Map;

import id.sapa.channel.spi.ChannelRef;
import id.sapa.channel.spi.ChannelStatus;
import id.sapa.channel.spi.ProviderType;
import id.sapa.shared.ChannelId;
import id.sapa.shared.PhoneNumber;
import id.sapa.shared.TenantId;

/** A tenant's WhatsApp connection as stored (seed 002 table 1); credentials stay sealed. */
public record Channel(
        ChannelId id,
        TenantId tenantId,
        ProviderType provider,
        PhoneNumber phoneNumber,
        ChannelStatus status,
        String qrCode,
        Instant qrExpiresAt,
        Map<String, Object> settings,
        Instant lastConnectedAt,
        Instant lastDisconnectedAt,
        Instant lastQrGeneratedAt,
        int retryCount) {

    public ChannelRef ref() {
        return new ChannelRef(id, tenantId, provider, phoneNumber);
    }

    public boolean connected() {
        return status == ChannelStatus.CONNECTED;
    }
}
