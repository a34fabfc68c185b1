package id.sapa.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;

import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

class VerifiedTokensTest {

    private static final String SECRET = "a-test-secret-that-is-long-enough-for-hs256";
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private final MovableClock clock = new MovableClock(NOW);
    private final VerifiedTokens tokens = tokens(clock);

    @Test
    void aVerifiedTokenIsAcceptedAgain() throws Exception {
        String token = sign(SECRET, "user-1", NOW.plusSeconds(3600));

        assertThat(tokens.decode(token).getSubject()).isEqualTo("user-1");
        assertThat(tokens.decode(token).getSubject()).isEqualTo("user-1");
    }

    @Test
    void aRememberedTokenIsRefusedOnceItExpires() throws Exception {
        String token = sign(SECRET, "user-1", NOW.plusSeconds(60));
        tokens.decode(token);

        clock.now = NOW.plusSeconds(60 + 31);

        assertThatThrownBy(() -> tokens.decode(token)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void aTokenWithAnotherSignatureIsRefusedEvenWhenItsClaimsWereSeen() throws Exception {
        String genuine = sign(SECRET, "user-1", NOW.plusSeconds(3600));
        tokens.decode(genuine);
        String forged = sign("another-secret-that-is-also-long-enough-32b", "user-1", NOW.plusSeconds(3600));

        assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(BadJwtException.class);
    }

    @Test
    void aRefusedTokenStaysRefused() throws Exception {
        String forged = sign("another-secret-that-is-also-long-enough-32b", "user-1", NOW.plusSeconds(3600));

        assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(BadJwtException.class);
    }

    private static VerifiedTokens tokens(Clock clock) {
        NimbusJwtDecoder verifier = NimbusJwtDecoder
                .withSecretKey(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"))
                .macAlgorithm(MacAlgorithm.HS256).build();
        JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ofSeconds(30));
        timestamps.setClock(clock);
        verifier.setJwtValidator(timestamps);
        return new VerifiedTokens(verifier, timestamps);
    }

    private static String sign(String secret, String subject, Instant expiresAt) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder()
                .issuer("sapa").subject(subject)
                .issueTime(Date.from(expiresAt.minusSeconds(7200)))
                .expirationTime(Date.from(expiresAt)).build());
        jwt.sign(new MACSigner(secret));
        return jwt.serialize();
    }

    private static final class MovableClock extends Clock {
        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
