package id.sapa.auth.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import id.sapa.shared.Role;
import id.sapa.support.Api;
import id.sapa.support.TestAccounts.SignedIn;
import id.sapa.support.WebTestSupport;

/** One business with a user of every role, each calling what its role may and may not do. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleBoundariesWebTest extends WebTestSupport {

    final Map<Role, SignedIn> users = new EnumMap<>(Role.class);

    @BeforeAll
    void createTeam() {
        SignedIn owner = accounts.registerBusiness("Toko Peran");
        users.put(Role.OWNER, owner);
        for (Role role : new Role[] {Role.ADMIN, Role.SUPERVISOR, Role.OPERATOR, Role.VIEWER}) {
            users.put(role, accounts.addUser(owner.tenantId(), role));
        }
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleReadsTheTenantAndTheTeam(Role role) {
        String token = users.get(role).token();

        assertThat(api.get("/api/tenant").token(token).send().status()).isEqualTo(200);
        assertThat(api.get("/api/cs-operators").token(token).send().json().get("operators").size()).isEqualTo(5);
        assertThat(api.get("/api/auth/me").token(token).send().json().get("user").get("role").asString())
                .isEqualTo(role.code());
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void onlyOwnersAndAdminsChangeTenantSettings(Role role) {
        Api.Reply reply = api.patch("/api/tenant", Map.of("timezone", "Asia/Makassar")).token(users.get(role).token())
                .send();

        boolean allowed = role == Role.OWNER || role == Role.ADMIN;
        assertThat(reply.status()).isEqualTo(allowed ? 200 : 403);
        if (!allowed) {
            assertThat(reply.json().get("type").asString()).endsWith("/forbidden");
        }
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyoneButViewersSetsTheirOwnStatus(Role role) {
        SignedIn user = users.get(role);

        Api.Reply reply = api.patch("/api/cs-operators/" + user.userId() + "/status", Map.of("status", "online"))
                .token(user.token()).send();

        assertThat(reply.status()).isEqualTo(role == Role.VIEWER ? 403 : 200);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void onlyUserManagersSetSomeoneElsesStatus(Role role) {
        SignedIn target = users.get(role == Role.OPERATOR ? Role.SUPERVISOR : Role.OPERATOR);

        Api.Reply reply = api.patch("/api/cs-operators/" + target.userId() + "/status", Map.of("status", "away"))
                .token(users.get(role).token()).send();

        boolean allowed = role == Role.OWNER || role == Role.ADMIN;
        assertThat(reply.status()).isEqualTo(allowed ? 200 : 403);
    }
}
