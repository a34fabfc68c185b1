package id.sapa.message.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import id.sapa.conversation.InboxFixtures;
import id.sapa.conversation.SenderType;
import id.sapa.shared.ConversationId;
import id.sapa.shared.MessageId;
import id.sapa.shared.Role;
import id.sapa.support.Api;
import id.sapa.support.TestAccounts.SignedIn;
import id.sapa.support.WebTestSupport;
import tools.jackson.databind.JsonNode;

/** GET /api/messages: a conversation's history, paged backwards by message id. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MessageHistoryWebTest extends WebTestSupport {

    @Autowired
    InboxFixtures inbox;

    static final Instant T = Instant.parse("2026-11-22T02:00:00Z");

    SignedIn viewer;
    ConversationId conversation;
    ConversationId otherConversation;
    MessageId otherMessage;
    /** Every message of the conversation, oldest first; several share a send time. */
    final List<MessageId> written = new ArrayList<>();

    @BeforeAll
    void aLongConversation() {
        SignedIn owner = accounts.registerBusiness("Toko Riwayat");
        viewer = accounts.addUser(owner.tenantId(), Role.VIEWER);
        conversation = inbox.customerWrites(owner.tenantId(), "081511112222", "Yanti", "pesan 0", T);
        otherConversation = inbox.customerWrites(owner.tenantId(), "081533334444", "Lain", "lain", T);
        otherMessage = inbox.message(owner.tenantId(), otherConversation, SenderType.CS, "Toko", "balasan", T);
        for (int i = 1; i <= 10; i++) {
            // Messages 4 to 7 arrive in the same microsecond: only the id tells them apart.
            Instant at = i >= 4 && i <= 7 ? T.plusSeconds(4) : T.plusSeconds(i);
            inbox.message(owner.tenantId(), conversation, i % 3 == 0 ? SenderType.CS : SenderType.CUSTOMER, "Yanti",
                    "pesan " + i, at);
        }
        JsonNode all = page("conversationId=" + conversation + "&limit=100");
        all.get("messages").valueStream().forEach(m -> written.add(MessageId.of(m.get("id").asString())));
    }

    @Test
    void theWholeHistoryComesOldestFirst() {
        JsonNode all = page("conversationId=" + conversation + "&limit=100");

        assertThat(written).hasSize(11);
        assertThat(all.get("hasMore").asBoolean()).isFalse();
        assertThat(all.get("messages").get(0).get("content").asString()).isEqualTo("pesan 0");
        assertThat(all.get("messages").get(10).get("content").asString()).isEqualTo("pesan 10");
        List<Instant> times = all.get("messages").valueStream().map(m -> Instant.parse(m.get("sentAt").asString())).toList();
        assertThat(times).isSorted();
    }

    @Test
    void pagesBackwardsWithoutGapsOrRepeats() {
        List<MessageId> collected = new ArrayList<>();
        List<Boolean> hasMore = new ArrayList<>();
        String before = null;
        do {
            JsonNode page = page("conversationId=" + conversation + "&limit=3" + (before == null ? "" : "&before=" + before));
            List<MessageId> ids = page.get("messages").valueStream().map(m -> MessageId.of(m.get("id").asString())).toList();
            assertThat(ids).hasSizeLessThanOrEqualTo(3);
            collected.addAll(0, ids);
            hasMore.add(page.get("hasMore").asBoolean());
            before = ids.isEmpty() || !page.get("hasMore").asBoolean() ? null : ids.get(0).toString();
        } while (before != null);

        assertThat(collected).containsExactlyElementsOf(written);
        assertThat(new HashSet<>(collected)).hasSize(11);
        assertThat(hasMore).containsExactly(true, true, true, false);
    }

    @Test
    void theDefaultPageIsTheLatestFifty() {
        JsonNode page = page("conversationId=" + conversation);

        assertThat(page.get("messages").size()).isEqualTo(11);
        assertThat(page.get("hasMore").asBoolean()).isFalse();
    }

    @Test
    void aFullLastPageKnowsNothingIsBeforeIt() {
        JsonNode page = page("conversationId=" + conversation + "&limit=2&before=" + written.get(2));

        assertThat(page.get("messages").valueStream().map(m -> m.get("id").asString()))
                .containsExactly(written.get(0).toString(), written.get(1).toString());
        assertThat(page.get("hasMore").asBoolean()).isFalse();
    }

    @Test
    void showsEachMessagesFields() {
        JsonNode message = page("conversationId=" + conversation + "&limit=1").get("messages").get(0);

        assertThat(message.get("id").asString()).isEqualTo(written.get(10).toString());
        assertThat(message.get("senderType").asString()).isEqualTo("customer");
        assertThat(message.get("senderName").asString()).isEqualTo("Yanti");
        assertThat(message.get("messageType").asString()).isEqualTo("text");
        assertThat(message.get("content").asString()).isEqualTo("pesan 10");
        assertThat(message.get("status").asString()).isEqualTo("read");
        assertThat(message.get("isForwarded").asBoolean()).isFalse();
        assertThat(Instant.parse(message.get("sentAt").asString())).isEqualTo(T.plusSeconds(10));
    }

    @Test
    void aCursorFromAnotherConversationOrNowhereIsNotFound() {
        Api.Reply foreign = api.get("/api/messages?conversationId=" + conversation + "&before=" + otherMessage)
                .token(viewer.token()).send();
        Api.Reply unknown = api.get("/api/messages?conversationId=" + conversation + "&before=" + MessageId.next())
                .token(viewer.token()).send();

        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.json().get("field").asString()).isEqualTo("before");
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    void anUnknownConversationIsNotFound() {
        Api.Reply reply = api.get("/api/messages?conversationId=" + ConversationId.random()).token(viewer.token()).send();

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("type").asString()).endsWith("/not-found");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "''                                    | conversationId",
            "conversationId=abc                    | conversationId",
            "conversationId=%s&before=abc          | before",
            "conversationId=%s&limit=0             | limit",
            "conversationId=%s&limit=101           | limit",
            "conversationId=%s&limit=many          | limit"})
    void anInvalidParameterIsABadRequestNamingIt(String query, String field) {
        Api.Reply reply = api.get("/api/messages?" + query.formatted(conversation)).token(viewer.token()).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    @Test
    void aMessageCarriesTheSameFieldsInTheHistoryAndInTheConversationDetail() {
        JsonNode inHistory = page("conversationId=" + conversation + "&limit=1").get("messages").get(0);
        Api.Reply detail = api.get("/api/conversations/" + conversation).token(viewer.token()).send();
        assertThat(detail.status()).as(detail.toString()).isEqualTo(200);
        JsonNode messages = detail.json().get("messages");
        JsonNode inDetail = messages.get(messages.size() - 1);

        // A customer's text: the fields it has values for (absent ones are left out).
        List<String> fields = List.of("id", "waMessageId", "senderType", "senderName", "messageType", "content",
                "isForwarded", "status", "sentAt");
        assertThat(inHistory.propertyNames()).containsExactlyInAnyOrderElementsOf(fields);
        assertThat(inDetail).isEqualTo(inHistory);
        assertThat(inHistory.get("messageType").asString()).isEqualTo("text");
        assertThat(inHistory.get("isForwarded").asBoolean()).isFalse();
    }

    private JsonNode page(String query) {
        Api.Reply reply = api.get("/api/messages?" + query).token(viewer.token()).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }
}
