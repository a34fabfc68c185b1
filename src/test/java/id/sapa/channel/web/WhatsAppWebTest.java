package id.sapa.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.sapa.shared.Role;
import id.sapa.support.Api;
import id.sapa.support.Sandbox;
import id.sapa.support.TestAccounts;
import id.sapa.support.TestAccounts.SignedIn;
import id.sapa.support.WebTestSupport;

/** The connection API and the sandbox's own rules, with their failures. */
class WhatsAppWebTest extends WebTestSupport {

    SignedIn owner;

    @BeforeEach
    void setUp() {
        owner = accounts.registerBusiness("Toko Koneksi");
    }

    @Test
    void onlyOwnersAndAdminsConnectAndDisconnect() {
        SignedIn operator = accounts.addUser(owner.tenantId(), Role.OPERATOR);

        assertThat(api.post("/api/whatsapp/connect", Map.of()).token(operator.token()).send().status()).isEqualTo(403);
        assertThat(api.delete("/api/whatsapp/disconnect").token(operator.token()).send().status()).isEqualTo(403);
        assertThat(api.get("/api/whatsapp/status").token(operator.token()).send().status()).isEqualTo(200);
    }

    @Test
    void anUnknownProviderIsRefusedNamingTheField() {
        Api.Reply reply = api.post("/api/whatsapp/connect", Map.of("provider", "telegram")).token(owner.token()).send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("provider");
    }

    @Test
    void connectingAgainWhileConnectedAnswersTheConnection() {
        String number = new Sandbox(api, owner.token()).connect();

        Api.Reply again = api.post("/api/whatsapp/connect", Map.of()).token(owner.token()).send();

        assertThat(again.json().get("status").asString()).isEqualTo("connected");
        assertThat(again.json().get("phoneNumber").asString()).isEqualTo(number);
    }

    @Test
    void disconnectingWhatIsNotConnectedIsAConflict() {
        assertThat(api.delete("/api/whatsapp/disconnect").token(owner.token()).send().status()).isEqualTo(409);
    }

    @Test
    void anExpiredQrCodeCannotBeScanned() {
        api.post("/api/whatsapp/connect", Map.of()).token(owner.token()).send();
        jdbc.sql("UPDATE channels SET qr_expires_at = now() - interval '1 second' WHERE tenant_id = ?")
                .param(owner.tenantId().value()).update();

        Api.Reply scan = api.post("/api/sandbox/scan", Map.of()).token(owner.token()).send();

        assertThat(scan.status()).isEqualTo(410);
        assertThat(scan.json().get("detail").asString()).contains("kedaluwarsa");
    }

    @Test
    void theSandboxNeedsAConnectionFirst() {
        assertThat(api.post("/api/sandbox/scan", Map.of()).token(owner.token()).send().status()).isEqualTo(409);
        api.post("/api/whatsapp/connect", Map.of()).token(owner.token()).send();

        Api.Reply early = api.post("/api/sandbox/inbound", Map.of("from", "081234567890", "text", "Halo"))
                .token(owner.token()).send();

        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("detail").asString()).contains("scan");
    }

    @Test
    void aDisconnectedNumberStopsReceivingAtOnce() {
        new Sandbox(api, owner.token()).connect();
        Map<String, String> message = Map.of("from", "081234567890", "text", "Halo");
        assertThat(api.post("/api/sandbox/inbound", message).token(owner.token()).send().status()).isEqualTo(200);

        assertThat(api.delete("/api/whatsapp/disconnect").token(owner.token()).send().status()).isEqualTo(200);

        // The channel read for the first message is remembered; the disconnect must not leave it so.
        Api.Reply after = api.post("/api/sandbox/inbound", message).token(owner.token()).send();
        assertThat(after.status()).isEqualTo(409);
        assertThat(after.json().get("detail").asString()).contains("belum terhubung");
    }

    @Test
    void whenThePhoneUnlinksTheSessionIsGoneAndSecretsWithIt() {
        new Sandbox(api, owner.token()).connect();

        assertThat(api.post("/api/sandbox/unlink", Map.of()).token(owner.token()).send().status()).isEqualTo(200);

        var status = api.get("/api/whatsapp/status").token(owner.token()).send().json();
        assertThat(status.get("status").asString()).isEqualTo("logout");
        assertThat(status.get("isOnline").asBoolean()).isFalse();
        assertThat(jdbc.sql("SELECT last_disconnected_at IS NOT NULL FROM channels WHERE tenant_id = ?")
                .param(owner.tenantId().value()).query(Boolean.class).single()).isTrue();
    }

    @Test
    void faultsAreValidated() {
        new Sandbox(api, owner.token()).connect();

        Api.Reply reply = api.post("/api/sandbox/faults", Map.of("failNext", 1, "error", "meteor")).token(owner.token()).send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("error");
    }

    @Test
    void sessionIdsAreTheTenantsOwn() {
        String mine = api.post("/api/whatsapp/connect", Map.of()).token(owner.token()).send().json().get("sessionId").asString();
        SignedIn other = accounts.registerBusiness("Toko Lain");

        String theirs = api.post("/api/whatsapp/connect", Map.of()).token(other.token()).send().json().get("sessionId").asString();

        assertThat(UUID.fromString(theirs)).isNotEqualTo(UUID.fromString(mine));
        assertThat(api.get("/api/whatsapp/status").token(other.token()).send().json().get("status").asString())
                .isEqualTo("qr_pending");
    }
}
