package id.sapa.contact.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import id.sapa.shared.Role;
import id.sapa.support.Api;
import id.sapa.support.TestAccounts.SignedIn;
import id.sapa.support.WebTestSupport;
import tools.jackson.databind.JsonNode;

/**
 * Who may do what with contacts: viewers read, operators edit, supervisors and up also block and
 * delete; and another business reaches none of them, not even by id.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContactAccessWebTest extends WebTestSupport {

    final Map<Role, SignedIn> team = new EnumMap<>(Role.class);
    SignedIn otherOwner;
    final AtomicInteger phones = new AtomicInteger();

    @BeforeAll
    void createBusinesses() {
        SignedIn owner = accounts.registerBusiness("Toko Akses A");
        team.put(Role.OWNER, owner);
        for (Role role : new Role[] {Role.ADMIN, Role.SUPERVISOR, Role.OPERATOR, Role.VIEWER}) {
            team.put(role, accounts.addUser(owner.tenantId(), role));
        }
        otherOwner = accounts.registerBusiness("Toko Akses B");
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyoneReadsButViewersChangeNothing(Role role) {
        String token = team.get(role).token();
        String id = newContact();
        boolean writes = role != Role.VIEWER;

        assertThat(api.get("/api/contacts").token(token).send().status()).isEqualTo(200);
        assertThat(api.get("/api/contacts/" + id).token(token).send().status()).isEqualTo(200);
        assertThat(api.post("/api/contacts", Map.of("phone", uniquePhone())).token(token).send().status())
                .isEqualTo(writes ? 201 : 403);
        assertThat(api.patch("/api/contacts/" + id, Map.of("name", "Renamed")).token(token).send().status())
                .isEqualTo(writes ? 200 : 403);
        assertThat(api.post("/api/contacts/" + id + "/tags", Map.of("tags", List.of("vip"))).token(token).send()
                .status()).isEqualTo(writes ? 200 : 403);
        assertThat(api.post("/api/contacts/" + id + "/opt-out", null).token(token).send().status())
                .isEqualTo(writes ? 200 : 403);
        assertThat(api.post("/api/contacts/" + id + "/opt-in", null).token(token).send().status())
                .isEqualTo(writes ? 200 : 403);
        String customerId = "ACCESS-" + phones.incrementAndGet();
        assertThat(api.put("/api/contacts/by-customer-id/" + customerId, Map.of("phone", uniquePhone())).token(token)
                .send().status()).isEqualTo(writes ? 201 : 403);
        assertThat(api.get("/api/contacts/by-customer-id/" + customerId).token(token).send().status())
                .isEqualTo(writes ? 200 : 404);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void onlySupervisorsAndUpBlockUnblockAndDelete(Role role) {
        String token = team.get(role).token();
        String id = newContact();
        boolean supervises = role == Role.OWNER || role == Role.ADMIN || role == Role.SUPERVISOR;
        int allowedOr403 = supervises ? 200 : 403;

        Api.Reply block = api.post("/api/contacts/" + id + "/block", Map.of("reason", "spam")).token(token).send();
        assertThat(block.status()).isEqualTo(allowedOr403);
        if (!supervises) {
            assertThat(block.json().get("type").asString()).endsWith("/forbidden");
        }
        assertThat(api.post("/api/contacts/" + id + "/unblock", null).token(token).send().status())
                .isEqualTo(allowedOr403);
        assertThat(api.delete("/api/contacts/" + id).token(token).send().status()).isEqualTo(supervises ? 204 : 403);
        assertThat(api.get("/api/contacts/" + id).token(team.get(Role.OWNER).token()).send().status())
                .isEqualTo(supervises ? 404 : 200);
    }

    @Test
    void withoutATokenNothingIsShown() {
        assertThat(api.get("/api/contacts").send().status()).isEqualTo(401);
        assertThat(api.post("/api/contacts", Map.of("phone", uniquePhone())).send().status()).isEqualTo(401);
    }

    @Test
    void anotherBusinessGetsNotFoundOnEveryRouteAndChangesNothing() {
        String id = newContact();
        JsonNode before = api.get("/api/contacts/" + id).token(team.get(Role.OWNER).token()).send().json();
        String path = "/api/contacts/" + id;
        String token = otherOwner.token();

        List<Api.Reply> replies = List.of(
                api.get(path).token(token).send(),
                api.patch(path, Map.of("name", "Hijacked")).token(token).send(),
                api.post(path + "/tags", Map.of("tags", List.of("stolen"))).token(token).send(),
                api.post(path + "/block", Map.of("reason", "mine now")).token(token).send(),
                api.post(path + "/unblock", null).token(token).send(),
                api.post(path + "/opt-out", null).token(token).send(),
                api.post(path + "/opt-in", null).token(token).send(),
                api.get("/api/contacts/by-customer-id/" + before.get("customerId").asString()).token(token).send(),
                api.delete(path).token(token).send());

        assertThat(replies).allSatisfy(reply -> {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
            assertThat(reply.json().get("type").asString()).endsWith("/not-found");
            assertThat(reply.body()).doesNotContain(before.get("phone").asString());
        });
        assertThat(api.get(path).token(team.get(Role.OWNER).token()).send().json()).isEqualTo(before);
    }

    @Test
    void anotherBusinessNeverListsOrFindsTheseContacts() {
        String id = newContact();
        String phone = api.get("/api/contacts/" + id).token(team.get(Role.OWNER).token()).send().json().get("phone")
                .asString();
        ContactApi other = new ContactApi(api, otherOwner.token());

        assertThat(other.list("limit=100").json().get("data").valueStream().map(c -> c.get("id").asString()))
                .doesNotContain(id);
        assertThat(other.list("search=" + phone.substring(1)).json().get("meta").get("total").asLong()).isZero();
        assertThat(other.list("search=Pelanggan").json().get("meta").get("total").asLong()).isZero();
    }

    /** A contact of business A, with a number and a customer id no other test uses. */
    private String newContact() {
        String phone = uniquePhone();
        return new ContactApi(api, team.get(Role.OWNER).token())
                .create(Map.of("phone", phone, "name", "Pelanggan A", "customerId", "A-" + phone)).get("id").asString();
    }

    /** Indonesian mobile numbers 0812 7xxx xxxx, one per call. */
    private String uniquePhone() {
        return "08127" + String.format("%07d", phones.incrementAndGet());
    }
}
