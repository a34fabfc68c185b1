package id.sapa.auth;

import java.time.Duration;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import com.github.benmanes.caffeine.cache.Cache;

import id.sapa.shared.Caches;

/**
 * Remembers tokens whose signature was already verified. Every API request carries the same
 * token as the one before it, and parsing plus an HMAC per request is a large share of a small
 * request's work. Only tokens that passed the full check are kept, keyed by the whole token text
 * (signature included), so a forged or altered token never matches; the time checks still run on
 * every use, so an expired token is refused the moment it expires.
 */
final class VerifiedTokens implements JwtDecoder {

    private final JwtDecoder verifier;
    private final OAuth2TokenValidator<Jwt> timestamps;
    private final Cache<String, Jwt> verified = Caches.builder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    VerifiedTokens(JwtDecoder verifier, OAuth2TokenValidator<Jwt> timestamps) {
        this.verifier = verifier;
        this.timestamps = timestamps;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt jwt = verified.get(token, verifier::decode);
        OAuth2TokenValidatorResult result = timestamps.validate(jwt);
        if (result.hasErrors()) {
            verified.invalidate(token);
            throw new JwtValidationException("The access token has expired", result.getErrors());
        }
        return jwt;
    }
}
