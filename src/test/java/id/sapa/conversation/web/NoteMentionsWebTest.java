package id.sapa.conversation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
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

/** A note naming colleagues with @: kept with the note, and the chat listed under each one's Mentions. */
class NoteMentionsWebTest extends WebTestSupport {

    @Autowired
    InboxFixtures inbox;

    SignedIn owner;
    SignedIn operator;
    ConversationId id;

    @BeforeEach
    void conversation() {
        owner = accounts.registerBusiness("Toko Sebut");
        operator = accounts.addUser(owner.tenantId(), Role.OPERATOR);
        id = inbox.customerWrites(owner.tenantId(), "081366600101", "Budi", "Barangnya bisa COD?", Instant.now());
        inbox.customerWrites(owner.tenantId(), "081366600102", "Sari", "Halo", Instant.now());
    }

    @Test
    void aMentionIsKeptWithTheNoteAndListsTheChatUnderTheColleaguesMentions() {
        Api.Reply added = add(owner, "@A operator tolong cek COD ke Depok", List.of(operator.userId(), owner.userId()));

        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        // The author naming themself is no mention.
        JsonNode mentions = added.json().get("note").get("mentions");
        assertThat(mentions.size()).isEqualTo(1);
        assertThat(mentions.get(0).get("id").asString()).isEqualTo(operator.userId());
        assertThat(mentions.get(0).get("name").asString()).isEqualTo("A operator");
        JsonNode listed = api.get("/api/conversations/" + id + "/notes").token(operator.token()).send().json().get("notes");
        assertThat(listed.get(0).get("mentions").get(0).get("id").asString()).isEqualTo(operator.userId());

        assertThat(names(operator, "mentioned=me")).containsExactly("Budi");
        assertThat(names(owner, "mentioned=me")).isEmpty();
        assertThat(names(operator, "")).containsExactlyInAnyOrder("Budi", "Sari");
    }

    @Test
    void onlyTeamMembersWhoMayOpenTheChatCanBeNamed() {
        SignedIn stranger = accounts.registerBusiness("Toko Lain");
        SignedIn colleague = accounts.addUser(owner.tenantId(), Role.OPERATOR);
        SignedIn supervisor = accounts.addUser(owner.tenantId(), Role.SUPERVISOR);
        api.post("/api/conversations/" + id + "/assign", Map.of("csOperatorId", colleague.userId())).token(owner.token()).send();

        Api.Reply outsider = add(owner, "cek ini", List.of(stranger.userId()));
        Api.Reply cannotOpen = add(owner, "cek ini", List.of(operator.userId()));
        Api.Reply supervisorMay = add(owner, "cek ini", List.of(supervisor.userId(), colleague.userId()));

        assertThat(outsider.status()).isEqualTo(400);
        assertThat(outsider.json().get("errors").get(0).get("field").asString()).isEqualTo("mentions");
        assertThat(cannotOpen.status()).isEqualTo(400);
        assertThat(cannotOpen.json().get("errors").get(0).get("field").asString()).isEqualTo("mentions");
        assertThat(supervisorMay.status()).as(supervisorMay.toString()).isEqualTo(201);
        assertThat(supervisorMay.json().get("note").get("mentions").size()).isEqualTo(2);
        // A refused note is not kept, half or whole.
        JsonNode notes = api.get("/api/conversations/" + id + "/notes").token(owner.token()).send().json().get("notes");
        assertThat(notes.size()).isEqualTo(1);
    }

    @Test
    void badMentionsAndABadMentionedFilterAreRefusedNamingTheField() {
        Api.Reply notIds = api.post("/api/conversations/" + id + "/notes", Map.of("content", "x", "mentions", List.of("rina")))
                .token(owner.token()).send();
        Api.Reply filter = api.get("/api/conversations?mentioned=rina").token(owner.token()).send();

        assertThat(notIds.status()).isEqualTo(400);
        assertThat(notIds.json().get("errors").get(0).get("field").asString()).startsWith("mentions");
        assertThat(filter.status()).isEqualTo(400);
        assertThat(filter.json().get("errors").get(0).get("field").asString()).isEqualTo("mentioned");
    }

    private Api.Reply add(SignedIn who, String content, List<String> mentions) {
        return api.post("/api/conversations/" + id + "/notes", Map.of("content", content, "mentions", mentions))
                .token(who.token()).send();
    }

    private List<String> names(SignedIn who, String query) {
        return api.get("/api/conversations?" + query).token(who.token()).send().json().get("data").valueStream()
                .map(item -> item.get("customerName").asString()).toList();
    }
}
