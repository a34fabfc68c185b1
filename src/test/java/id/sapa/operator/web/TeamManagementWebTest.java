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
    void anAdminPromotingSomeoneToOwnerIsRefusedInTheirLanguageAndNothingChanges() {
        int capacity = member(operator).get("maxConcurrentChats").asInt();

        Api.Reply refused = api.patch("/api/cs-operators/" + operator.userId(), Map.of("role", "owner",
                "maxConcurrentChats", 7)).token(admin.token()).send();
        Api.Reply inEnglish = api.patch("/api/cs-operators/" + operator.userId(), Map.of("role", "owner"))
                .header("Accept-Language", "en").token(admin.token()).send();

        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString())
                .contains("hanya pemilik yang dapat menjadikan seseorang pemilik");
        assertThat(inEnglish.json().get("detail").asString()).contains("only an owner may make someone an owner");
        assertThat(member(operator).get("role").asString()).isEqualTo("operator");
        assertThat(member(operator).get("maxConcurrentChats").asInt()).isEqualTo(capacity).isNotEqualTo(7);
    }

    @Test
    void anAdminGivesNoPermissionTheyLackButStillChangesWhatTheyMay() {
        SignedIn limited = accounts.addUser(owner.tenantId(), Role.ADMIN);
        // Before the limited admin's first request, so no earlier view of their permissions is in use.
        assertThat(api.patch("/api/cs-operators/" + limited.userId(), Map.of("permissions", Map.of("can_export", false)))
                .token(owner.token()).send().status()).isEqualTo(200);
        String path = "/api/cs-operators/" + operator.userId();

        Api.Reply flag = api.patch(path, Map.of("permissions", Map.of("can_export", true))).token(limited.token()).send();
        Api.Reply supervisor = api.patch(path, Map.of("role", "supervisor")).token(limited.token()).send();
        Api.Reply capacity = api.patch(path, Map.of("maxConcurrentChats", 6)).token(limited.token()).send();

        assertThat(flag.status()).as(flag.toString()).isEqualTo(403);
        assertThat(supervisor.status()).as(supervisor.toString()).isEqualTo(403);
        assertThat(supervisor.json().get("permissions").toString()).contains("EXPORT");
        assertThat(capacity.status()).as(capacity.toString()).isEqualTo(200);
        JsonNode member = capacity.json().get("operator");
        assertThat(member.get("role").asString()).isEqualTo("operator");
        assertThat(member.get("effectivePermissions").toString()).doesNotContain("EXPORT");
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

    private JsonNode member(SignedIn who) {
        return api.get("/api/cs-operators/" + who.userId()).token(owner.token()).send().json();
    }
}
