package id.sapa.auth;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

import id.sapa.operator.Operator;
import id.sapa.shared.DataDirectory;

/**
 * Issues and verifies Sapa's access tokens: HS256 JWTs naming the user ({@code sub}), the tenant
 * ({@code tid}), the role and the session generation ({@code gen}).
 */
@Component
class AccessTokens {

    static final String ISSUER = "sapa";
    static final String TENANT_CLAIM = "tid";
    static final String ROLE_CLAIM = "role";
    /** The user's session generation when the token was issued; tokens without it are of generation 0. */
    static final String GENERATION_CLAIM = "gen";
    private static final int MIN_SECRET_BYTES = 32;
    private static final Logger log = LoggerFactory.getLogger(AccessTokens.class);

    private final NimbusJwtEncoder encoder;
    private final JwtDecoder decoder;
    private final Duration lifetime;
    private final Clock clock;

    AccessTokens(AuthSettings settings, DataDirectory dataDirectory, Clock clock) {
        SecretKey key = key(settings, dataDirectory);
        this.encoder = NimbusJwtEncoder.withSecretKey(key).algorithm(MacAlgorithm.HS256).build();
        NimbusJwtDecoder verifier = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ofSeconds(30));
        timestamps.setClock(clock);
        verifier.setJwtValidator(timestamps);
        this.decoder = new VerifiedTokens(verifier, timestamps);
        this.lifetime = settings.tokenLifetime();
        this.clock = clock;
    }

    IssuedToken issue(Operator user) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject(user.id().toString())
                .claim(TENANT_CLAIM, user.tenantId().toString())
                .claim(ROLE_CLAIM, user.role().code())
                .claim(GENERATION_CLAIM, user.sessionGeneration())
                .issuedAt(now)
                .expiresAt(now.plus(lifetime))
                .build();
        String token = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
        return new IssuedToken(token, lifetime.toSeconds());
    }

    JwtDecoder decoder() {
        return decoder;
    }

    private static SecretKey key(AuthSettings settings, DataDirectory dataDirectory) {
        String secret = settings.jwtSecret();
        if (secret == null || secret.isBlank()) {
            boolean existed = dataDirectory.hasSecret("jwt-secret");
            secret = dataDirectory.secret("jwt-secret");
            if (!existed) {
                log.warn("JWT_SECRET is not set: generated one and kept it in {}/secrets/jwt-secret. "
                        + "Set JWT_SECRET when running more than one Sapa node.", dataDirectory.path());
            }
        }
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_SECRET_BYTES) {
            throw new IllegalStateException("JWT_SECRET must be at least " + MIN_SECRET_BYTES
                    + " bytes long for HS256 (e.g. the output of 'openssl rand -base64 48')");
        }
        return new SecretKeySpec(bytes, "HmacSHA256");
    }

    record IssuedToken(String value, long expiresInSeconds) {
        @Override
        public String toString() {
            return "IssuedToken[expiresIn=" + expiresInSeconds + "s]";
        }
    }
}
