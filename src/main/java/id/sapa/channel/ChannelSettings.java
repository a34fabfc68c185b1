package id.sapa.channel;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param encryptionKey   {@code WHATSAPP_ENCRYPTION_KEY}: base64 of 32 bytes sealing provider secrets;
 *                        generated and kept under the data directory when blank
 * @param sandboxEnabled  {@code SAPA_SANDBOX_ENABLED}: offer the built-in simulated WhatsApp
 * @param defaultProvider the provider {@code POST /api/whatsapp/connect} uses when none is named
 */
@ConfigurationProperties("sapa.channel")
public record ChannelSettings(String encryptionKey, @DefaultValue("true") boolean sandboxEnabled,
        @DefaultValue("sandbox") String defaultProvider) {
}
