package id.sapa.channel;

import java.util.Map;

import org.springframework.stereotype.Component;

import id.sapa.channel.internal.ChannelKeys;
import id.sapa.channel.spi.ChannelAccess;

/** The channel's stored credentials, opened with the tenant's key when an adapter needs them. */
@Component
class ChannelKeyring implements ChannelKeys {

    private final ChannelRepository repository;
    private final ChannelSecrets secrets;

    ChannelKeyring(ChannelRepository repository, ChannelSecrets secrets) {
        this.repository = repository;
        this.secrets = secrets;
    }

    @Override
    public ChannelAccess open(Channel channel) {
        Map<String, String> credentials = repository.credentials(channel.id())
                .map(sealed -> secrets.open(sealed, channel.tenantId()))
                .orElse(Map.of());
        return new ChannelAccess(channel.ref(), credentials, channel.settings());
    }
}
