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
import id.sapa.support.TestAccounts.SignedIn;
import id.sapa.support.WebTestSupport;
import tools.jackson.databind.JsonNode;

/** Operators see their own conversations and the unassigned queue; supervisors see all. */
class ConversationVisibilityWebTest extends WebTestSupport {

    @Autowired
    InboxFixtures inbox;

    SignedIn owner;
    SignedIn supervisor;
    SignedIn ani;
    SignedIn budi;
    ConversationId forBudi;

    @BeforeEach
    void inbox() {
        owner = accounts.registerBusiness("Toko Pandang");
        supervisor = accounts.addUser(owner.tenantId(), Role.SUPERVISOR);
        ani = accounts.addUser(owner.tenantId(), Role.OPERATOR);
        budi = accounts.addUser(owner.tenantId(), Role.OPERATOR);
        ConversationId forAni = inbox.customerWrites(owner.tenantId(), "081388800001", "Untuk Ani", "Halo", Instant.now());
        forBudi = inbox.customerWrites(owner.tenantId(), "081388800002", "Untuk Budi", "Halo", Instant.now());
        inbox.customerWrites(owner.tenantId(), "081388800003", "Antre", "Halo", Instant.now());
        assign(forAni, ani);
        assign(forBudi, budi);
    }

    @Test
    void operatorsSeeTheirOwnAndTheQueue() {
        assertThat(names(ani, "")).containsExactlyInAnyOrder("Untuk Ani", "Antre");
        assertThat(names(budi, "")).containsExactlyInAnyOrder("Untuk Budi", "Antre");
        assertThat(names(ani, "?assignedTo=" + budi.userId())).isEmpty();
        assertThat(total(ani)).isEqualTo(2);
    }

    @Test
    void anOperatorCannotReadOrAnswerAColleaguesConversation() {
        assertThat(api.get("/api/conversations/" + forBudi).token(ani.token()).send().status()).isEqualTo(403);
        assertThat(api.get("/api/messages?conversationId=" + forBudi).token(ani.token()).send().status()).isEqualTo(403);
        assertThat(api.post("/api/messages/send", Map.of("conversationId", forBudi.toString(), "content", "Halo"))
                .token(ani.token()).send().status()).isEqualTo(403);
        assertThat(api.get("/api/messages?conversationId=" + forBudi).token(budi.token()).send().status()).isEqualTo(200);
        assertThat(api.get("/api/messages?conversationId=" + forBudi).token(supervisor.token()).send().status())
                .isEqualTo(200);
    }

    @Test
    void supervisorsAndOwnersSeeEverything() {
        assertThat(names(supervisor, "")).containsExactlyInAnyOrder("Untuk Ani", "Untuk Budi", "Antre");
        assertThat(names(owner, "")).hasSize(3);
        assertThat(total(supervisor)).isEqualTo(3);
    }

    private void assign(ConversationId id, SignedIn to) {
        api.post("/api/conversations/" + id + "/assign", Map.of("csOperatorId", to.userId())).token(owner.token()).send();
    }

    private java.util.List<String> names(SignedIn who, String query) {
        JsonNode data = api.get("/api/conversations" + query).token(who.token()).send().json().get("data");
        return data.valueStream().map(c -> c.get("customerName").asString()).toList();
    }

    private long total(SignedIn who) {
        return api.get("/api/conversations").token(who.token()).send().json().get("meta").get("total").asLong();
    }
}
