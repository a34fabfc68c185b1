package id.sapa.channel.internal.whapi;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whapi.cloud as this server reaches it (seed 003).
 *
 * @param baseUrl       {@code WHAPI_BASE_URL}; a tenant may name another when it connects
 * @param token         {@code WHAPI_TOKEN}: used when a tenant connects without its own token
 * @param webhookSecret {@code WHAPI_WEBHOOK_SECRET}: what the single-tenant {@code POST /webhook/whapi}
 *                      requires, since Whapi signs nothing; that path is closed while it is blank
 * @param timeout       how long one Whapi call may take
 */
@ConfigurationProperties("sapa.channel.whapi")
public record WhapiSettings(
        @DefaultValue("https://gate.whapi.cloud") String baseUrl,
        String token,
        String webhookSecret,
        @DefaultValue("20s") Duration timeout) {

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
