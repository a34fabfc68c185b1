package id.sapa.channel;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import id.sapa.channel.spi.ProviderType;
import id.sapa.channel.spi.WhatsAppProvider;
import id.sapa.shared.ProblemException;

/** The one place that picks an adapter by provider type. */
@Component
class ProviderRegistry {

    private final Map<ProviderType, WhatsAppProvider> providers = new EnumMap<>(ProviderType.class);

    ProviderRegistry(List<WhatsAppProvider> adapters, ChannelSettings settings) {
        for (WhatsAppProvider adapter : adapters) {
            if (adapter.type() == ProviderType.SANDBOX && !settings.sandboxEnabled()) {
                continue;
            }
            providers.put(adapter.type(), adapter);
        }
    }

    WhatsAppProvider get(ProviderType type) {
        WhatsAppProvider provider = providers.get(type);
        if (provider == null) {
            throw ProblemException.invalidField("provider",
                    "'" + type.code() + "' is not available on this server; available: " + available());
        }
        return provider;
    }

    Set<ProviderType> available() {
        return providers.keySet();
    }
}
