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

    /** Settings key: the provider refused the credentials or blocked the number; sends wait for a new connect. */
    public static final String SENDING_STOPPED = "sendingStopped";

    public ChannelRef ref() {
        return new ChannelRef(id, tenantId, provider, phoneNumber);
    }

    public boolean connected() {
        return status == ChannelStatus.CONNECTED;
    }

    /**
     * The provider refused the credentials (Meta 190) or blocked the number for its policies (368):
     * nothing can be sent until the tenant connects again; {@code stopReason} says why.
     */
    public boolean sendingStopped() {
        return !connected() && Boolean.TRUE.equals(settings.get(SENDING_STOPPED));
    }

    public String stopReason() {
        return sendingStopped() ? setting("stopReason") : null;
    }

    /** A non-secret provider fact kept with the channel, as text. */
    public String setting(String name) {
        Object value = settings.get(name);
        return value == null ? null : value.toString();
    }
}
