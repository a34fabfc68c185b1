package id.sapa.conversation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

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

/** POST/GET /api/conversations/:id/notes: for the team only, never a message. */
class NoteWebTest extends WebTestSupport {

    @Autowired
    InboxFixtures inbox;

    SignedIn owner;
    SignedIn operator;
    ConversationId id;

    @BeforeEach
    void conversation() {
        owner = accounts.registerBusiness("Toko Catatan");
        operator = accounts.addUser(owner.tenantId(), Role.OPERATOR);
        id = inbox.customerWrites(owner.tenantId(), "081366600001", "Budi", "Halo", Instant.now());
    }

    @Test
    void notesAreKeptWithAuthorAndTimeAndNeverBecomeMessages() {
        Api.Reply first = add(operator, "Minta dikirim besok");
        Api.Reply second = add(owner, "  Oke, sudah dicatat  ");

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().get("note").get("author").get("name").asString()).isEqualTo("A operator");
        JsonNode notes = api.get("/api/conversations/" + id + "/notes").token(operator.token()).send().json().get("notes");
        assertThat(notes.size()).isEqualTo(2);
        assertThat(notes.get(0).get("content").asString()).isEqualTo("Minta dikirim besok");
        assertThat(notes.get(1).get("content").asString()).isEqualTo("Oke, sudah dicatat");
        assertThat(notes.get(1).get("author").get("id").asString()).isEqualTo(owner.userId());
        assertThat(notes.get(0).get("createdAt").asString()).isNotBlank();
        assertThat(second.status()).isEqualTo(201);

        Map<String, Object> conversation = jdbc.sql("""
                SELECT total_messages, last_message_content, last_message_from FROM conversations WHERE id = ?""")
                .param(id.value()).query().singleRow();
        assertThat(conversation).containsEntry("total_messages", 1).containsEntry("last_message_content", "Halo")
                .containsEntry("last_message_from", "customer");
        assertThat(jdbc.sql("SELECT count(*) FROM messages WHERE conversation_id = ? AND direction = 'outbound'")
                .param(id.value()).query(Long.class).single()).isZero();
    }

    @Test
    void viewersReadNotesButDoNotWriteThem() {
        SignedIn viewer = accounts.addUser(owner.tenantId(), Role.VIEWER);
        add(owner, "Catatan");

        assertThat(add(viewer, "Saya juga").status()).isEqualTo(403);
        assertThat(api.get("/api/conversations/" + id + "/notes").token(viewer.token()).send().status()).isEqualTo(200);
    }

    @Test
    void aNoteNeedsContentAndAnotherBusinessSeesNothing() {
        add(owner, "Rahasia");
        SignedIn stranger = accounts.registerBusiness("Toko Asing");

        Api.Reply blank = add(owner, " ");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("errors").get(0).get("field").asString()).isEqualTo("content");
        assertThat(add(stranger, "Halo").status()).isEqualTo(404);
        assertThat(api.get("/api/conversations/" + id + "/notes").token(stranger.token()).send().status()).isEqualTo(404);
    }

    @Test
    void anOperatorCannotReadNotesOfAColleaguesConversation() {
        SignedIn colleague = accounts.addUser(owner.tenantId(), Role.OPERATOR);
        api.post("/api/conversations/" + id + "/assign", Map.of("csOperatorId", colleague.userId())).token(owner.token())
                .send();

        assertThat(api.get("/api/conversations/" + id + "/notes").token(operator.token()).send().status()).isEqualTo(403);
        assertThat(add(colleague, "Punya saya").status()).isEqualTo(201);
    }

    private Api.Reply add(SignedIn who, String content) {
        return api.post("/api/conversations/" + id + "/notes", Map.of("content", content)).token(who.token()).send();
    }
}
