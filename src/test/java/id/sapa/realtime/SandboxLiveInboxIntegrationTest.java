package id.sapa.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.sapa.support.Sandbox;
import id.sapa.support.TestAccounts.SignedIn;
import id.sapa.support.WebTestSupport;
import tools.jackson.databind.JsonNode;

/**
 * The whole live loop with the real npm socket.io-client: a customer writes through the sandbox,
 * the team's browser sees it, a reply's ticks arrive as the customer's phone acknowledges it.
 */
class SandboxLiveInboxIntegrationTest extends WebTestSupport {

    @Autowired
    RealtimeServer realtime;

    @Test
    void aCustomerMessageAndTheReplysTicksArriveLive() {
        SignedIn owner = accounts.registerBusiness("Toko Live");
        Sandbox sandbox = new Sandbox(api, owner.token());
        sandbox.connect();
        try (NodeSocketClient browser = NodeSocketClient.connect("http://localhost:" + realtime.port() + "/messages",
                Map.of("auth", Map.of("token", owner.token()))).awaitConnected()) {

            sandbox.customerSays("081234567890", "Budi", "Kak, kaosnya ready?");

            JsonNode opened = browser.awaitEvent("new-conversation");
            assertThat(opened.get("conversation").get("customerPhone").asString()).isEqualTo("+6281234567890");
            JsonNode received = browser.awaitEvent("new-message");
            assertThat(received.get("message").get("content").asString()).isEqualTo("Kak, kaosnya ready?");
            assertThat(received.get("message").get("senderType").asString()).isEqualTo("customer");
            String conversationId = received.get("conversationId").asString();

            JsonNode reply = api.post("/api/messages/send", Map.of("conversationId", conversationId, "content", "Ready kak!"))
                    .token(owner.token()).send().json();
            String replyId = reply.get("message").get("id").asString();
            browser.awaitEvent("new-message", m -> m.get("message").get("id").asString().equals(replyId));
            browser.awaitEvent("message-status-updated",
                    m -> m.get("messageId").asString().equals(replyId) && m.get("status").asString().equals("sent"));

            String waMessageId = sandbox.outbox("081234567890").get(0).get("waMessageId").asString();
            sandbox.receipt(waMessageId, "read");

            browser.awaitEvent("message-status-updated",
                    m -> m.get("messageId").asString().equals(replyId) && m.get("status").asString().equals("read"));
        }
    }
}
