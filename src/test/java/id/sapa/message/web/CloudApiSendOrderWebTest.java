package id.sapa.message.web;

import static id.sapa.support.MetaWebhooks.contact;
import static id.sapa.support.MetaWebhooks.messages;
import static id.sapa.support.MetaWebhooks.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.sapa.support.Api;
import id.sapa.support.FakeGraph.AnsweredSend;
import id.sapa.support.FakeGraph.GraphError;
import id.sapa.support.FakeProvidersTestSupport;
import id.sapa.support.TestAccounts.SignedIn;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A conversation's messages reach the customer in the order they were sent, however often Meta
 * refuses them on the way, and one conversation's trouble holds up no other.
 */
class CloudApiSendOrderWebTest extends FakeProvidersTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MESSAGES_EACH = 4;

    SignedIn owner;
    CloudNumber number;

    @BeforeEach
    void connect() {
        owner = accounts.registerBusiness("Toko Urut");
        number = connectCloudApi(owner);
    }

    @Test
    void perConversationOrderHoldsThroughAProviderOutage() {
        List<String> hit = List.of("6281300000001", "6281300000002", "6281300000003");
        String spared = "6281300000004";
        Map<String, String> conversations = new LinkedHashMap<>();
        for (String customer : List.of(hit.get(0), hit.get(1), hit.get(2), spared)) {
            conversations.put(customer, customerWrote(customer));
        }
        // Meta is down for these customers: each one's first two sends answer 503.
        hit.forEach(customer -> graph.failNextSendsTo(number.phoneNumberId(), customer,
                List.of(GraphError.unavailable(), GraphError.unavailable())));

        Map<String, List<String>> sentInOrder = new LinkedHashMap<>();
        for (int i = 1; i <= MESSAGES_EACH; i++) {
            for (var conversation : conversations.entrySet()) {
                String content = "Pesan " + i + " untuk " + conversation.getKey();
                assertThat(send(conversation.getValue(), content).status()).isEqualTo(201);
                sentInOrder.computeIfAbsent(conversation.getKey(), customer -> new ArrayList<>()).add(content);
            }
        }

        await().atMost(Duration.ofSeconds(40)).until(() -> sentCount() == conversations.size() * MESSAGES_EACH);
        List<AnsweredSend> answered = graph.answeredSends(number.phoneNumberId());
        for (String customer : hit) {
            List<String> sent = sentInOrder.get(customer);
            // The first message is tried until Meta is back; the others wait for it instead of trying on their own.
            assertThat(received(answered, customer)).as(customer).containsExactly(
                    "503 " + sent.get(0), "503 " + sent.get(0), "200 " + sent.get(0),
                    "200 " + sent.get(1), "200 " + sent.get(2), "200 " + sent.get(3));
        }
        assertThat(received(answered, spared)).containsExactlyElementsOf(
                sentInOrder.get(spared).stream().map(content -> "200 " + content).toList());
        int lastSpared = lastIndexWhere(answered, send -> recipient(send).equals(spared));
        int firstThroughAfterOutage = IntStream.range(0, answered.size())
                .filter(i -> answered.get(i).status() == 200 && hit.contains(recipient(answered.get(i))))
                .findFirst().orElseThrow();
        assertThat(lastSpared).as("the spared conversation was not held up by the outage of the others")
                .isLessThan(firstThroughAfterOutage);
    }

    @Test
    void aMessageThatFailsForGoodHoldsTheNextOnesOnlyUntilItHasFailed() {
        String customer = "6281300000005";
        String conversationId = customerWrote(customer);
        graph.failNextSendsTo(number.phoneNumberId(), customer, List.of(GraphError.unavailable(),
                new GraphError(400, 131009, "(#131009) Parameter value is not valid")));

        String first = id(send(conversationId, "Satu"));
        String second = id(send(conversationId, "Dua"));
        String third = id(send(conversationId, "Tiga"));

        // Well before the held messages would look again on their own: the failure itself lets them go.
        await().atMost(Duration.ofSeconds(20)).until(() -> "sent".equals(status(third)));
        assertThat(status(first)).isEqualTo("failed");
        assertThat(status(second)).isEqualTo("sent");
        assertThat(received(graph.answeredSends(number.phoneNumberId()), customer))
                .containsExactly("503 Satu", "400 Satu", "200 Dua", "200 Tiga");
    }

    /** What the customer's number received, in order: the status Meta answered and the text. */
    private static List<String> received(List<AnsweredSend> answered, String customer) {
        return answered.stream().filter(send -> recipient(send).equals(customer))
                .map(send -> send.status() + " " + body(send).get("text").get("body").asString()).toList();
    }

    private static int lastIndexWhere(List<AnsweredSend> answered, java.util.function.Predicate<AnsweredSend> test) {
        return IntStream.range(0, answered.size()).filter(i -> test.test(answered.get(i))).max().orElseThrow();
    }

    private static String recipient(AnsweredSend send) {
        return body(send).get("to").asString();
    }

    private static JsonNode body(AnsweredSend send) {
        return JSON.readTree(send.body());
    }

    private String customerWrote(String customer) {
        String wamid = "wamid.IN" + UUID.randomUUID();
        assertThat(webhook(messages(number, contact(customer, "Budi"), text(wamid, customer, Instant.now(), "Halo")))
                .status()).isEqualTo(200);
        return jdbc.sql("SELECT conversation_id FROM messages WHERE wa_message_id = ?").param(wamid)
                .query(UUID.class).single().toString();
    }

    private Api.Reply send(String conversationId, String content) {
        return api.post("/api/messages/send", Map.of("conversationId", conversationId, "content", content))
                .token(owner.token()).send();
    }

    private static String id(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("message").get("id").asString();
    }

    private String status(String id) {
        return jdbc.sql("SELECT status FROM messages WHERE id = ?").param(UUID.fromString(id)).query(String.class).single();
    }

    private int sentCount() {
        return jdbc.sql("SELECT count(*) FROM messages WHERE tenant_id = ? AND direction = 'outbound' AND status = 'sent'")
                .param(owner.tenantId().value()).query(Integer.class).single();
    }
}
