package id.sapa.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import id.sapa.contact.Contacts;
import id.sapa.conversation.Conversation;
import id.sapa.conversation.Conversations;
import id.sapa.operator.Operators;
import id.sapa.shared.ConversationId;
import id.sapa.shared.Role;
import id.sapa.support.Api;
import id.sapa.support.TestAccounts;
import id.sapa.support.TestAccounts.SignedIn;
import id.sapa.support.WebIntegrationTest;
import tools.jackson.databind.JsonNode;

/** What clients may ask on {@code /messages} and {@code /whatsapp}, and what is refused. */
@WebIntegrationTest
class MessagesGatewayIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    RealtimeServer realtime;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Contacts contacts;
    @Autowired
    Conversations conversations;
    @Autowired
    Operators operators;
    @Autowired
    PasswordEncoder passwords;

    TestAccounts accounts;
    SignedIn ownerA;
    SignedIn ownerB;
    Conversation conversationA;
    Conversation conversationB;
    final List<NodeSocketClient> clients = new ArrayList<>();

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(new Api(port), operators, passwords);
        ownerA = accounts.registerBusiness("Toko A");
        ownerB = accounts.registerBusiness("Toko B");
        TestInbox inbox = new TestInbox(contacts, conversations, transaction, jdbc);
        conversationA = inbox.openConversation(ownerA.tenantId(), "Budi");
        conversationB = inbox.openConversation(ownerB.tenantId(), "Siti");
    }

    @AfterEach
    void closeClients() {
        clients.forEach(NodeSocketClient::close);
    }

    @Test
    void aSocketJoinsItsOwnTenantsConversation() {
        NodeSocketClient socket = connect("/messages", ownerA);

        assertThat(socket.request("join-conversation", ref(conversationA)).get("ok").asBoolean()).isTrue();
        assertThat(socket.events("error")).isEmpty();
    }

    @Test
    void anotherTenantsOrAnUnknownConversationCannotBeJoined() {
        NodeSocketClient socket = connect("/messages", ownerA);

        for (String id : List.of(conversationB.id().toString(), ConversationId.random().toString(), "not-an-id")) {
            JsonNode answer = socket.request("join-conversation", Map.of("conversationId", id));
            assertThat(answer.get("ok").asBoolean()).isFalse();
            assertThat(answer.get("error").asString()).isEqualTo(MessagesGateway.NOT_FOUND);
        }
        JsonNode error = socket.awaitEvent("error");
        assertThat(error.get("message").asString()).isEqualTo(MessagesGateway.NOT_FOUND);
        assertThat(error.get("event").asString()).isEqualTo("join-conversation");
    }

    @Test
    void typingIsRelayedByNameToTheOtherSocketsInTheConversationOnly() {
        NodeSocketClient typist = connect("/messages", ownerA);
        NodeSocketClient typistsOtherTab = connect("/messages", ownerA);
        NodeSocketClient colleague = connect("/messages", accounts.addUser(ownerA.tenantId(), Role.OPERATOR));
        NodeSocketClient stranger = connect("/messages", ownerB);
        typist.request("join-conversation", ref(conversationA));
        typistsOtherTab.request("join-conversation", ref(conversationA));
        colleague.request("join-conversation", ref(conversationA));

        assertThat(typist.request("typing-start", ref(conversationA)).get("ok").asBoolean()).isTrue();
        JsonNode typing = colleague.awaitEvent("cs-typing");
        assertThat(typing.get("conversationId").asString()).isEqualTo(conversationA.id().toString());
        assertThat(typing.get("userId").asString()).isEqualTo(ownerA.userId());
        assertThat(typing.get("name").asString()).isEqualTo("Owner of Toko A");
        assertThat(typing.get("isTyping").asBoolean()).isTrue();
        typist.request("typing-stop", ref(conversationA));
        assertThat(colleague.awaitEvent("cs-typing", t -> !t.get("isTyping").asBoolean()).get("userId").asString())
                .isEqualTo(ownerA.userId());

        // Another tenant's socket cannot type into the conversation without having joined it.
        JsonNode refused = stranger.request("typing-start", ref(conversationA));
        assertThat(refused.get("ok").asBoolean()).isFalse();
        assertThat(refused.get("error").asString()).isEqualTo("Join the conversation first");
        // The typist's own acknowledged requests came back after its broadcast: none of its sockets
        // (this tab or another) hears itself.
        assertThat(typist.events("cs-typing")).isEmpty();
        assertThat(typistsOtherTab.events("cs-typing")).isEmpty();
        assertThat(colleague.events("cs-typing")).hasSize(2);
    }

    @Test
    void aConversationHandedToSomeoneElseNoLongerCarriesTypingToAnOperatorWhoJoinedBefore() {
        SignedIn first = accounts.addUser(ownerA.tenantId(), Role.OPERATOR);
        SignedIn second = accounts.addUser(ownerA.tenantId(), Role.OPERATOR);
        NodeSocketClient owner = connect("/messages", ownerA);
        NodeSocketClient firstSocket = connect("/messages", first);
        NodeSocketClient secondSocket = connect("/messages", second);
        for (NodeSocketClient socket : List.of(owner, firstSocket, secondSocket)) {
            assertThat(socket.request("join-conversation", ref(conversationA)).get("ok").asBoolean()).isTrue();
        }

        Api.Reply assigned = new Api(port).post("/api/conversations/" + conversationA.id() + "/assign",
                Map.of("csOperatorId", second.userId())).token(ownerA.token()).send();
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);

        // The assignee's typing reaches the owner (a supervisor) but not the operator it was taken from.
        assertThat(secondSocket.request("typing-start", ref(conversationA)).get("ok").asBoolean()).isTrue();
        assertThat(owner.awaitEvent("cs-typing").get("userId").asString()).isEqualTo(second.userId());
        // The first operator's own typing is refused: the conversation is someone else's now.
        JsonNode refused = firstSocket.request("typing-start", ref(conversationA));
        assertThat(refused.get("ok").asBoolean()).isFalse();
        assertThat(refused.get("error").asString()).contains("assigned to someone else");
        // Its requests are answered in order, after the broadcast above went out.
        assertThat(firstSocket.events("cs-typing")).isEmpty();
        assertThat(owner.events("cs-typing")).hasSize(1);
    }

    @Test
    void aSocketThatLeftAConversationNoLongerTypesIntoIt() {
        NodeSocketClient socket = connect("/messages", ownerA);
        socket.request("join-conversation", ref(conversationA));

        assertThat(socket.request("leave-conversation", ref(conversationA)).get("ok").asBoolean()).isTrue();
        assertThat(socket.request("typing-start", ref(conversationA)).get("ok").asBoolean()).isFalse();
    }

    @Test
    void aViewerReadsButDoesNotType() {
        NodeSocketClient viewer = connect("/messages", accounts.addUser(ownerA.tenantId(), Role.VIEWER));

        assertThat(viewer.request("join-conversation", ref(conversationA)).get("ok").asBoolean()).isTrue();
        assertThat(viewer.request("typing-start", ref(conversationA)).get("error").asString())
                .isEqualTo("Your role cannot answer chats");
    }

    @Test
    void markAsReadOverTheSocketChecksItsInputAndTheTenant() {
        NodeSocketClient socket = connect("/messages", ownerA);

        JsonNode empty = socket.request("mark-as-read",
                Map.of("conversationId", conversationA.id().toString(), "messageIds", List.of()));
        assertThat(empty.get("ok").asBoolean()).isFalse();
        assertThat(empty.get("error").asString()).contains("messageIds");

        JsonNode unknown = socket.request("mark-as-read", Map.of("conversationId", conversationA.id().toString(),
                "messageIds", List.of(java.util.UUID.randomUUID().toString())));
        assertThat(unknown.get("ok").asBoolean()).isTrue();
        assertThat(unknown.get("markedCount").asInt()).isZero();

        NodeSocketClient stranger = connect("/messages", ownerB);
        JsonNode foreign = stranger.request("mark-as-read", Map.of("conversationId", conversationA.id().toString(),
                "messageIds", List.of(java.util.UUID.randomUUID().toString())));
        assertThat(foreign.get("ok").asBoolean()).isFalse();
        assertThat(foreign.get("error").asString()).isEqualTo("Conversation not found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/whatsapp", "/messages"})
    void onEveryNamespaceASocketJoinsOnlyItsOwnTenant(String namespace) {
        NodeSocketClient socket = connect(namespace, ownerA);

        assertThat(socket.request("join-tenant", Map.of("tenantId", ownerA.tenantId().toString())).get("ok").asBoolean())
                .isTrue();
        JsonNode foreign = socket.request("join-tenant", Map.of("tenantId", ownerB.tenantId().toString()));
        assertThat(foreign.get("ok").asBoolean()).isFalse();
        assertThat(foreign.get("error").asString()).isEqualTo("You can only join your own tenant");
        assertThat(socket.awaitEvent("error").get("event").asString()).isEqualTo("join-tenant");
        assertThat(socket.request("join-tenant", Map.of()).get("ok").asBoolean()).isFalse();
    }

    @Test
    void disconnectingWhatsAppOverTheSocketActsOnTheOwnTenantOnly() {
        NodeSocketClient socket = connect("/whatsapp", ownerA);

        JsonNode foreign = socket.request("disconnect-whatsapp", Map.of("tenantId", ownerB.tenantId().toString()));
        assertThat(foreign.get("ok").asBoolean()).isFalse();
        JsonNode notConnected = socket.request("disconnect-whatsapp", Map.of("tenantId", ownerA.tenantId().toString()));
        assertThat(notConnected.get("ok").asBoolean()).isFalse();
        assertThat(notConnected.get("error").asString()).contains("not connected");
    }

    private NodeSocketClient connect(String namespace, SignedIn user) {
        NodeSocketClient client = NodeSocketClient.connect("http://localhost:" + realtime.port() + namespace,
                Map.of("auth", Map.of("token", user.token())));
        clients.add(client);
        return client.awaitConnected();
    }

    private static Map<String, String> ref(Conversation conversation) {
        return Map.of("conversationId", conversation.id().toString());
    }
}
