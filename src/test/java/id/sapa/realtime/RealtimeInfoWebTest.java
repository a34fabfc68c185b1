package id.sapa.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import id.sapa.support.Api;
import id.sapa.support.TestAccounts.SignedIn;
import id.sapa.support.WebTestSupport;

/** The web app asks where the Socket.IO server listens: on its own port, random in tests. */
class RealtimeInfoWebTest extends WebTestSupport {

    @Autowired
    RealtimeServer server;

    @Test
    void aSignedInClientLearnsTheSocketIoPort() {
        SignedIn owner = accounts.registerBusiness("Toko Soket");

        Api.Reply reply = api.get("/api/realtime").token(owner.token()).send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("enabled").asBoolean()).isTrue();
        assertThat(reply.json().get("port").asInt()).isEqualTo(server.port()).isPositive();
    }

    @Test
    void anonymousCallersAreRefused() {
        assertThat(api.get("/api/realtime").send().status()).isEqualTo(401);
    }
}
