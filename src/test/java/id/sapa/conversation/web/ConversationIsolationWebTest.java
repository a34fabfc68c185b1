package id.sapa.conversation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import id.sapa.conversation.Conversations;
import id.sapa.conversation.InboxFixtures;
import id.sapa.conversation.SenderType;
import id.sapa.shared.ConversationId;
import id.sapa.shared.MessageId;
import id.sapa.shared.Role;
import id.sapa.support.Api;
import id.sapa.support.TestAccounts.SignedIn;
import id.sapa.support.WebTestSupport;
import tools.jackson.databind.JsonNode;

/** Tenant B's owner, with every right in B, reaches none of tenant A's conversations or messages. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConversationIsolationWebTest extends WebTestSupport {

    @Autowired
    InboxFixtures inbox;

    @Autowired
    Conversations conversations;

    SignedIn ownerA;
    SignedIn operatorA;
    SignedIn ownerB;
    SignedIn operatorB;
    ConversationId conversationA;
    MessageId messageA;
    ConversationId conversationB;

    @BeforeAll
    void twoBusinesses() {
        ownerA = accounts.registerBusiness("Toko A");
        operatorA = accounts.addUser(ownerA.tenantId(), Role.OPERATOR);
        ownerB = accounts.registerBusiness("Toko B");
        operatorB = accounts.addUser(ownerB.tenantId(), Role.OPERATOR);
        Instant now = Instant.now();
        // The same customer writes to both businesses: one conversation in each, never shared.
        conversationA = inbox.customerWrites(ownerA.tenantId(), "081277778888", "Rahasia", "Nomor resi rahasiaku", now);
        messageA = inbox.message(ownerA.tenantId(), conversationA, SenderType.CS, "Toko A", "Resi JNE 123", now);
        api.post("/api/conversations/" + conversationA + "/assign", Map.of("csOperatorId", operatorA.userId()))
                .token(ownerA.token()).send();
        conversationB = inbox.customerWrites(ownerB.tenantId(), "081277778888", "Pelanggan B", "Halo toko B", now);
    }

    @Test
    void anotherTenantsConversationIsNotFoundOnEveryRoute() {
        String path = "/api/conversations/" + conversationA;

        assertNotFound(api.get(path).token(ownerB.token()).send());
        assertNotFound(api.patch(path, Map.of("status", "spam", "tags", List.of("stolen")))
                .token(ownerB.token()).send());
        assertNotFound(api.post(path + "/assign", Map.of("csOperatorId", operatorB.userId())).token(ownerB.token()).send());
        assertNotFound(api.post(path + "/unassign", null).token(ownerB.token()).send());
        assertNotFound(api.get("/api/messages?conversationId=" + conversationA).token(ownerB.token()).send());

        JsonNode untouched = api.get(path).token(ownerA.token()).send().json().get("conversation");
        assertThat(untouched.get("status").asString()).isEqualTo("active");
        assertThat(untouched.get("tags").isEmpty()).isTrue();
        assertThat(untouched.get("assignedCs").get("id").asString()).isEqualTo(operatorA.userId());
    }

    @Test
    void anotherTenantsMessageIsNoPagingCursor() {
        assertNotFound(api.get("/api/messages?conversationId=" + conversationB + "&before=" + messageA)
                .token(ownerB.token()).send());
    }

    @Test
    void anotherTenantsUserCannotBeAssigned() {
        Api.Reply reply = api.post("/api/conversations/" + conversationB + "/assign",
                Map.of("csOperatorId", operatorA.userId())).token(ownerB.token()).send();

        assertNotFound(reply);
        assertThat(reply.json().get("field").asString()).isEqualTo("csOperatorId");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "search=Rahasia", "search=resi", "search=JNE", "search=081277778888",
            "assignedTo=unassigned", "status=active"})
    void listsShowOnlyTheCallersConversations(String query) {
        JsonNode list = api.get("/api/conversations?" + query).token(ownerB.token()).send().json();

        assertThat(list.get("data").valueStream().map(item -> item.get("id").asString()))
                .allMatch(id -> id.equals(conversationB.toString()));
        assertThat(list.toString()).doesNotContain(conversationA.toString(), "Rahasia", "resi");
        assertThat(list.get("meta").get("total").asLong()).isLessThanOrEqualTo(1);
    }

    @Test
    void filteringByAnotherTenantsOperatorFindsNothing() {
        JsonNode list = api.get("/api/conversations?assignedTo=" + operatorA.userId()).token(ownerB.token()).send().json();

        assertThat(list.get("data").isEmpty()).isTrue();
        assertThat(list.get("meta").get("total").asLong()).isZero();
    }

    private static void assertNotFound(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
        assertThat(reply.json().get("type").asString()).endsWith("/not-found");
        assertThat(reply.body()).doesNotContain("Rahasia", "resi");
    }
}
