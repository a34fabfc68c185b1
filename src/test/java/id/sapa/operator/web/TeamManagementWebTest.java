package id.sapa.operator.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.sapa.conversation.InboxFixtures;
import id.sapa.shared.Role;
import id.sapa.support.Api;
import id.sapa.support.TestAccounts.SignedIn;
import id.sapa.support.WebTestSupport;
import tools.jackson.databind.JsonNode;

/** GET/PATCH/DELETE /api/cs-operators/:id: who changes whom, the last owner, permission flags. */
class TeamManagementWebTest extends WebTestSupport {

    @Autowired
    InboxFixtures inbox;

    SignedIn owner;
    SignedIn admin;
    SignedIn operator;

    @BeforeEach
    void team() {
        owner = accounts.registerBusiness("Toko Tim");
        admin = accounts.addUser(owner.tenantId(), Role.ADMIN);
        operator = accounts.addUser(owner.tenantId(), Role.OPERATOR);
    }

    @Test
    void theListHasTheSeedShape() {
        JsonNode list = api.get("/api/cs-operators").token(operator.token()).send().json().get("operators");

        assertThat(list.size()).isEqualTo(3);
        JsonNode first = list.get(0);
        for (String field : new String[] {"id", "name", "email", "role", "status", "currentChatCount",
                "maxConcurrentChats", "totalChatsHandled", "averageResponseTime", "lastSeenAt"}) {
            assertThat(first.has(field)).as(field).isTrue();
        }
    }

    @Test
    void anAdminChangesAMembersRoleCapacityAndFlags() {
        Api.Reply changed = api.patch("/api/cs-operators/" + operator.userId(), Map.of("role", "supervisor",
                "maxConcurrentChats", 3, "permissions", Map.of("can_export", false), "name", "Sari"))
                .token(admin.token()).send();

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        JsonNode member = changed.json().get("operator");
        assertThat(member.get("role").asString()).isEqualTo("supervisor");
        assertThat(member.get("name").asString()).isEqualTo("Sari");
        assertThat(member.get("maxConcurrentChats").asInt()).isEqualTo(3);
        assertThat(member.get("effectivePermissions").toString()).contains("ASSIGN_CHATS").doesNotContain("EXPORT");
    }

    @Test
    void operatorsAndSupervisorsCannotManageTheTeam() {
        SignedIn supervisor = accounts.addUser(owner.tenantId(), Role.SUPERVISOR);

        assertThat(api.patch("/api/cs-operators/" + operator.userId(), Map.of("maxConcurrentChats", 50))
                .token(operator.token()).send().status()).isEqualTo(403);
        assertThat(api.patch("/api/cs-operators/" + operator.userId(), Map.of("role", "admin"))
                .token(supervisor.token()).send().status()).isEqualTo(403);
        assertThat(api.delete("/api/cs-operators/" + admin.userId()).token(supervisor.token()).send().status())
                .isEqualTo(403);
    }

    @Test
    void anAdminCannotTouchAnOwnerNorMakeOne() {
        assertThat(api.patch("/api/cs-operators/" + owner.userId(), Map.of("role", "operator")).token(admin.token())
                .send().status()).isEqualTo(403);
        assertThat(api.delete("/api/cs-operators/" + owner.userId()).token(admin.token()).send().status()).isEqualTo(403);
        assertThat(api.patch("/api/cs-operators/" + operator.userId(), Map.of("role", "owner")).token(admin.token())
                .send().status()).isEqualTo(403);
    }

    @Test
    void theLastOwnerCannotBeRemovedOrDemotedButOneOfTwoCan() {
        Api.Reply demote = api.patch("/api/cs-operators/" + owner.userId(), Map.of("role", "admin")).token(owner.token()).send();
        Api.Reply remove = api.delete("/api/cs-operators/" + owner.userId()).token(owner.token()).send();

        assertThat(demote.status()).isEqualTo(409);
        assertThat(remove.status()).isEqualTo(409);

        assertThat(api.patch("/api/cs-operators/" + admin.userId(), Map.of("role", "owner")).token(owner.token()).send()
                .status()).isEqualTo(200);
        assertThat(api.patch("/api/cs-operators/" + owner.userId(), Map.of("role", "admin")).token(owner.token()).send()
                .status()).isEqualTo(200);
        assertThat(api.delete("/api/cs-operators/" + admin.userId()).token(admin.token()).send().status()).isEqualTo(409);
    }

    @Test
    void removingAMemberUnassignsTheirConversationsAndEndsTheirAccess() {
        var conversation = inbox.customerWrites(owner.tenantId(), "081355500011", "Budi", "Halo", Instant.now());
        api.post("/api/conversations/" + conversation + "/assign", Map.of("csOperatorId", operator.userId()))
                .token(owner.token()).send();

        Api.Reply removed = api.delete("/api/cs-operators/" + operator.userId()).token(admin.token()).send();

        assertThat(removed.status()).isEqualTo(204);
        assertThat(jdbc.sql("SELECT assigned_cs_id FROM conversations WHERE id = ?").param(conversation.value())
                .query().singleRow().get("assigned_cs_id")).isNull();
        assertThat(api.get("/api/cs-operators/" + operator.userId()).token(owner.token()).send().status()).isEqualTo(404);
    }

    @Test
    void aFlagLetsAnOperatorAssignOthers() {
        SignedIn colleague = accounts.addUser(owner.tenantId(), Role.OPERATOR);
        var conversation = inbox.customerWrites(owner.tenantId(), "081355500012", "Ani", "Halo", Instant.now());
        String path = "/api/conversations/" + conversation + "/assign";

        assertThat(api.post(path, Map.of("csOperatorId", colleague.userId())).token(operator.token()).send().status())
                .isEqualTo(403);
        api.patch("/api/cs-operators/" + operator.userId(), Map.of("permissions", Map.of("can_assign_chats", true)))
                .token(owner.token()).send();

        // The role and flags are re-read within a few seconds of a change.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).until(() ->
                api.post(path, Map.of("csOperatorId", colleague.userId())).token(operator.token()).send().status() == 200);
    }

    @Test
    void anotherBusinessesMemberIsNotFound() {
        SignedIn stranger = accounts.registerBusiness("Toko Asing");

        assertThat(api.get("/api/cs-operators/" + operator.userId()).token(stranger.token()).send().status()).isEqualTo(404);
        assertThat(api.patch("/api/cs-operators/" + operator.userId(), Map.of("name", "x")).token(stranger.token()).send()
                .status()).isEqualTo(404);
        assertThat(api.delete("/api/cs-operators/" + operator.userId()).token(stranger.token()).send().status())
                .isEqualTo(404);
        assertThat(api.delete("/api/cs-operators/" + UUID.randomUUID()).token(owner.token()).send().status()).isEqualTo(404);
    }
}
