package id.sapa.channel;

import java.util.Map;

import org.springframework.stereotype.Component;

import id.sapa.shared.DataDirectory;
import id.sapa.shared.SecretBox;
import id.sapa.shared.TenantId;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Seals provider credentials for the database and opens them for a provider call. */
@Component
class ChannelSecrets {

    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {
    };

    private final SecretBox box;
    private final JsonMapper json;

    ChannelSecrets(ChannelSettings settings, DataDirectory dataDirectory, JsonMapper json) {
        String key = settings.encryptionKey() == null || settings.encryptionKey().isBlank()
                ? dataDirectory.secret("whatsapp-encryption-key")
                : settings.encryptionKey();
        this.box = SecretBox.fromBase64(key, "WHATSAPP_ENCRYPTION_KEY");
        this.json = json;
    }

    String seal(Map<String, String> credentials, TenantId owner) {
        return credentials == null || credentials.isEmpty() ? null : box.seal(json.writeValueAsString(credentials), owner);
    }

    Map<String, String> open(String sealed, TenantId owner) {
        return sealed == null ? Map.of() : json.readValue(box.open(sealed, owner), MAP);
    }
}
