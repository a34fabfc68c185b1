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

/**
 * A forgotten password without an e-mail server (a reset link an owner or admin issues), one's own
 * password change, and signing out on every device: each ends the earlier sessions.
 */
class PasswordResetWebTest extends WebTestSupport {

    private static final String NEW_PASSWORD = "sandi-baru-yang-panjang";

    SignedIn owner;
    SignedIn operator;

    @BeforeEach
    void team() {
        owner = accounts.registerBusiness("Toko Sandi");
        operator = accounts.addUser(owner.tenantId(), Role.OPERATOR);
    }

    private Api.Reply me(String token) {
        return api.get("/api/auth/me").token(token).send();
    }

    private Api.Reply login(SignedIn who, String password) {
        return api.post("/api/auth/login", Map.of("email", who.email(), "password", password)).send();
    }

    private String tokenOf(String resetLink) {
        return resetLink.substring(resetLink.indexOf("token=") + "token=".length());
    }

    @Test
    void aResetLinkSetsANewPasswordOnceAndEndsEveryEarlierSession() {
        Api.Reply issued = api.post("/api/cs-operators/" + operator.userId() + "/password-reset", Map.of())
                .token(owner.token()).send();
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        String link = issued.json().get("resetLink").asString();
        assertThat(link).contains("/reset-password?token=");
        assertThat(me(operator.token()).status()).isEqualTo(200);

        Api.Reply reset = api.post("/api/auth/reset-password", Map.of("token", tokenOf(link), "password", NEW_PASSWORD)).send();

        assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
        assertThat(me(reset.json().get("accessToken").asString()).status()).isEqualTo(200);
        assertThat(me(operator.token()).status()).isEqualTo(401);
        assertThat(login(operator, TestAccounts.PASSWORD).status()).isEqualTo(401);
        assertThat(login(operator, NEW_PASSWORD).status()).isEqualTo(200);
        Api.Reply again = api.post("/api/auth/reset-password", Map.of("token", tokenOf(link), "password", "lagi-lagi-sandi")).send();
        assertThat(again.status()).isEqualTo(410);
        Api.Reply unknown = api.post("/api/auth/reset-password", Map.of("token", "nope", "password", NEW_PASSWORD)).send();
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("token");
        // Opened on the server itself, the link lands on the web app's new-password page.
        Api.Reply opened = api.get("/reset-password?token=abc").send();
        assertThat(opened.status()).isEqualTo(302);
        assertThat(opened.header("Location")).endsWith("#/reset?token=abc");
    }

    @Test
    void aNewerLinkReplacesTheOlderAndOnlyWhoManagesTheMemberIssuesOne() {
        String first = api.post("/api/cs-operators/" + operator.userId() + "/password-reset", Map.of()).token(owner.token())
                .send().json().get("resetLink").asString();
        api.post("/api/cs-operators/" + operator.userId() + "/password-reset", Map.of()).token(owner.token()).send();
        SignedIn admin = accounts.addUser(owner.tenantId(), Role.ADMIN);
        SignedIn stranger = accounts.registerBusiness("Toko Lain");

        assertThat(api.post("/api/auth/reset-password", Map.of("token", tokenOf(first), "password", NEW_PASSWORD)).send()
                .status()).isEqualTo(410);
        assertThat(api.post("/api/cs-operators/" + owner.userId() + "/password-reset", Map.of()).token(admin.token()).send()
                .status()).isEqualTo(403);
        assertThat(api.post("/api/cs-operators/" + owner.userId() + "/password-reset", Map.of()).token(operator.token()).send()
                .status()).isEqualTo(403);
        assertThat(api.post("/api/cs-operators/" + operator.userId() + "/password-reset", Map.of()).token(stranger.token())
                .send().status()).isEqualTo(404);
        String invited = api.post("/api/cs-operators", Map.of("name", "Baru", "email", TestAccounts.uniqueEmail("baru")))
                .token(owner.token()).send().json().get("operator").get("id").asString();
        assertThat(api.post("/api/cs-operators/" + invited + "/password-reset", Map.of()).token(owner.token()).send()
                .status()).isEqualTo(409);
    }

    @Test
    void changingOnesOwnPasswordNeedsTheCurrentOneAndSignsOutTheOtherDevices() {
        SignedIn viewer = accounts.addUser(owner.tenantId(), Role.VIEWER);
        String otherDevice = login(viewer, TestAccounts.PASSWORD).json().get("accessToken").asString();

        Api.Reply wrong = api.post("/api/auth/change-password",
                Map.of("currentPassword", "bukan-ini", "newPassword", NEW_PASSWORD)).token(viewer.token()).send();
        Api.Reply changed = api.post("/api/auth/change-password",
                Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword", NEW_PASSWORD)).token(viewer.token()).send();

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("errors").get(0).get("field").asString()).isEqualTo("currentPassword");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(me(changed.json().get("accessToken").asString()).status()).isEqualTo(200);
        assertThat(me(otherDevice).status()).isEqualTo(401);
        assertThat(me(viewer.token()).status()).isEqualTo(401);
        assertThat(login(viewer, NEW_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void signingOutEverywhereEndsEverySessionThisOneToo() {
        String otherDevice = login(operator, TestAccounts.PASSWORD).json().get("accessToken").asString();

        Api.Reply out = api.post("/api/auth/logout-all", Map.of()).token(operator.token()).send();

        assertThat(out.status()).isEqualTo(204);
        assertThat(me(operator.token()).status()).isEqualTo(401);
        assertThat(me(otherDevice).status()).isEqualTo(401);
        assertThat(me(login(operator, TestAccounts.PASSWORD).json().get("accessToken").asString()).status()).isEqualTo(200);
        assertThat(me(owner.token()).status()).isEqualTo(200);
    }

    @Test
    void everyMemberChangesTheirOwnNameAViewerToo() {
        SignedIn viewer = accounts.addUser(owner.tenantId(), Role.VIEWER);

        Api.Reply renamed = api.patch("/api/auth/me", Map.of("name", "  Rina Wijaya ")).token(viewer.token()).send();
        Api.Reply blank = api.patch("/api/auth/me", Map.of("name", " ")).token(viewer.token()).send();

        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.json().get("user").get("name").asString()).isEqualTo("Rina Wijaya");
        assertThat(renamed.json().get("user").get("role").asString()).isEqualTo("viewer");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
    }
}
