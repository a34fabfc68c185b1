package id.sapa.message.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.sapa.conversation.InboxFixtures;
import id.sapa.shared.ConversationId;
import id.sapa.shared.Role;
import id.sapa.support.Api;
import id.sapa.support.TestAccounts.SignedIn;
import id.sapa.support.WebTestSupport;
import tools.jackson.databind.JsonNode;

/** POST /api/contacts/{id}/merge: one customer known twice becomes one contact with one conversation. */
class ContactMergeWebTest extends WebTestSupport {

    @Autowired
    InboxFixtures inbox;

    SignedIn owner;

    @BeforeEach
    void shop() {
        owner = accounts.registerBusiness("Toko Gabung");
    }

    private String contactOf(ConversationId conversation) {
        return jdbc.sql("SELECT contact_id FROM conversations WHERE id = ?").param(conversation.value()).query(UUID.class)
                .single().toString();
    }

    private Api.Reply merge(SignedIn who, String kept, String absorbed) {
        return api.post("/api/contacts/" + kept + "/merge", Map.of("contactId", absorbed)).token(who.token()).send();
    }

    @Test
    void theUsernameContactJoinsTheNumberContactWithItsConversationAndMessages() {
        Instant now = Instant.now();
        String byNumber = contactOf(inbox.customerWrites(owner.tenantId(), "081344400001", "Sari", "Halo kak", now.minusSeconds(60)));
        String byUsername = contactOf(inbox.customerWritesByUsername(owner.tenantId(), "ID.123456789", "sari.olshop",
                "Ini saya Sari juga", now));

        Api.Reply merged = merge(owner, byNumber, byUsername);

        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        assertThat(api.get("/api/contacts/" + byUsername).token(owner.token()).send().status()).isEqualTo(404);
        JsonNode kept = api.get("/api/contacts/" + byNumber).token(owner.token()).send().json();
        assertThat(kept.get("username").asString()).isEqualTo("sari.olshop");
        JsonNode conversations = api.get("/api/conversations?contactId=" + byNumber).token(owner.token()).send().json().get("data");
        assertThat(conversations.size()).isEqualTo(1);
        String conversation = conversations.get(0).get("id").asString();
        JsonNode messages = api.get("/api/conversations/" + conversation).token(owner.token()).send().json().get("messages");
        assertThat(messages.size()).isEqualTo(2);
        assertThat(api.get("/api/conversations").token(owner.token()).send().json().get("data").size()).isEqualTo(1);
    }

    @Test
    void twoNumbersStayTwoCustomersAndOnlySupervisorsJoinWithinTheirBusiness() {
        Instant now = Instant.now();
        String first = contactOf(inbox.customerWrites(owner.tenantId(), "081344400002", "Budi", "Halo", now));
        String second = contactOf(inbox.customerWrites(owner.tenantId(), "081344400003", "Budi", "Halo lagi", now));
        SignedIn operator = accounts.addUser(owner.tenantId(), Role.OPERATOR);
        SignedIn stranger = accounts.registerBusiness("Toko Lain");

        assertThat(merge(owner, first, second).status()).isEqualTo(409);
        assertThat(merge(owner, first, first).status()).isEqualTo(400);
        assertThat(merge(operator, first, second).status()).isEqualTo(403);
        assertThat(merge(stranger, first, second).status()).isEqualTo(404);
        Api.Reply missing = api.post("/api/contacts/" + first + "/merge", Map.of()).token(owner.token()).send();
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("contactId");
        assertThat(api.get("/api/contacts/" + second).token(owner.token()).send().status()).isEqualTo(200);
    }
}
