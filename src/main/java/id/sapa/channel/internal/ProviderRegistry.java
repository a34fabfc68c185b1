package id.sapa.channel.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import id.sapa.channel.ChannelSettings;
import id.sapa.channel.spi.ProviderType;
import id.sapa.channel.spi.WhatsAppProvider;
import id.sapa.shared.ProblemException;
import id.sapa.shared.Text;

/**
 * The one place that picks an adapter by provider type: everything else asks the adapter it
 * gets here, never which type a channel has.
 */
@Component
public class ProviderRegistry {

    private final Map<ProviderType, WhatsAppProvider> providers = new EnumMap<>(ProviderType.class);

    ProviderRegistry(List<WhatsAppProvider> adapters, ChannelSettings settings) {
        for (WhatsAppProvider adapter : adapters) {
            if (adapter.type() == ProviderType.SANDBOX && !settings.sandboxEnabled()) {
                continue;
            }
            providers.put(adapter.type(), adapter);
        }
    }

    /** @throws ProblemException (invalid field {@code provider}) when the provider is not on this server */
    public WhatsAppProvider get(ProviderType type) {
        WhatsAppProvider provider = providers.get(type);
        if (provider == null) {
            throw ProblemException.invalidField("provider", new Text(
                    "'" + type.code() + "' tidak tersedia di server ini; yang tersedia: " + available(),
                    "'" + type.code() + "' is not available on this server; available: " + available()));
        }
        return provider;
    }

    /** The adapter, or empty when the server does not offer it (a sandbox channel once the sandbox is turned off). */
    public Optional<WhatsAppProvider> find(ProviderType type) {
        return Optional.ofNullable(providers.get(type));
    }

    public Set<ProviderType> available() {
        return providers.keySet();
    }
}
