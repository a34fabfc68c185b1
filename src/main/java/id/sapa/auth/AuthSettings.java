package id.sapa.auth;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param jwtSecret              {@code JWT_SECRET}; generated and kept under the data directory when blank
 * @param jwtExpiresIn           {@code JWT_EXPIRES_IN}: {@code 7d}, {@code 12h}, {@code 30m}, {@code 3600} (seconds)
 * @param signupEnabled          {@code SAPA_SIGNUP_ENABLED}: whether anyone may register a new business
 * @param loginFailuresPerEmail  failed sign-ins allowed per e-mail address within {@code loginFailureWindow}
 * @param loginFailuresPerIp     failed sign-ins allowed per client address within {@code loginFailureWindow}
 * @param loginFailureWindow     the window the two limits above refill over
 * @param demoEnabled            {@code SAPA_DEMO_ENABLED}: create "Toko Demo" on the first embedded start
 * @param frontendUrls           {@code FRONTEND_URL}: origins (comma-separated) allowed to call the API from a browser
 * @param apiKeyRequestsPerMinute {@code SAPA_API_KEY_RATE_LIMIT}: requests one API key may make per minute (429 beyond)
 */
@ConfigurationProperties("sapa.auth")
public record AuthSettings(
        String jwtSecret,
        @DefaultValue("7d") String jwtExpiresIn,
        @DefaultValue("true") boolean signupEnabled,
        @DefaultValue("5") int loginFailuresPerEmail,
        @DefaultValue("20") int loginFailuresPerIp,
        @DefaultValue("15m") Duration loginFailureWindow,
        @DefaultValue("true") boolean demoEnabled,
        @DefaultValue("") List<String> frontendUrls,
        @DefaultValue("600") int apiKeyRequestsPerMinute) {

    Duration tokenLifetime() {
        return Durations.parse(jwtExpiresIn, "JWT_EXPIRES_IN");
    }
}
