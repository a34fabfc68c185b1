package id.sapa.operator;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param invitationLifetime how long an invitation link can be accepted
 * @param inviteLinkBase     where the web app runs ({@code FRONTEND_URL}, the first of several); the
 *                           link is relative when empty
 * @param presenceTimeout    a user shown present with no open Socket.IO connection for this long is
 *                           set offline
 * @param presenceCheck      how often connections are reported and absent users set offline
 */
@ConfigurationProperties("sapa.operator")
public record OperatorSettings(
        @DefaultValue("7d") Duration invitationLifetime,
        @DefaultValue("") List<String> inviteLinkBase,
        @DefaultValue("2m") Duration presenceTimeout,
        @DefaultValue("30s") Duration presenceCheck) {

    String inviteLink(String token) {
        return link("/accept-invite", token);
    }

    /** A single-use link to {@code path} on the web app's address. */
    String link(String path, String token) {
        String base = inviteLinkBase.stream().map(String::strip).filter(s -> !s.isEmpty()).findFirst().orElse("");
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path + "?token=" + token;
    }
}
