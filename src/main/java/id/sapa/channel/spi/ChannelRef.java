package id.sapa.channel.spi;

import id.sapa.shared.ChannelId;
import id.sapa.shared.PhoneNumber;
import id.sapa.shared.TenantId;

/** Which channel an event came through, and so which tenant it belongs to. */
public record ChannelRef(ChannelId id, TenantId tenantId, ProviderType provider, PhoneNumber phoneNumber) {
}
