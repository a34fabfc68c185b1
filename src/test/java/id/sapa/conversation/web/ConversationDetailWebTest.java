package id.sapa.conversation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.sapa.contact.Contacts;
import id.sapa.conversation.Conversations;
import id.sapa.conversation.InboxFixtures;
import id.sapa.conversation.SenderType;
import id.sapa.shared.ConversationId;
import id.sapa.shared.MessageId;
import id.sapa.support.Api;
import id.sapa.support.TestAccounts.SignedIn;
import id.sapa.support.WebTestSupport;
import tools.jackson.databind.JsonNode;

/** GET /api/conversations/{id}: the conversation, its customer and the latest messages. */
class ConversationDetailWebTest extends WebTestSupport {

    static final Instant T = Instant.parse("2026-11-21T03:00:00Z");

    @Autowired
    Contacts contacts;
    @Autowired
    Conversations conversations;

    SignedIn owner;
    @Autowired
    InboxFixtures inbox;

    @BeforeEach
    void setUp() {
        owner = accounts.registerBusiness("Toko Rinci");
    }

    @Test
    void showsTheConversationWithItsCustomer() {
        ConversationId id = inbox.customerWrites(owner.tenantId(), "0812 1111 2222", "Rina", "Kak, ukuran L ada?", T);
        jdbc.sql("""
                UPDATE contacts SET email = 'rina@example.test', address = 'Jl. Merdeka 1, Bandung', total_orders = 3,
                    total_spent = 450000, last_order_at = :at
                WHERE tenant_id = :tenantId
                """).param("at", Timestamp.from(T.minusSeconds(86_400))).param("tenantId", owner.tenantId().value())
                .update();

        JsonNode reply = get(id);

        JsonNode conversation = reply.get("conversation");
        assertThat(conversation.get("id").asString()).isEqualTo(id.toString());
        assertThat(conversation.get("customerPhone").asString()).isEqualTo("+6281211112222");
        assertThat(conversation.get("customerName").asString()).isEqualTo("Rina");
        assertThat(conversation.get("status").asString()).isEqualTo("active");
        assertThat(conversation.get("priority").asString()).isEqualTo("normal");
        assertThat(conversation.get("mode").asString()).isEqualTo("bot");
        assertThat(conversation.get("unreadCount").asInt()).isEqualTo(1);
        assertThat(conversation.get("tags").isEmpty()).isTrue();
        assertThat(conversation.get("assignedCs").isNull()).isTrue();
        assertThat(conversation.get("createdAt").isString()).isTrue();
        assertThat(conversation.get("updatedAt").isString()).isTrue();
        JsonNode contact = conversation.get("contact");
        assertThat(contact.get("id").asString()).isNotBlank();
        assertThat(contact.get("email").asString()).isEqualTo("rina@example.test");
        assertThat(contact.get("address").asString()).isEqualTo("Jl. Merdeka 1, Bandung");
        assertThat(contact.get("totalOrders").asInt()).isEqualTo(3);
        assertThat(contact.get("totalSpent").decimalValue()).isEqualByComparingTo("450000");
        assertThat(Instant.parse(contact.get("lastOrderAt").asString())).isEqualTo(T.minusSeconds(86_400));
        assertThat(contact.get("isBlocked").asBoolean()).isFalse();
        JsonNode message = reply.get("messages").get(0);
        assertThat(message.get("senderType").asString()).isEqualTo("customer");
        assertThat(message.get("senderName").asString()).isEqualTo("Rina");
        assertThat(message.get("messageType").asString()).isEqualTo("text");
        assertThat(message.get("content").asString()).isEqualTo("Kak, ukuran L ada?");
        assertThat(message.get("isForwarded").asBoolean()).isFalse();
        assertThat(Instant.parse(message.get("sentAt").asString())).isEqualTo(T);
    }

    @Test
    void opensWithTheLatestFiftyMessagesOldestFirst() {
        ConversationId id = inbox.customerWrites(owner.tenantId(), "0812 3333 4444", "Joko", "pesan 0", T);
        List<MessageId> sent = IntStream.rangeClosed(1, 54)
                .mapToObj(i -> inbox.message(owner.tenantId(), id, i % 2 == 0 ? SenderType.CS : SenderType.CUSTOMER,
                        "Joko", "pesan " + i, T.plusSeconds(i)))
                .toList();

        JsonNode messages = get(id).get("messages");

        assertThat(messages.valueStream().map(m -> m.get("id").asString()))
                .containsExactlyElementsOf(sent.subList(4, 54).stream().map(MessageId::toString).toList());
        assertThat(messages.get(49).get("content").asString()).isEqualTo("pesan 54");
    }

    @Test
    void anUnknownConversationIsNotFound() {
        Api.Reply reply = api.get("/api/conversations/" + ConversationId.random()).token(owner.token()).send();

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("type").asString()).endsWith("/not-found");
        assertThat(api.get("/api/conversations/not-an-id").token(owner.token()).send().status()).isEqualTo(400);
    }

    private JsonNode get(ConversationId id) {
        Api.Reply reply = api.get("/api/conversations/" + id).token(owner.token()).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }
}
