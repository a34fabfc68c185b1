package id.sapa.auth;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;

import id.sapa.shared.Caches;
import id.sapa.operator.Operators;
import id.sapa.shared.Actor;
import id.sapa.shared.Permission;
import id.sapa.shared.Role;
import id.sapa.shared.TenantId;
import id.sapa.shared.UserId;

/**
 * Turns a verified token into the {@link Actor} controllers see, with the user's current role
 * (not the one in the token), so a removed user's token stops working and a changed role applies
 * within seconds.
 */
@Component
class ActorAuthentication implements Converter<Jwt, AbstractAuthenticationToken> {

    private final AccessTokens tokens;
    private final Operators operators;
    /**
     * Each user's current role and permission flags for a few seconds, so a busy inbox does not query
     * the user on every request: a removed user or a changed role takes effect within {@link #ROLE_CACHE}.
     */
    private final Cache<UserId, Optional<Access>> roles = Caches.builder()
            .expireAfterWrite(ROLE_CACHE)
            .maximumSize(50_000)
            .build();

    static final Duration ROLE_CACHE = Duration.ofSeconds(5);

    ActorAuthentication(AccessTokens tokens, Operators operators) {
        this.tokens = tokens;
        this.operators = operators;
    }

    JwtDecoder decoder() {
        return tokens.decoder();
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Identity identity = identityOf(jwt);
        Access access = accessOf(identity, jwt);
        return new ActorToken(new Actor(identity.tenantId(), identity.userId(), access.role(), access.permissions()),
                access.authorities(), jwt);
    }

    /** The current user behind a verified token; refused when the token names nobody (any more). */
    Actor actorOf(Jwt jwt) {
        Identity identity = identityOf(jwt);
        Access access = accessOf(identity, jwt);
        return new Actor(identity.tenantId(), identity.userId(), access.role(), access.permissions());
    }

    private static Identity identityOf(Jwt jwt) {
        // Read as stored: the claims of a token Sapa signed are strings; anything else names nobody.
        if (jwt.getClaims().get(AccessTokens.TENANT_CLAIM) instanceof String tenant
                && jwt.getClaims().get(JwtClaimNames.SUB) instanceof String subject) {
            try {
                return new Identity(new TenantId(UUID.fromString(tenant)), new UserId(UUID.fromString(subject)));
            } catch (IllegalArgumentException notAnId) {
                // refused below
            }
        }
        throw new InvalidBearerTokenException("The access token does not name a user");
    }

    /** Forgets what is known of the user's access on this node: a sign-out everywhere applies at once here. */
    void forget(UserId userId) {
        roles.invalidate(userId);
    }

    private Access accessOf(Identity identity, Jwt jwt) {
        Access access = roles.get(identity.userId(), id -> operators.find(identity.tenantId(), id)
                        .map(user -> Access.of(user.role(), user.effectivePermissions(), user.sessionGeneration())))
                .orElseThrow(() -> new InvalidBearerTokenException("The access token's user no longer exists"));
        long generation = jwt.getClaims().get(AccessTokens.GENERATION_CLAIM) instanceof Number number ? number.longValue() : 0;
        if (generation != access.sessionGeneration()) {
            throw new InvalidBearerTokenException("The access token was signed out");
        }
        return access;
    }

    private record Identity(TenantId tenantId, UserId userId) {
    }

    /** What a user may do, with the authorities Spring Security checks, built once per cache entry. */
    private record Access(Role role, Set<Permission> permissions, List<GrantedAuthority> authorities,
            int sessionGeneration) {

        static Access of(Role role, Set<Permission> permissions, int sessionGeneration) {
            List<GrantedAuthority> authorities = new ArrayList<>();
            authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
            for (Permission permission : permissions) {
                authorities.add(new SimpleGrantedAuthority(permission.authority()));
            }
            return new Access(role, Set.copyOf(permissions), List.copyOf(authorities), sessionGeneration);
        }
    }

    static final class ActorToken extends AbstractAuthenticationToken {

        private final Actor actor;
        private final Jwt jwt;

        ActorToken(Actor actor, List<GrantedAuthority> authorities, Jwt jwt) {
            super(authorities);
            this.actor = actor;
            this.jwt = jwt;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return jwt;
        }

        @Override
        public Actor getPrincipal() {
            return actor;
        }

        @Override
        public String getName() {
            return actor.userId().toString();
        }
    }
}
