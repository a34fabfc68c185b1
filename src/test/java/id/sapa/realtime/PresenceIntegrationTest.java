package id.sapa.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import id.sapa.conversation.InboxFixtures;
import id.sapa.operator.Operators;
import id.sapa.shared.ConversationId;
import id.sapa.shared.Role;
import id.sapa.support.Api;
import id.sapa.support.TestAccounts;
import id.sapa.support.TestAccounts.SignedIn;
import id.sapa.support.WebIntegrationTest;

/**
 * Presence from open inbox sockets, pushed to the team as {@code cs-status-changed}; handovers as
 * {@code conversation-assigned}, notes as {@code internal-note-added}, all to the tenant only.
 */
@WebIntegrationTest
class PresenceIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @LocalServerPort
    int port;
    @Autowired
    RealtimeServer realtime;
    @Autowired
    PresenceTracker presenceTracker;
    @Autowired
    Operators operators;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    InboxFixtures inbox;

    Api api;
    SignedIn owner;
    SignedIn operator;
    SignedIn stranger;
    final List<NodeSocketClient> clients = new ArrayList<>();

    @BeforeEach
    void setUp() {
        api = new Api(port);
        TestAccounts accounts = new TestAccounts(api, operators, passwords);
        owner = accounts.registerBusiness("Toko Hadir");
        operator = accounts.addUser(owner.tenantId(), Role.OPERATOR);
        stranger = accounts.registerBusiness("Toko Lain");
    }

    @AfterEach
    void closeClients() {
        clients.forEach(NodeSocketClient::close);
    }

    @Test
    void openingTheInboxPutsAnOperatorOnlineAndTheTeamSeesIt() {
        NodeSocketClient team = connect(owner);
        NodeSocketClient otherBusiness = connect(stranger);

        NodeSocketClient operatorsInbox = connect(operator);

        await().atMost(WAIT).until(() -> "online".equals(status(operator)));
        var changed = team.awaitEvent("cs-status-changed", e -> operator.userId().equals(e.get("csOperatorId").asString()));
        assertThat(changed.get("status").asString()).isEqualTo("online");
        assertThat(changed.get("lastSeenAt").asString()).isNotBlank();
        assertThat(operatorsInbox).isNotNull();
        // The other business hears only about its own people (its owner came online too).
        assertThat(otherBusiness.events("cs-status-changed"))
                .allSatisfy(e -> assertThat(e.get("csOperatorId").asString()).isEqualTo(stranger.userId()));
    }

    @Test
    void aConnectedOperatorStaysOnlineAndOneWithoutConnectionGoesOffline() {
        NodeSocketClient team = connect(owner);
        NodeSocketClient operatorsInbox = connect(operator);
        await().atMost(WAIT).until(() -> "online".equals(status(operator)));

        backdateLastSeen(operator);
        // A check run now, in this thread: it reports the open socket before it looks for absent users.
        presenceTracker.check();
        assertThat(status(operator)).isEqualTo("online");

        operatorsInbox.close();
        clients.remove(operatorsInbox);
        backdateLastSeen(operator);

        await().atMost(WAIT).until(() -> "offline".equals(status(operator)));
        team.awaitEvent("cs-status-changed", e -> operator.userId().equals(e.get("csOperatorId").asString())
                && "offline".equals(e.get("status").asString()));
    }

    @Test
    void connectingKeepsAChosenAwayStatus() {
        api.patch("/api/cs-operators/" + operator.userId() + "/status", Map.of("status", "away")).token(operator.token())
                .send();
        connect(operator);
        Instant before = lastSeen(operator);

        await().atMost(WAIT).until(() -> lastSeen(operator).isAfter(before));
        assertThat(status(operator)).isEqualTo("away");
    }

    @Test
    void handoversAndNotesArePushedToTheTeamOnly() {
        NodeSocketClient team = connect(owner);
        NodeSocketClient otherBusiness = connect(stranger);
        ConversationId id = inbox.customerWrites(owner.tenantId(), "081377700001", "Budi", "Halo", Instant.now());

        api.post("/api/conversations/" + id + "/assign", Map.of("csOperatorId", operator.userId())).token(owner.token())
                .send();
        api.post("/api/conversations/" + id + "/notes", Map.of("content", "Pelanggan lama, kasih diskon"))
                .token(operator.token()).send();

        var assigned = team.awaitEvent("conversation-assigned", e -> id.toString().equals(e.get("conversationId").asString()));
        assertThat(assigned.get("assignedCsId").asString()).isEqualTo(operator.userId());
        assertThat(assigned.get("assignedBy").asString()).isEqualTo(owner.userId());
        assertThat(assigned.has("previousCsId")).isFalse();
        var note = team.awaitEvent("internal-note-added", e -> id.toString().equals(e.get("conversationId").asString()));
        assertThat(note.get("note").get("content").asString()).isEqualTo("Pelanggan lama, kasih diskon");
        assertThat(note.get("note").get("author").get("id").asString()).isEqualTo(operator.userId());
        assertThat(otherBusiness.events("conversation-assigned")).isEmpty();
        assertThat(otherBusiness.events("internal-note-added")).isEmpty();
    }

    @Test
    void anOperatorHearsNothingOfAColleaguesConversation() {
        SignedIn colleague = new TestAccounts(api, operators, passwords).addUser(owner.tenantId(), Role.OPERATOR);
        NodeSocketClient mine = connect(operator);
        NodeSocketClient theirs = connect(colleague);
        ConversationId colleagues = inbox.customerWrites(owner.tenantId(), "081377700002", "Ani", "Halo", Instant.now());
        ConversationId queued = inbox.customerWrites(owner.tenantId(), "081377700003", "Eko", "Halo", Instant.now());
        api.post("/api/conversations/" + colleagues + "/assign", Map.of("csOperatorId", colleague.userId()))
                .token(owner.token()).send();

        note(colleagues, "Hanya untuk Ani");
        note(queued, "Untuk semua");

        theirs.awaitEvent("internal-note-added", e -> colleagues.toString().equals(e.get("conversationId").asString()));
        mine.awaitEvent("internal-note-added", e -> queued.toString().equals(e.get("conversationId").asString()));
        assertThat(mine.events("internal-note-added"))
                .noneMatch(e -> colleagues.toString().equals(e.get("conversationId").asString()));
        // Handovers carry no content: everyone hears them, so lists can drop what is no longer theirs.
        mine.awaitEvent("conversation-assigned", e -> colleagues.toString().equals(e.get("conversationId").asString()));
    }

    private void note(ConversationId id, String text) {
        assertThat(api.post("/api/conversations/" + id + "/notes", Map.of("content", text)).token(owner.token()).send()
                .status()).isEqualTo(201);
    }

    private NodeSocketClient connect(SignedIn user) {
        NodeSocketClient client = NodeSocketClient.connect("http://localhost:" + realtime.port() + "/messages",
                Map.of("auth", Map.of("token", user.token())));
        clients.add(client);
        return client.awaitConnected();
    }

    private void backdateLastSeen(SignedIn user) {
        jdbc.sql("UPDATE users SET last_seen_at = now() - interval '10 minutes' WHERE id = ?")
                .param(UUID.fromString(user.userId())).update();
    }

    private String status(SignedIn user) {
        return jdbc.sql("SELECT status FROM users WHERE id = ?").param(UUID.fromString(user.userId()))
                .query(String.class).single();
    }

    private Instant lastSeen(SignedIn user) {
        var at = jdbc.sql("SELECT last_seen_at FROM users WHERE id = ?").param(UUID.fromString(user.userId()))
                .query(java.sql.Timestamp.class).single();
        return at.toInstant();
    }
}
