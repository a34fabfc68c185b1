package id.sapa.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import id.sapa.operator.Operators;
import id.sapa.support.Api;
import id.sapa.support.TestAccounts;
import id.sapa.support.TestAccounts.SignedIn;
import id.sapa.support.WebIntegrationTest;

/** Only a valid access token opens a socket, and only from an allowed browser origin. */
@WebIntegrationTest
class SocketHandshakeIntegrationTest {

    /** The test profile's {@code sapa.auth.frontend-urls}. */
    private static final String FRONTEND = "http://localhost:5173";

    @LocalServerPort
    int port;
    @Autowired
    RealtimeServer realtime;
    @Autowired
    Operators operators;
    @Autowired
    PasswordEncoder passwords;

    SignedIn owner;
    final List<NodeSocketClient> clients = new ArrayList<>();

    @BeforeEach
    void setUp() {
        owner = new TestAccounts(new Api(port), operators, passwords).registerBusiness("Toko Handshake");
    }

    @AfterEach
    void closeClients() {
        clients.forEach(NodeSocketClient::close);
    }

    @Test
    void theAuthPayloadTokenOpensASocket() {
        client("/messages", Map.of("auth", Map.of("token", owner.token()))).awaitConnected();
    }

    @Test
    void aQueryTokenOrABearerHeaderOpensASocketToo() {
        client("/whatsapp", Map.of("query", Map.of("token", owner.token()))).awaitConnected();
        client("/messages", Map.of("extraHeaders", Map.of("Authorization", "Bearer " + owner.token()))).awaitConnected();
    }

    @Test
    void aSocketWithoutATokenIsRefused() {
        assertThat(client("/messages", Map.of()).awaitRefused()).isEqualTo(SocketAuthentication.AUTHENTICATION_REQUIRED);
        assertThat(client("/whatsapp", Map.of("auth", Map.of())).awaitRefused())
                .isEqualTo(SocketAuthentication.AUTHENTICATION_REQUIRED);
    }

    @Test
    void aSocketWithABadTokenIsRefused() {
        assertThat(client("/messages", Map.of("auth", Map.of("token", "not-a-token"))).awaitRefused())
                .isEqualTo(SocketAuthentication.INVALID_TOKEN);
        String forged = owner.token().substring(0, owner.token().length() - 4) + "AAAA";
        assertThat(client("/messages", Map.of("auth", Map.of("token", forged))).awaitRefused())
                .isEqualTo(SocketAuthentication.INVALID_TOKEN);
        // A bad token in the query is refused at the Engine.IO handshake already, before any namespace.
        client("/whatsapp", Map.of("query", Map.of("token", forged))).awaitRefused();
    }

    @Test
    void aBrowserPageFromAnotherOriginCannotOpenASocket() {
        Api socketIo = new Api(realtime.port());
        String handshake = "/socket.io/?EIO=4&transport=polling&token=" + owner.token();

        assertThat(socketIo.get(handshake).header("Origin", "https://evil.example").send().status()).isEqualTo(401);
        Api.Reply allowed = socketIo.get(handshake).header("Origin", FRONTEND).send();
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo(FRONTEND);
    }

    private NodeSocketClient client(String namespace, Map<String, ?> options) {
        NodeSocketClient client = NodeSocketClient.connect("http://localhost:" + realtime.port() + namespace, options);
        clients.add(client);
        return client;
    }
}
