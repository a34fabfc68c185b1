package id.sapa.realtime;

import static id.sapa.support.MetaWebhooks.contact;
import static id.sapa.support.MetaWebhooks.messages;
import static id.sapa.support.MetaWebhooks.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.sapa.support.FakeProvidersTestSupport;
import id.sapa.support.FakeGraph;
import id.sapa.support.TestAccounts.SignedIn;
import tools.jackson.databind.JsonNode;

/**
 * A signed Meta webhook reaches the team's browser live (real npm socket.io-client), and an
 * expired token reaches it as {@code session-expired}.
 */
class CloudApiLiveInboxIntegrationTest extends FakeProvidersTestSupport {

    @Autowired
    RealtimeServer realtime;

    @Test
    void aSignedWebhookMessageArrivesLiveAndAnExpiredTokenEndsTheSession() {
        SignedIn owner = accounts.registerBusiness("Toko Live Meta");
        CloudNumber number = connectCloudApi(owner);
        Map<String, Object> auth = Map.of("auth", Map.of("token", owner.token()));
        try (NodeSocketClient inbox = NodeSocketClient.connect("http://localhost:" + realtime.port() + "/messages", auth)
                .awaitConnected();
                NodeSocketClient whatsapp = NodeSocketClient.connect("http://localhost:" + realtime.port() + "/whatsapp", auth)
                        .awaitConnected()) {

            webhook(messages(number, contact("6281234567890", "Budi"),
                    text("wamid.LIVE" + UUID.randomUUID(), "6281234567890", Instant.now(), "Kak, kaosnya ready?")));

            JsonNode opened = inbox.awaitEvent("new-conversation");
            assertThat(opened.get("conversation").get("customerPhone").asString()).isEqualTo("+6281234567890");
            JsonNode received = inbox.awaitEvent("new-message");
            assertThat(received.get("message").get("content").asString()).isEqualTo("Kak, kaosnya ready?");

            graph.error("POST", FakeGraph.messagesPath(number.phoneNumberId()), 401, 190,
                    "Error validating access token: The session has been invalidated", "");
            api.post("/api/messages/send", Map.of("conversationId", received.get("conversationId").asString(),
                    "content", "Ready kak!")).token(owner.token()).send();

            JsonNode expired = whatsapp.awaitEvent("session-expired");
            assertThat(expired.toString()).contains("access token");
            whatsapp.awaitEvent("connection-status", status -> status.get("status").asString().equals("disconnected"));
        }
    }
}
