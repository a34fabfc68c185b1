package id.sapa.auth.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.sapa.shared.Role;
import id.sapa.support.Api;
import id.sapa.support.TestAccounts;
import id.sapa.support.TestAccounts.SignedIn;
import id.sapa.support.WebTestSupport;

/** Tenant B's owner, with every right in B, reaches nothing of tenant A: A's ids answer 404. */
class TenantIsolationWebTest extends WebTestSupport {

    SignedIn ownerA;
    SignedIn operatorA;
    SignedIn ownerB;

    @BeforeEach
    void setUp() {
        ownerA = accounts.registerBusiness("Toko A");
        operatorA = accounts.addUser(ownerA.tenantId(), Role.OPERATOR);
        ownerB = accounts.registerBusiness("Toko B");
    }

    @Test
    void anotherTenantsUserIsNotFound() {
        Api.Reply reply = api.get("/api/cs-operators/" + operatorA.userId()).token(ownerB.token()).send();

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("type").asString()).endsWith("/not-found");
        assertThat(reply.body()).doesNotContain(operatorA.email());
    }

    @Test
    void anotherTenantsUserCannotBeChanged() {
        Api.Reply reply = api.patch("/api/cs-operators/" + operatorA.userId() + "/status", Map.of("status", "busy"))
                .token(ownerB.token()).send();

        assertThat(reply.status()).isEqualTo(404);
        assertThat(api.get("/api/cs-operators/" + operatorA.userId()).token(ownerA.token()).send().json()
                .get("status").asString()).isEqualTo("offline");
    }

    @Test
    void listsAndSettingsShowOnlyTheCallersTenant() {
        var listed = api.get("/api/cs-operators").token(ownerB.token()).send().json().get("operators");
        assertThat(listed.valueStream().map(o -> o.get("id").asString())).containsExactly(ownerB.userId());

        api.patch("/api/tenant", Map.of("name", "Toko B Baru")).token(ownerB.token()).send();
        assertThat(api.get("/api/tenant").token(ownerA.token()).send().json().get("name").asString()).isEqualTo("Toko A");
    }

    @Test
    void theOwnTenantsUserIsFound() {
        Api.Reply reply = api.get("/api/cs-operators/" + operatorA.userId()).token(ownerA.token()).send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("email").asString()).isEqualTo(operatorA.email());
        assertThat(reply.json().has("passwordHash")).isFalse();
    }
}
