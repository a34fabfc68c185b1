package id.sapa.channel.internal.cloudapi;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Meta's Cloud API as this server reaches it. The app-level values let one Meta app serve many
 * tenants (seed 001); a tenant may bring its own token, app secret and verify token when it connects.
 *
 * @param graphBaseUrl      {@code META_GRAPH_BASE_URL}
 * @param graphApiVersion   {@code META_GRAPH_API_VERSION}
 * @param appSecret         {@code META_APP_SECRET}: signs the webhooks of the shared app
 * @param verifyToken       {@code META_WEBHOOK_VERIFY_TOKEN}: answers the shared webhook's handshake
 * @param accessToken       {@code META_ACCESS_TOKEN}: used when a tenant connects without its own token
 * @param phoneNumberId     {@code META_PHONE_NUMBER_ID}: used when a tenant connects without naming one
 * @param businessAccountId {@code META_BUSINESS_ACCOUNT_ID}
 * @param timeout           how long one Graph call may take
 */
@ConfigurationProperties("sapa.channel.cloud-api")
public record CloudApiSettings(
        @DefaultValue("https://graph.facebook.com") String graphBaseUrl,
        @DefaultValue("v23.0") String graphApiVersion,
        String appSecret,
        String verifyToken,
        String accessToken,
        String phoneNumberId,
        String businessAccountId,
        @DefaultValue("20s") Duration timeout) {

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
