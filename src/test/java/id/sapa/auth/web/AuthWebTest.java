package id.sapa.auth.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import id.sapa.shared.Role;
import id.sapa.support.Api;
import id.sapa.support.TestAccounts;
import id.sapa.support.TestAccounts.SignedIn;
import id.sapa.support.WebTestSupport;
import tools.jackson.databind.JsonNode;

class AuthWebTest extends WebTestSupport {

    /** The secret of the test profile, to forge tokens the server must refuse. */
    private static final String SECRET = "test-secret-that-is-long-enough-for-hs256-signing";

    @Test
    void registerCreatesBusinessAndOwnerAndSignsIn() {
        String email = TestAccounts.uniqueEmail("Siti");
        Api.Reply reply = api.post("/api/auth/register", Map.of("businessName", "  Toko Sinar Jaya ", "name", "Siti",
                "email", email, "password", "rahasia-sekali")).send();

        assertThat(reply.status()).isEqualTo(201);
        JsonNode body = reply.json();
        assertThat(body.get("tokenType").asString()).isEqualTo("Bearer");
        assertThat(body.get("expiresIn").asLong()).isEqualTo(7 * 24 * 3600);
        assertThat(body.get("accessToken").asString()).contains(".");
        assertThat(body.get("user").get("email").asString()).isEqualTo(email.toLowerCase());
        assertThat(body.get("user").get("role").asString()).isEqualTo("owner");
        assertThat(body.get("user").get("name").asString()).isEqualTo("Siti");
        assertThat(body.get("tenant").get("name").asString()).isEqualTo("Toko Sinar Jaya");

        JsonNode tenant = api.get("/api/tenant").token(body.get("accessToken").asString()).send().json();
        assertThat(tenant.get("timezone").asString()).isEqualTo("Asia/Jakarta");
        assertThat(tenant.get("locale").asString()).isEqualTo("id");
    }

    @Test
    void registeringATakenEmailIsAConflictWhateverItsCase() {
        SignedIn first = accounts.registerBusiness("Toko Satu");

        Api.Reply reply = api.post("/api/auth/register", Map.of("businessName", "Toko Dua", "name", "Budi",
                "email", first.email().toUpperCase(), "password", "rahasia-sekali")).send();

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("type").asString()).endsWith("/conflict");
    }

    @Test
    void registerNamesEveryInvalidField() {
        Api.Reply reply = api.post("/api/auth/register",
                Map.of("businessName", "", "name", "Budi", "email", "not-an-email", "password", "short")).send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("type").asString()).endsWith("/validation");
        assertThat(reply.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("businessName", "email", "password");
    }

    @Test
    void loginAnswersTheSameShapeAsRegister() {
        SignedIn owner = accounts.registerBusiness("Toko Login");

        Api.Reply reply = api.post("/api/auth/login", Map.of("email", owner.email(), "password", TestAccounts.PASSWORD))
                .send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("tokenType").asString()).isEqualTo("Bearer");
        assertThat(reply.json().get("user").get("id").asString()).isEqualTo(owner.userId());
        assertThat(reply.json().get("tenant").get("id").asString()).isEqualTo(owner.tenantId().toString());
    }

    @Test
    void wrongPasswordAndUnknownEmailAnswerAlike() {
        SignedIn owner = accounts.registerBusiness("Toko Rahasia");

        Api.Reply wrongPassword = api.post("/api/auth/login", Map.of("email", owner.email(), "password", "wrong-password"))
                .send();
        Api.Reply unknownEmail = api.post("/api/auth/login",
                Map.of("email", TestAccounts.uniqueEmail("nobody"), "password", "wrong-password")).send();

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownEmail.status()).isEqualTo(401);
        assertThat(wrongPassword.json().get("detail")).isEqualTo(unknownEmail.json().get("detail"));
        assertThat(wrongPassword.json().get("type").asString()).endsWith("/invalid-credentials");
    }

    @Test
    void meAnswersTheCallerAndTheirBusiness() {
        SignedIn owner = accounts.registerBusiness("Toko Saya");

        Api.Reply reply = api.get("/api/auth/me").token(owner.token()).send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("user").get("id").asString()).isEqualTo(owner.userId());
        assertThat(reply.json().get("user").get("role").asString()).isEqualTo("owner");
        assertThat(reply.json().get("tenant").get("name").asString()).isEqualTo("Toko Saya");
        assertThat(reply.json().has("passwordHash")).isFalse();
        assertThat(reply.json().get("user").get("permissions").valueStream().map(JsonNode::asString))
                .contains("work_chats", "assign_chats", "manage_users", "manage_tenant", "send_notices");
    }

    /** What the web app shows and hides by: the role's permissions with the member's own flags applied. */
    @Test
    void meListsAnOperatorsPermissionsWithTheirFlags() {
        SignedIn owner = accounts.registerBusiness("Toko Izin");
        SignedIn operator = accounts.addUser(owner.tenantId(), Role.OPERATOR);
        assertThat(permissions(operator)).containsExactly("read", "work_chats");

        api.patch("/api/cs-operators/" + operator.userId(), Map.of("permissions", Map.of("can_assign_chats", true)))
                .token(owner.token()).send();

        assertThat(permissions(operator)).containsExactly("read", "work_chats", "assign_chats");
    }

    private List<String> permissions(SignedIn user) {
        return api.get("/api/auth/me").token(user.token()).send().json().get("user").get("permissions").valueStream()
                .map(JsonNode::asString).toList();
    }

    @Test
    void missingTokenIsUnauthenticated() {
        Api.Reply reply = api.get("/api/auth/me").send();

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("type").asString()).endsWith("/unauthenticated");
        assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void theTokenIsReadFromTheBearerSchemeInAnyCaseAndMustBeWellFormed() {
        SignedIn owner = accounts.registerBusiness("Toko Token");

        assertThat(api.get("/api/auth/me").header("Authorization", "bearer " + owner.token()).send().status())
                .isEqualTo(200);
        for (String malformed : List.of("Bearer " + owner.token() + " extra", "Bearer  " + owner.token(), "Bearer ",
                "Bearer to!ken", "Bearer ==", "Bearer" + owner.token())) {
            Api.Reply reply = api.get("/api/auth/me").header("Authorization", malformed).send();
            assertThat(reply.status()).as(malformed).isEqualTo(401);
            assertThat(reply.contentType()).as(malformed).startsWith("application/problem+json");
        }
        Api.Reply basic = api.get("/api/auth/me").header("Authorization", "Basic b3duZXI6c2VjcmV0").send();
        assertThat(basic.status()).isEqualTo(401);
        assertThat(basic.json().get("type").asString()).endsWith("/unauthenticated");
    }

    @Test
    void expiredTokenIsRefused() throws Exception {
        SignedIn owner = accounts.registerBusiness("Toko Lama");
        String expired = sign(owner, Instant.now().minusSeconds(3600), Role.OWNER);

        Api.Reply reply = api.get("/api/auth/me").token(expired).header("Accept-Language", "en").send();
        Api.Reply inIndonesian = api.get("/api/auth/me").token(expired).send();

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().get("detail").asString()).contains("expired");
        assertThat(inIndonesian.json().get("detail").asString()).contains("kedaluwarsa");
    }

    @Test
    void tokenWithAlteredClaimsIsRefused() {
        SignedIn viewer = accounts.addUser(accounts.registerBusiness("Toko Ubah").tenantId(), Role.VIEWER);
        String[] parts = viewer.token().split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]));
        String promoted = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.replace("\"viewer\"", "\"owner\"").getBytes());

        Api.Reply reply = api.patch("/api/tenant", Map.of("name", "Hijacked"))
                .token(parts[0] + "." + promoted + "." + parts[2]).header("Accept-Language", "en").send();

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().get("detail").asString()).contains("not valid");
    }

    @Test
    void tokenSignedWithAnotherKeyIsRefused() throws Exception {
        SignedIn owner = accounts.registerBusiness("Toko Kunci");
        JWTClaimsSet claims = claims(owner, Instant.now().plusSeconds(3600), Role.OWNER);
        SignedJWT forged = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        forged.sign(new MACSigner("another-secret-that-is-also-long-enough-32b"));

        assertThat(api.get("/api/auth/me").token(forged.serialize()).send().status()).isEqualTo(401);
    }

    @Test
    void garbageTokenIsRefused() {
        assertThat(api.get("/api/auth/me").token("not.a.jwt").send().status()).isEqualTo(401);
    }

    private static String sign(SignedIn user, Instant expiresAt, Role role) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims(user, expiresAt, role));
        jwt.sign(new MACSigner(SECRET));
        return jwt.serialize();
    }

    private static JWTClaimsSet claims(SignedIn user, Instant expiresAt, Role role) {
        return new JWTClaimsSet.Builder()
                .issuer("sapa")
                .subject(user.userId())
                .claim("tid", user.tenantId().toString())
                .claim("role", role.code())
                .issueTime(Date.from(expiresAt.minusSeconds(7200)))
                .expirationTime(Date.from(expiresAt))
                .build();
    }
}
