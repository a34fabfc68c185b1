package id.sapa.realtime;

import static id.sapa.realtime.TestInbox.customerMessage;
import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import id.sapa.channel.ChannelEvent.ChannelStatusChanged;
import id.sapa.channel.ChannelEvent.QrCodeIssued;
import id.sapa.channel.ChannelEvent.SessionExpired;
import id.sapa.channel.spi.ChannelStatus;
import id.sapa.contact.Contacts;
import id.sapa.conversation.Conversation;
import id.sapa.conversation.Conversations;
import id.sapa.message.Message;
import id.sapa.message.MessageEvent.CustomerTyping;
import id.sapa.message.MessageEvent.MessageReceived;
import id.sapa.message.MessageEvent.MessageStatusChanged;
import id.sapa.message.MessageStatus;
import id.sapa.notification.NotificationEvent.BatchProgress;
import id.sapa.notification.NotificationEvent.NotificationUpdated;
import id.sapa.notification.NotificationStatus;
import id.sapa.operator.Operators;
import id.sapa.shared.ChannelId;
import id.sapa.shared.Role;
import id.sapa.support.Api;
import id.sapa.support.TestAccounts;
import id.sapa.support.TestAccounts.SignedIn;
import id.sapa.support.WebIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The modules' events reach the real npm socket.io-client of the right tenant only, and only once
 * their transaction committed.
 */
@WebIntegrationTest
class RealtimeIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    RealtimeServer realtime;
    @Autowired
    ApplicationEventPublisher events;
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

    SignedIn ownerA;
    SignedIn ownerB;
    SignedIn supervisorA;
    TestInbox inbox;
    final List<NodeSocketClient> clients = new ArrayList<>();

    @BeforeEach
    void setUp() {
        TestAccounts accounts = new TestAccounts(new Api(port), operators, passwords);
        ownerA = accounts.registerBusiness("Toko A");
        ownerB = accounts.registerBusiness("Toko B");
        supervisorA = accounts.addUser(ownerA.tenantId(), Role.SUPERVISOR);
        inbox = new TestInbox(contacts, conversations, transaction, jdbc);
    }

    @AfterEach
    void closeClients() {
        clients.forEach(NodeSocketClient::close);
    }

    @Test
    void aSocketHearsItsTenantsNewConversationsAndMessagesAndNoOtherTenants() {
        NodeSocketClient socket = connect("/messages", Map.of("auth", Map.of("token", ownerA.token())));

        // The other tenant's events go first: had one reached this socket, it would arrive before A's.
        Conversation theirs = inbox.openConversation(ownerB.tenantId(), "Siti");
        transaction.executeWithoutResult(tx -> events.publishEvent(inbox.customerWrote(theirs, "Pesanan B")));
        Conversation mine = inbox.openConversation(ownerA.tenantId(), "Budi");
        MessageReceived message = transaction.execute(tx -> {
            MessageReceived written = inbox.customerWrote(mine, "Kak, stok masih ada?");
            events.publishEvent(written);
            return written;
        });

        JsonNode opened = socket.awaitEvent("new-conversation").get("conversation");
        assertThat(opened.get("id").asString()).isEqualTo(mine.id().toString());
        assertThat(opened.get("customerPhone").asString()).isEqualTo(mine.customerPhone().e164());
        assertThat(opened.get("customerName").asString()).isEqualTo("Budi");
        assertThat(opened.get("status").asString()).isEqualTo("active");
        assertThat(opened.get("priority").asString()).isEqualTo("normal");
        assertThat(opened.get("unreadCount").asInt()).isEqualTo(1);
        assertThat(opened.get("lastMessage").get("content").asString()).isEqualTo("Halo kak");
        assertThat(opened.get("lastMessage").get("from").asString()).isEqualTo("customer");
        assertThat(Instant.parse(opened.get("createdAt").asString())).isEqualTo(mine.createdAt());
        assertThat(opened.get("tags").isArray()).isTrue();

        JsonNode received = socket.awaitEvent("new-message");
        assertThat(received.get("conversationId").asString()).isEqualTo(mine.id().toString());
        JsonNode sent = received.get("message");
        assertThat(sent.get("id").asString()).isEqualTo(message.messageId().toString());
        assertThat(sent.get("senderType").asString()).isEqualTo("customer");
        assertThat(sent.get("senderName").asString()).isEqualTo("Budi");
        assertThat(sent.get("content").asString()).isEqualTo("Kak, stok masih ada?");
        assertThat(sent.get("messageType").asString()).isEqualTo("text");
        assertThat(sent.get("status").asString()).isEqualTo("delivered");
        assertThat(sent.get("sentAt").asString()).isEqualTo(message.sentAt().toString());
        assertThat(sent.has("mediaUrl")).as("absent optional fields are left out").isFalse();

        assertThat(socket.events("new-conversation")).hasSize(1);
        assertThat(socket.events("new-message")).hasSize(1);
        assertThat(socket.received().toString()).doesNotContain(theirs.id().toString(), "Pesanan B", "Siti");
    }

    @Test
    void statusTicksTypingAndConversationChangesReachTheWholeTenant() {
        Conversation mine = inbox.openConversation(ownerA.tenantId(), "Budi");
        NodeSocketClient socket = connect("/messages", Map.of("auth", Map.of("token", ownerA.token())));
        Message message = customerMessage(mine, "Halo");
        Instant readAt = Instant.parse("2026-11-24T03:15:00Z");

        publishCommitted(new MessageStatusChanged(mine.tenantId(), mine.id(), message.id(), MessageStatus.READ, readAt, null, null));
        publishCommitted(new CustomerTyping(mine.tenantId(), mine.id(), true));
        // A second customer message in the same conversation: the conversation module says what changed.
        inbox.customerWritesAgain(mine);

        JsonNode status = socket.awaitEvent("message-status-updated");
        assertThat(status.get("messageId").asString()).isEqualTo(message.id().toString());
        assertThat(status.get("conversationId").asString()).isEqualTo(mine.id().toString());
        assertThat(status.get("status").asString()).isEqualTo("read");
        assertThat(status.get("timestamp").asString()).isEqualTo("2026-11-24T03:15:00Z");
        assertThat(status.has("errorMessage")).isFalse();

        JsonNode typing = socket.awaitEvent("customer-typing");
        assertThat(typing.get("conversationId").asString()).isEqualTo(mine.id().toString());
        assertThat(typing.get("isTyping").asBoolean()).isTrue();

        JsonNode updated = socket.awaitEvent("conversation-updated");
        assertThat(updated.get("conversationId").asString()).isEqualTo(mine.id().toString());
        assertThat(updated.get("updates").get("unreadCount").asInt()).isEqualTo(2);
        assertThat(updated.get("updates").get("lastMessage").get("from").asString()).isEqualTo("customer");
    }

    @Test
    void anEventGoesOutOnlyWhenItsTransactionCommits() {
        Conversation mine = inbox.openConversation(ownerA.tenantId(), "Budi");
        NodeSocketClient listener = connect("/messages", Map.of("auth", Map.of("token", ownerA.token())));
        // Another person: a typist's own sockets do not hear their typing.
        NodeSocketClient colleague = connect("/messages", Map.of("auth", Map.of("token", supervisorA.token())));
        Map<String, String> conversation = Map.of("conversationId", mine.id().toString());
        assertThat(listener.request("join-conversation", conversation).get("ok").asBoolean()).isTrue();
        assertThat(colleague.request("join-conversation", conversation).get("ok").asBoolean()).isTrue();

        transaction.executeWithoutResult(tx -> {
            events.publishEvent(inbox.customerWrote(mine, "sebelum commit"));
            // A colleague's typing goes out at once: once the listener has it, a message pushed before
            // the commit would have reached it first.
            colleague.request("typing-start", conversation);
            listener.awaitEvent("cs-typing");
            assertThat(listener.events("new-message")).isEmpty();
        });
        listener.awaitEvent("new-message", payload -> "sebelum commit".equals(payload.get("message").get("content").asString()));

        transaction.executeWithoutResult(tx -> {
            events.publishEvent(inbox.customerWrote(mine, "dibatalkan"));
            tx.setRollbackOnly();
        });
        transaction.executeWithoutResult(tx -> events.publishEvent(inbox.customerWrote(mine, "sesudahnya")));

        listener.awaitEvent("new-message", payload -> "sesudahnya".equals(payload.get("message").get("content").asString()));
        assertThat(listener.events("new-message")).extracting(payload -> payload.get("message").get("content").asString())
                .containsExactly("sebelum commit", "sesudahnya");
    }

    @Test
    void theWhatsAppNamespaceCarriesTheTenantsConnectionEvents() {
        NodeSocketClient socket = connect("/whatsapp", Map.of("query", Map.of("token", ownerA.token())));
        ChannelId channelA = ChannelId.random();

        publishCommitted(new ChannelStatusChanged(ownerB.tenantId(), ChannelId.random(), ChannelStatus.CONNECTED,
                "6281299990000", null));
        publishCommitted(new QrCodeIssued(ownerA.tenantId(), channelA, "data:image/png;base64,iVBORw0KGgo=", 60));
        publishCommitted(new ChannelStatusChanged(ownerA.tenantId(), channelA, ChannelStatus.CONNECTED,
                "6281211112222", null));
        // Published outside any transaction: goes out at once.
        events.publishEvent(new SessionExpired(ownerA.tenantId(), channelA, "The phone unlinked Sapa"));

        JsonNode qr = socket.awaitEvent("qr-code");
        assertThat(qr.get("qrCode").asString()).isEqualTo("data:image/png;base64,iVBORw0KGgo=");
        assertThat(qr.get("expiresIn").asLong()).isEqualTo(60);
        JsonNode status = socket.awaitEvent("connection-status");
        assertThat(status.get("status").asString()).isEqualTo("connected");
        assertThat(status.get("phoneNumber").asString()).isEqualTo("6281211112222");
        assertThat(status.has("reason")).isFalse();
        assertThat(socket.awaitEvent("session-expired").get("reason").asString()).isEqualTo("The phone unlinked Sapa");

        assertThat(socket.events("connection-status")).hasSize(1);
        assertThat(socket.received().toString()).doesNotContain("6281299990000");
    }

    @Test
    void theWhatsAppNamespaceCarriesTheTenantsNoticesAndBatches() {
        NodeSocketClient socket = connect("/whatsapp", Map.of("query", Map.of("token", ownerA.token())));
        UUID notice = UUID.randomUUID();
        UUID batch = UUID.randomUUID();

        publishCommitted(new NotificationUpdated(ownerB.tenantId(), UUID.randomUUID(), NotificationStatus.SENT, null));
        publishCommitted(new NotificationUpdated(ownerA.tenantId(), notice, NotificationStatus.DELIVERED, batch));
        publishCommitted(new BatchProgress(ownerA.tenantId(), batch, "running", 5, 2, 0, 1, 2, 0));

        JsonNode updated = socket.awaitEvent("notification-updated");
        assertThat(updated.get("id").asString()).isEqualTo(notice.toString());
        assertThat(updated.get("status").asString()).isEqualTo("delivered");
        assertThat(updated.get("batchId").asString()).isEqualTo(batch.toString());
        JsonNode progress = socket.awaitEvent("notification-batch-progress");
        assertThat(progress.get("batchId").asString()).isEqualTo(batch.toString());
        assertThat(progress.get("status").asString()).isEqualTo("running");
        assertThat(progress.get("total").asInt()).isEqualTo(5);
        assertThat(progress.get("pending").asInt()).isEqualTo(2);
        assertThat(progress.has("tenantId")).isFalse();
        assertThat(socket.events("notification-updated")).hasSize(1);
    }

    private NodeSocketClient connect(String namespace, Map<String, ?> options) {
        NodeSocketClient client = NodeSocketClient.connect("http://localhost:" + realtime.port() + namespace, options);
        clients.add(client);
        return client.awaitConnected();
    }

    private void publishCommitted(Object event) {
        transaction.executeWithoutResult(tx -> events.publishEvent(event));
    }
}
