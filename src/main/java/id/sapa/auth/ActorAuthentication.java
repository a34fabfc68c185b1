package id.sapa.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;

import id.sapa.operator.Operator;
import id.sapa.operator.Operators;
import id.sapa.shared.Actor;
import id.sapa.shared.Permission;
import id.sapa.shared.TenantId;
import id.sapa.shared.UserId;

/**
 * Turns a verified token into the {@link Actor} controllers see. The user is looked up on every
 * request, so a removed user's token stops working at once and a changed role applies at once.
 */
@Component
class ActorAuthentication implements Converter<Jwt, AbstractAuthenticationToken> {

    private final AccessTokens tokens;
    private final Operators operators;

    ActorAuthentication(AccessTokens tokens, Operators operators) {
        this.tokens = tokens;
        this.operators = operators;
    }

    JwtDecoder decoder() {
        return tokens.decoder();
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        return new ActorToken(actorOf(jwt), jwt);
    }

    /** The current user behind a verified token; refused when the token names nobody (any more). */
    Actor actorOf(Jwt jwt) {
        TenantId tenantId;
        UserId userId;
        try {
            tenantId = new TenantId(UUID.fromString(jwt.getClaimAsString(AccessTokens.TENANT_CLAIM)));
            userId = new UserId(UUID.fromString(jwt.getSubject()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidBearerTokenException("The access token does not name a user");
        }
        Operator user = operators.find(tenantId, userId)
                .orElseThrow(() -> new InvalidBearerTokenException("The access token's user no longer exists"));
        return new Actor(tenantId, userId, user.role());
    }

    static final class ActorToken extends AbstractAuthenticationToken {

        private final Actor actor;
        private final Jwt jwt;

        ActorToken(Actor actor, Jwt jwt) {
            super(authorities(actor));
            this.actor = actor;
            this.jwt = jwt;
            setAuthenticated(true);
        }

        private static List<GrantedAuthority> authorities(Actor actor) {
            List<GrantedAuthority> authorities = new ArrayList<>();
            authorities.add(new SimpleGrantedAuthority("ROLE_" + actor.role().name()));
            for (Permission permission : actor.role().permissions()) {
                authorities.add(new SimpleGrantedAuthority(permission.authority()));
            }
            return authorities;
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
