package id.sapa.conversation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.sapa.shared.Role;
import id.sapa.support.Api;
import id.sapa.support.Sandbox;
import id.sapa.support.TestAccounts.SignedIn;
import id.sapa.support.WebTestSupport;
import tools.jackson.databind.JsonNode;

/** Answering a chat nobody had takes it (tenant setting assignOnReply), so two colleagues do not both answer. */
class ReplyTakesConversationWebTest extends WebTestSupport {

    SignedIn owner;
    SignedIn operator;
    Sandbox sandbox;

    @BeforeEach
    void shop() {
        owner = accounts.registerBusiness("Toko Balas Ambil");
        operator = accounts.addUser(owner.tenantId(), Role.OPERATOR);
        sandbox = new Sandbox(api, owner.token());
        sandbox.connect();
    }

    private String customerWrites(String phone) {
        sandbox.customerSays(phone, "Budi", "Halo, masih buka?");
        return api.get("/api/conversations?search=" + phone.substring(1)).token(owner.token()).send().json()
                .get("data").get(0).get("id").asString();
    }

    private Api.Reply reply(SignedIn who, String conversationId) {
        return api.post("/api/messages/send", Map.of("conversationId", conversationId, "messageType", "text", "content", "Buka kak"))
                .token(who.token()).send();
    }

    private JsonNode assignee(String conversationId) {
        return api.get("/api/conversations/" + conversationId).token(owner.token()).send().json().get("conversation")
                .get("assignedCs");
    }

    @Test
    void anOperatorAnsweringAnUnassignedChatTakesIt() {
        String id = customerWrites("081311100001");

        Api.Reply sent = reply(operator, id);

        assertThat(sent.status()).as(sent.toString()).isIn(200, 201);
        assertThat(assignee(id).get("id").asString()).isEqualTo(operator.userId());
    }

    @Test
    void aChatSomeoneHasStaysTheirsWhoeverAnswers() {
        String id = customerWrites("081311100002");
        api.post("/api/conversations/" + id + "/assign", Map.of("csOperatorId", operator.userId())).token(owner.token()).send();

        reply(owner, id);

        assertThat(assignee(id).get("id").asString()).isEqualTo(operator.userId());
    }

    @Test
    void withTheSettingOffAnsweringLeavesTheChatUnassigned() {
        api.patch("/api/tenant", Map.of("settings", Map.of("assignOnReply", false))).token(owner.token()).send();
        String id = customerWrites("081311100003");

        reply(operator, id);

        assertThat(assignee(id).isNull()).isTrue();
    }
}
