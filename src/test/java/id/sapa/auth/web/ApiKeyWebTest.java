package id.sapa.auth.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import id.sapa.shared.Role;
import id.sapa.support.Api;
import id.sapa.support.TestAccounts.SignedIn;
import id.sapa.support.WebTestSupport;
import tools.jackson.databind.JsonNode;

/**
 * API keys as an integrator meets them: shown once, kept to their scopes' routes, refused once
 * revoked, limited per minute, scoped to their business, never more than their issuer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiKeyWebTest extends WebTestSupport {

    SignedIn owner;
    SignedIn otherOwner;

    @BeforeAll
    void createBusinesses() {
        owner = accounts.registerBusiness("Toko Kunci A");
        otherOwner = accounts.registerBusiness("Toko Kunci B");
    }

    String createKey(SignedIn issuer, String... scopes) {
        Api.Reply reply = api.post("/api/api-keys", Map.of("name", "Kasir", "scopes", List.of(scopes)))
                .token(issuer.token()).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("key").asString();
    }

    @Test
    void aKeyIsShownOnceAndListedWithoutItsSecret() {
        Api.Reply created = api.post("/api/api-keys", Map.of("name", "Sistem kasir", "scopes",
                List.of("notifications:send", "contacts:read"))).token(owner.token()).send();

        assertThat(created.status()).isEqualTo(201);
        String key = created.json().get("key").asString();
        JsonNode view = created.json().get("apiKey");
        assertThat(key).matches("sapa_[A-Za-z0-9]{8}_[A-Za-z0-9]{40}");
        assertThat(key).startsWith(view.get("prefix").asString() + "_");
        assertThat(view.get("scopes").toString()).isEqualTo("[\"contacts:read\",\"notifications:send\"]");

        Api.Reply listed = api.get("/api/api-keys").token(owner.token()).send();
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body()).contains(view.get("id").asString()).doesNotContain(key.substring(14));
        byte[] stored = jdbc.sql("SELECT secret_hash FROM api_keys WHERE id = CAST(:id AS uuid)")
                .param("id", view.get("id").asString()).query(byte[].class).single();
        assertThat(stored).hasSize(32).isNotEqualTo(key.getBytes());
    }

    @Test
    void aKeyReachesOnlyTheRoutesOfItsScopes() {
        String key = createKey(owner, "contacts:read");

        assertThat(api.get("/api/contacts").token(key).send().status()).isEqualTo(200);
        Api.Reply write = api.post("/api/contacts", Map.of("phone", "081234500001")).token(key).send();
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.json().get("type").asString()).endsWith("/forbidden");
        assertThat(api.get("/api/conversations").token(key).send().status()).isEqualTo(403);
        assertThat(api.get("/api/api-keys").token(key).send().status()).isEqualTo(403);
        assertThat(api.post("/api/api-keys", Map.of("name", "x", "scopes", List.of("contacts:read"))).token(key)
                .send().status()).isEqualTo(403);
        assertThat(api.get("/api/auth/me").token(key).send().status()).isEqualTo(403);

        String writer = createKey(owner, "contacts:write");
        assertThat(api.post("/api/contacts", Map.of("phone", "081234500002")).token(writer).send().status())
                .isEqualTo(201);
        assertThat(api.get("/api/contacts").token(writer).send().status()).isEqualTo(403);
    }

    @Test
    void aRevokedOrUnknownKeyIsRefusedAsUnauthenticated() {
        String key = createKey(owner, "contacts:read");
        String id = api.get("/api/api-keys").token(owner.token()).send().json().get(0).get("id").asString();
        assertThat(api.get("/api/contacts").token(key).send().status()).isEqualTo(200);

        assertThat(api.delete("/api/api-keys/" + id).token(owner.token()).send().status()).isEqualTo(204);

        Api.Reply refused = api.get("/api/contacts").token(key).send();
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("type").asString()).endsWith("/unauthenticated");
        assertThat(api.get("/api/api-keys").token(owner.token()).send().json().get(0).get("revoked").asBoolean())
                .isTrue();
        String forged = key.substring(0, 14) + "A".repeat(40);
        assertThat(api.get("/api/contacts").token(forged).send().status()).isEqualTo(401);
        assertThat(api.get("/api/contacts").token("sapa_nothere1_" + "b".repeat(40)).send().status()).isEqualTo(401);
        assertThat(api.get("/api/contacts").token("sapa_short").send().status()).isEqualTo(401);
    }

    @Test
    void onlyOwnersAndAdminsManageKeysAndScopesAreChecked() {
        SignedIn operator = accounts.addUser(owner.tenantId(), Role.OPERATOR);
        SignedIn supervisor = accounts.addUser(owner.tenantId(), Role.SUPERVISOR);
        SignedIn admin = accounts.addUser(owner.tenantId(), Role.ADMIN);
        Map<String, Object> request = Map.of("name", "Kasir", "scopes", List.of("notifications:send"));

        assertThat(api.post("/api/api-keys", request).token(operator.token()).send().status()).isEqualTo(403);
        assertThat(api.post("/api/api-keys", request).token(supervisor.token()).send().status()).isEqualTo(403);
        assertThat(api.get("/api/api-keys").token(operator.token()).send().status()).isEqualTo(403);
        assertThat(api.post("/api/api-keys", request).token(admin.token()).send().status()).isEqualTo(201);

        Api.Reply unknown = api.post("/api/api-keys", Map.of("name", "Kasir", "scopes", List.of("everything")))
                .token(owner.token()).header("Accept-Language", "id").send();
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("scopes");
        assertThat(unknown.json().get("detail").asString()).contains("Cakupan tidak dikenal");
        Api.Reply none = api.post("/api/api-keys", Map.of("name", "Kasir", "scopes", List.of())).token(owner.token())
                .send();
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.body()).contains("scopes");
        assertThat(api.post("/api/api-keys", Map.of("name", " ", "scopes", List.of("contacts:read")))
                .token(owner.token()).send().status()).isEqualTo(400);
    }

    @Test
    void aKeyNeverDoesMoreThanItsIssuerCanToday() {
        SignedIn admin = accounts.addUser(owner.tenantId(), Role.ADMIN);
        String key = createKey(admin, "contacts:write");
        assertThat(api.post("/api/contacts", Map.of("phone", "081234500003")).token(key).send().status()).isEqualTo(201);

        assertThat(api.patch("/api/cs-operators/" + admin.userId(), Map.of("role", "viewer")).token(owner.token())
                .send().status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(15)).until(
                () -> api.post("/api/contacts", Map.of("phone", "081234500004")).token(key).send().status() == 403);
    }

    @Test
    void aKeyBelongsToItsBusiness() {
        String keyOfA = createKey(owner, "contacts:read");
        String contactOfB = api.post("/api/contacts", Map.of("phone", "081234500005")).token(otherOwner.token()).send()
                .json().get("id").asString();
        String keyIdOfA = api.get("/api/api-keys").token(owner.token()).send().json().get(0).get("id").asString();

        assertThat(api.get("/api/contacts/" + contactOfB).token(keyOfA).send().status()).isEqualTo(404);
        assertThat(api.get("/api/contacts").token(keyOfA).send().body()).doesNotContain(contactOfB);
        assertThat(api.delete("/api/api-keys/" + keyIdOfA).token(otherOwner.token()).send().status()).isEqualTo(404);
        assertThat(api.get("/api/api-keys").token(otherOwner.token()).send().body()).doesNotContain(keyIdOfA);
    }

    @Test
    void aKeyInUseShowsWhenItWasLastUsed() {
        String key = createKey(owner, "contacts:read");
        String prefix = key.substring(0, 13);
        assertThat(api.get("/api/contacts").token(key).send().status()).isEqualTo(200);

        JsonNode listed = null;
        for (JsonNode each : api.get("/api/api-keys").token(owner.token()).send().json()) {
            if (each.get("prefix").asString().equals(prefix)) {
                listed = each;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.get("lastUsedAt").isNull()).isFalse();
    }

    @Test
    void aBusyKeyIsToldToWait() {
        String key = createKey(owner, "contacts:read");
        Api.Reply reply = null;
        for (int i = 0; i < 5_000; i++) {
            reply = api.get("/api/contacts?limit=1").token(key).send();
            if (reply.status() != 200) {
                break;
            }
        }
        assertThat(reply.status()).isEqualTo(429);
        assertThat(reply.json().get("type").asString()).endsWith("/too-many-requests");
        assertThat(Integer.parseInt(reply.header("Retry-After"))).isBetween(1, 60);
        // Another key of the same business is not slowed by it.
        assertThat(api.get("/api/contacts?limit=1").token(createKey(owner, "contacts:read")).send().status())
                .isEqualTo(200);
    }
}
