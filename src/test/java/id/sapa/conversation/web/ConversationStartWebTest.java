package id.sapa.conversation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.sapa.support.Api;
import id.sapa.support.Sandbox;
import id.sapa.support.TestAccounts.SignedIn;
import id.sapa.support.WebTestSupport;
import tools.jackson.databind.JsonNode;

/** POST /api/conversations {contactId}: the team writes first, never to a blocked or opted-out contact. */
class ConversationStartWebTest extends WebTestSupport {

    SignedIn owner;

    @BeforeEach
    void shop() {
        owner = accounts.registerBusiness("Toko Mulai");
        new Sandbox(api, owner.token()).connect();
    }

    private String contact(String phone, String name) {
        Api.Reply created = api.post("/api/contacts", Map.of("phone", phone, "name", name)).token(owner.token()).send();
        assertThat(created.status()).as(created.toString()).isIn(200, 201);
        JsonNode body = created.json();
        return (body.has("contact") ? body.get("contact") : body).get("id").asString();
    }

    private Api.Reply start(SignedIn who, String contactId) {
        return api.post("/api/conversations", Map.of("contactId", contactId)).token(who.token()).send();
    }

    @Test
    void aContactWithoutAConversationGetsOneAndAStartAgainFindsTheSame() {
        String rina = contact("081377700001", "Rina");

        Api.Reply first = start(owner, rina);
        Api.Reply again = start(owner, rina);

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        String id = first.json().get("conversation").get("id").asString();
        assertThat(first.json().get("conversation").get("customerName").asString()).isEqualTo("Rina");
        assertThat(first.json().get("messages").size()).isZero();
        assertThat(again.json().get("conversation").get("id").asString()).isEqualTo(id);
        // A reply to it goes out like any other.
        Api.Reply sent = api.post("/api/messages/send", Map.of("conversationId", id, "messageType", "text", "content",
                "Halo kak Rina, pesanan Anda siap diambil")).token(owner.token()).send();
        assertThat(sent.status()).as(sent.toString()).isIn(200, 201);
    }

    @Test
    void blockedOrOptedOutContactsAndOtherBusinessesContactsAreRefused() {
        String blocked = contact("081377700002", "Diblokir");
        api.post("/api/contacts/" + blocked + "/block", Map.of()).token(owner.token()).send();
        String optedOut = contact("081377700003", "Berhenti");
        api.post("/api/contacts/" + optedOut + "/opt-out", Map.of()).token(owner.token()).send();
        SignedIn stranger = accounts.registerBusiness("Toko Asing");

        Api.Reply toBlocked = start(owner, blocked);
        Api.Reply toOptedOut = start(owner, optedOut);
        Api.Reply fromStranger = start(stranger, blocked);
        Api.Reply without = api.post("/api/conversations", Map.of()).token(owner.token()).send();

        assertThat(toBlocked.status()).isEqualTo(409);
        assertThat(toOptedOut.status()).isEqualTo(409);
        assertThat(toOptedOut.json().get("detail").asString()).contains("tidak dihubungi lagi");
        assertThat(fromStranger.status()).isEqualTo(404);
        assertThat(without.status()).isEqualTo(400);
        assertThat(without.json().get("errors").get(0).get("field").asString()).isEqualTo("contactId");
        assertThat(jdbc.sql("SELECT count(*) FROM conversations WHERE tenant_id = ?").param(owner.tenantId().value())
                .query(Integer.class).single()).isZero();
    }
}
