package id.sapa.operator.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.sapa.shared.Role;
import id.sapa.support.Api;
import id.sapa.support.TestAccounts;
import id.sapa.support.TestAccounts.SignedIn;
import id.sapa.support.WebTestSupport;
import tools.jackson.databind.JsonNode;

/** POST /api/cs-operators and POST /api/auth/accept-invite: the invitation's whole life. */
class InvitationWebTest extends WebTestSupport {

    SignedIn owner;

    @BeforeEach
    void business() {
        owner = accounts.registerBusiness("Toko Undangan");
    }

    @Test
    void anInvitedMemberChoosesAPasswordOnceAndIsSignedIn() {
        String email = TestAccounts.uniqueEmail("dewi");
        Api.Reply invited = invite(owner, email, "operator", Map.of("maxConcurrentChats", 4,
                "workingHours", Map.of("monday", Map.of("start", "09:00", "end", "17:00")),
                "permissions", Map.of("can_assign_chats", true)));

        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        JsonNode operator = invited.json().get("operator");
        assertThat(invited.json().get("success").asBoolean()).isTrue();
        assertThat(operator.get("role").asString()).isEqualTo("operator");
        assertThat(operator.get("status").asString()).isEqualTo("offline");
        assertThat(operator.get("maxConcurrentChats").asInt()).isEqualTo(4);
        assertThat(operator.get("currentChatCount").asInt()).isZero();
        assertThat(operator.get("activated").asBoolean()).isFalse();
        assertThat(operator.get("permissions").get("can_assign_chats").asBoolean()).isTrue();
        assertThat(operator.get("effectivePermissions").toString()).contains("ASSIGN_CHATS");
        String link = invited.json().get("inviteLink").asString();
        assertThat(link).startsWith("http://localhost:5173/accept-invite?token=");
        String token = link.substring(link.indexOf("token=") + 6);
        assertThat(login(email).status()).isEqualTo(401);

        Api.Reply accepted = accept(token);
        Api.Reply again = accept(token);

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().get("user").get("email").asString()).isEqualTo(email);
        assertThat(accepted.json().get("tenant").get("id").asString()).isEqualTo(owner.tenantId().toString());
        assertThat(api.get("/api/auth/me").token(accepted.json().get("accessToken").asString()).send().status())
                .isEqualTo(200);
        assertThat(again.status()).isEqualTo(410);
        assertThat(login(email).status()).isEqualTo(200);
    }

    @Test
    void unknownExpiredAndReplacedTokensAreRefused() {
        String email = TestAccounts.uniqueEmail("eko");
        Api.Reply first = invite(owner, email, "supervisor", Map.of());
        String firstToken = token(first);
        String id = first.json().get("operator").get("id").asString();

        Api.Reply second = api.post("/api/cs-operators/" + id + "/invite", Map.of()).token(owner.token()).send();
        assertThat(second.status()).isEqualTo(200);

        assertThat(accept("not-a-real-token").status()).isEqualTo(400);
        assertThat(accept(firstToken).status()).isEqualTo(410);

        String secondToken = token(second);
        jdbc.sql("UPDATE operator_invitations SET expires_at = now() - interval '1 minute' WHERE user_id = ? AND used_at IS NULL")
                .param(java.util.UUID.fromString(id)).update();
        Api.Reply expired = accept(secondToken);
        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.json().get("detail").asString()).contains("kedaluwarsa");
        assertThat(login(email).status()).isEqualTo(401);
    }

    @Test
    void withoutARoleTheInvitedMemberIsAnOperator() {
        String missing = TestAccounts.uniqueEmail("rina");
        String nulled = TestAccounts.uniqueEmail("rudi");
        Map<String, Object> nullRole = new HashMap<>(Map.of("name", "Rudi", "email", nulled));
        nullRole.put("role", null);

        Api.Reply withoutRole = api.post("/api/cs-operators", Map.of("name", "Rina", "email", missing))
                .token(owner.token()).send();
        Api.Reply withNullRole = api.post("/api/cs-operators", nullRole).token(owner.token()).send();

        assertThat(withoutRole.status()).as(withoutRole.toString()).isEqualTo(201);
        assertThat(withNullRole.status()).as(withNullRole.toString()).isEqualTo(201);
        assertThat(member(missing).get("role").asString()).isEqualTo("operator");
        assertThat(member(nulled).get("role").asString()).isEqualTo("operator");
    }

    @Test
    void anAdminAskingForAnOwnerIsRefusedInTheirLanguageAndNobodyIsAdded() {
        SignedIn admin = accounts.addUser(owner.tenantId(), Role.ADMIN);
        String email = TestAccounts.uniqueEmail("calon");

        Api.Reply refused = invite(admin, email, "owner", Map.of());
        Api.Reply inEnglish = api.post("/api/cs-operators", Map.of("name", "Dewi", "email", email, "role", "owner"))
                .header("Accept-Language", "en-US,en;q=0.9").token(admin.token()).send();

        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asString()).isEqualTo("https://sapa.id/problems/forbidden");
        assertThat(refused.json().get("detail").asString())
                .contains("hanya pemilik yang dapat menjadikan seseorang pemilik");
        assertThat(inEnglish.status()).isEqualTo(403);
        assertThat(inEnglish.json().get("detail").asString()).contains("only an owner may make someone an owner");
        assertThat(emails()).doesNotContain(email);
    }

    @Test
    void anOwnerMakesAnOwnerByAskingForOne() {
        String email = TestAccounts.uniqueEmail("rekan");

        Api.Reply invited = invite(owner, email, "owner", Map.of());

        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        assertThat(member(email).get("role").asString()).isEqualTo("owner");
    }

    @Test
    void supervisorsAndOperatorsInviteNobody() {
        SignedIn supervisor = accounts.addUser(owner.tenantId(), Role.SUPERVISOR);
        SignedIn operator = accounts.addUser(owner.tenantId(), Role.OPERATOR);

        for (SignedIn who : new SignedIn[] {supervisor, operator}) {
            Api.Reply asOperator = invite(who, TestAccounts.uniqueEmail("b"), "operator", Map.of());
            Api.Reply withoutRole = api.post("/api/cs-operators", Map.of("name", "Budi",
                    "email", TestAccounts.uniqueEmail("c"))).token(who.token()).send();

            assertThat(asOperator.status()).as(asOperator.toString()).isEqualTo(403);
            assertThat(withoutRole.status()).as(withoutRole.toString()).isEqualTo(403);
            assertThat(asOperator.contentType()).startsWith("application/problem+json");
        }
        assertThat(emails()).hasSize(3);
    }

    @Test
    void anAdminInvitesUpToTheirOwnRoleAndGrantsNoPermissionTheyLack() {
        SignedIn admin = accounts.addUser(owner.tenantId(), Role.ADMIN);
        SignedIn limited = accounts.addUser(owner.tenantId(), Role.ADMIN);
        // Before the limited admin's first request, so no earlier view of their permissions is in use.
        assertThat(api.patch("/api/cs-operators/" + limited.userId(), Map.of("permissions", Map.of("can_export", false)))
                .token(owner.token()).send().status()).isEqualTo(200);

        assertThat(invite(admin, TestAccounts.uniqueEmail("a"), "admin", Map.of()).status()).isEqualTo(201);
        Api.Reply exporter = invite(limited, TestAccounts.uniqueEmail("d"), "operator",
                Map.of("permissions", Map.of("can_export", true)));
        Api.Reply fullAdmin = invite(limited, TestAccounts.uniqueEmail("e"), "admin", Map.of());
        Api.Reply plainOperator = invite(limited, TestAccounts.uniqueEmail("f"), "operator", Map.of());

        assertThat(exporter.status()).as(exporter.toString()).isEqualTo(403);
        assertThat(exporter.json().get("permissions").toString()).isEqualTo("[\"EXPORT\"]");
        assertThat(exporter.json().get("detail").asString()).contains("EXPORT");
        assertThat(fullAdmin.status()).as(fullAdmin.toString()).isEqualTo(403);
        assertThat(plainOperator.status()).as(plainOperator.toString()).isEqualTo(201);
    }

    @Test
    void badInvitationsNameTheirField() {
        assertThat(invite(owner, owner.email(), "operator", Map.of()).status()).isEqualTo(409);
        assertThat(field(invite(owner, TestAccounts.uniqueEmail("f"), "operator", Map.of("maxConcurrentChats", 0))))
                .isEqualTo("maxConcurrentChats");
        assertThat(field(invite(owner, TestAccounts.uniqueEmail("g"), "operator",
                Map.of("permissions", Map.of("can_be_admin", true))))).isEqualTo("permissions");
        assertThat(field(invite(owner, TestAccounts.uniqueEmail("h"), "operator",
                Map.of("workingHours", Map.of("monday", Map.of("start", "17:00", "end", "09:00")))))).isEqualTo("workingHours");
        assertThat(invite(owner, "not-an-email", "operator", Map.of()).status()).isEqualTo(400);
    }

    private Api.Reply invite(SignedIn who, String email, String role, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("name", "Dewi");
        body.put("email", email);
        body.put("role", role);
        return api.post("/api/cs-operators", body).token(who.token()).send();
    }

    /** The member with this e-mail, read back from the team list. */
    private JsonNode member(String email) {
        for (JsonNode member : api.get("/api/cs-operators").token(owner.token()).send().json().get("operators")) {
            if (member.get("email").asString().equals(email)) {
                return member;
            }
        }
        throw new AssertionError(email + " is not in the team");
    }

    private List<String> emails() {
        List<String> emails = new ArrayList<>();
        api.get("/api/cs-operators").token(owner.token()).send().json().get("operators")
                .forEach(member -> emails.add(member.get("email").asString()));
        return emails;
    }

    private Api.Reply accept(String token) {
        return api.post("/api/auth/accept-invite", Map.of("token", token, "password", "sandi-rahasia-baru")).send();
    }

    private Api.Reply login(String email) {
        return api.post("/api/auth/login", Map.of("email", email, "password", "sandi-rahasia-baru")).send();
    }

    private static String token(Api.Reply invited) {
        String link = invited.json().get("inviteLink").asString();
        return link.substring(link.indexOf("token=") + 6);
    }

    private static String field(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        return reply.json().get("errors").get(0).get("field").asString();
    }
}
