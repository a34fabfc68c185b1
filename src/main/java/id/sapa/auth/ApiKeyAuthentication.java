package id.sapa.auth;

import java.util.List;
import java.util.Set;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.stereotype.Component;

import id.sapa.shared.Actor;

/**
 * Authenticates a bearer token that is an API key ({@code sapa_…}); any other token is left to the
 * access-token provider after it. An unknown or revoked key is refused like a bad token (401).
 */
@Component
class ApiKeyAuthentication implements AuthenticationProvider {

    private final ApiKeys keys;

    ApiKeyAuthentication(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String token = ((BearerTokenAuthenticationToken) authentication).getToken();
        if (!ApiKeys.looksLikeKey(token)) {
            return null;
        }
        ApiKeys.Resolved key = keys.authenticate(token)
                .orElseThrow(() -> new InvalidBearerTokenException("The API key is not valid, or it was revoked"));
        return new ApiKeyToken(key.actor(), key.key().scopes());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return BearerTokenAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** A call made with an API key: its actor and the scopes that decide which routes it reaches. */
    static final class ApiKeyToken extends AbstractAuthenticationToken {

        private final Actor actor;
        private final Set<ApiKeyScope> scopes;

        ApiKeyToken(Actor actor, Set<ApiKeyScope> scopes) {
            super(authorities(actor));
            this.actor = actor;
            this.scopes = scopes;
            setAuthenticated(true);
        }

        Set<ApiKeyScope> scopes() {
            return scopes;
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Actor getPrincipal() {
            return actor;
        }

        @Override
        public String getName() {
            return actor.attribution();
        }

        private static List<GrantedAuthority> authorities(Actor actor) {
            return actor.permissions().stream()
                    .<GrantedAuthority>map(permission -> new SimpleGrantedAuthority(permission.authority()))
                    .toList();
        }
    }
}
