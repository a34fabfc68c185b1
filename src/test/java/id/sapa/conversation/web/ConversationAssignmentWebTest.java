package id.sapa.conversation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

import id.sapa.conversation.ChatMode;
import id.sapa.conversation.ConversationEvent.ModeChanged;
import id.sapa.conversation.ConversationEventRecorder;
import id.sapa.conversation.Conversations;
import id.sapa.conversation.InboxFixtures;
import id.sapa.shared.ConversationId;
import id.sapa.shared.Role;
import id.sapa.shared.UserId;
import id.sapa.support.Api;
import id.sapa.support.TestAccounts.SignedIn;
import id.sapa.support.WebTestSupport;

/** POST /api/conversations/{id}/assign and /unassign: who may hand a chat to whom, and the history kept. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConversationAssignmentWebTest extends WebTestSupport {

    @Autowired
    Conversations conversations;
    @Autowired
    ConversationEventRecorder events;

    @Autowired
    InboxFixtures inbox;
    final Map<Role, SignedIn> team = new EnumMap<>(Role.class);
    SignedIn colleague;
    final AtomicInteger customers = new AtomicInteger();
    ConversationId id;

    @BeforeAll
    void createTeam() {
        SignedIn owner = accounts.registerBusiness("Toko Tugas");
        team.put(Role.OWNER, owner);
        for (Role role : new Role[] {Role.ADMIN, Role.SUPERVISOR, Role.OPERATOR, Role.VIEWER}) {
            team.put(role, accounts.addUser(owner.tenantId(), role));
        }
        colleague = accounts.addUser(owner.tenantId(), Role.OPERATOR);
    }

    @BeforeEach
    void newConversation() {
        id = inbox.customerWrites(team.get(Role.OWNER).tenantId(), "0813" + (20_000_000 + customers.incrementAndGet()),
                "Pelanggan", "Halo kak", Instant.now());
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"OWNER", "ADMIN", "SUPERVISOR"})
    void supervisorsAssignAnyoneAndTheHistoryRemembersIt(Role role) {
        SignedIn supervisor = team.get(role);

        Api.Reply reply = assign(supervisor, colleague.userId());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().get("success").asBoolean()).isTrue();
        assertThat(reply.json().get("message").asString()).isEqualTo("Conversation assigned to A operator");
        assertThat(assignee()).isEqualTo(colleague.userId());
        assertThat(history()).containsExactly(new Handover(null, colleague.userId(), supervisor.userId()));
        assertThat(events.assignments(id)).singleElement().satisfies(assigned -> {
            assertThat(assigned.from()).isNull();
            assertThat(assigned.to()).isEqualTo(UserId.of(colleague.userId()));
            assertThat(assigned.by()).isEqualTo(UserId.of(supervisor.userId()));
        });
        assertThat(events.changes(id)).containsExactly(events.assignments(id).getFirst(),
                new ModeChanged(supervisor.tenantId(), id, ChatMode.AGENT));
    }

    @Test
    void reassigningAndUnassigningAreKeptInOrder() {
        SignedIn supervisor = team.get(Role.SUPERVISOR);
        SignedIn operator = team.get(Role.OPERATOR);

        assign(supervisor, operator.userId());
        assign(supervisor, colleague.userId());
        assign(supervisor, colleague.userId());
        Api.Reply unassigned = unassign(supervisor);

        assertThat(unassigned.json().get("message").asString()).isEqualTo("Conversation unassigned");
        assertThat(assignee()).isNull();
        assertThat(history()).containsExactly(
                new Handover(null, operator.userId(), supervisor.userId()),
                new Handover(operator.userId(), colleague.userId(), supervisor.userId()),
                new Handover(colleague.userId(), null, supervisor.userId()));
    }

    @Test
    void anOperatorTakesAConversationAndGivesItBack() {
        SignedIn operator = team.get(Role.OPERATOR);

        assertThat(assign(operator, operator.userId()).status()).isEqualTo(200);
        assertThat(assignee()).isEqualTo(operator.userId());
        assertThat(unassign(operator).status()).isEqualTo(200);
        assertThat(assignee()).isNull();
        assertThat(history()).extracting(Handover::by).containsExactly(operator.userId(), operator.userId());
    }

    @Test
    void anOperatorMayNotAssignOthersNorUnassignThem() {
        SignedIn operator = team.get(Role.OPERATOR);

        Api.Reply toColleague = assign(operator, colleague.userId());
        Api.Reply byPatch = api.patch("/api/conversations/" + id, Map.of("assignedCsId", colleague.userId()))
                .token(operator.token()).send();

        assertThat(toColleague.status()).isEqualTo(403);
        assertThat(toColleague.json().get("type").asString()).endsWith("/forbidden");
        assertThat(byPatch.status()).isEqualTo(403);
        assertThat(assignee()).isNull();

        assign(team.get(Role.SUPERVISOR), colleague.userId());
        assertThat(unassign(operator).status()).isEqualTo(403);
        assertThat(assignee()).isEqualTo(colleague.userId());
        assertThat(history()).hasSize(1);
    }

    @Test
    void anOperatorWorksOnlyOnTheirOwnAndUnassignedConversations() {
        assign(team.get(Role.SUPERVISOR), colleague.userId());
        String operator = team.get(Role.OPERATOR).token();

        Api.Reply reply = api.patch("/api/conversations/" + id,
                Map.of("status", "pending", "assignedCsId", colleague.userId())).token(operator).send();
        Api.Reply read = api.get("/api/conversations/" + id).token(operator).send();
        Api.Reply colleagues = api.patch("/api/conversations/" + id, Map.of("status", "pending"))
                .token(colleague.token()).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
        assertThat(read.status()).isEqualTo(403);
        assertThat(colleagues.status()).isEqualTo(200);
        assertThat(api.get("/api/conversations/" + id).token(team.get(Role.SUPERVISOR).token()).send().status())
                .isEqualTo(200);
        assertThat(history()).hasSize(1);
    }

    @Test
    void aViewerCannotAssignNorBeAssigned() {
        SignedIn viewer = team.get(Role.VIEWER);

        assertThat(assign(viewer, viewer.userId()).status()).isEqualTo(403);
        Api.Reply toViewer = assign(team.get(Role.OWNER), viewer.userId());

        assertThat(toViewer.status()).isEqualTo(400);
        assertThat(toViewer.json().get("errors").get(0).get("field").asString()).isEqualTo("csOperatorId");
        assertThat(assignee()).isNull();
    }

    @Test
    void anUnknownAssigneeIsNotFoundNamingTheField() {
        Api.Reply reply = assign(team.get(Role.OWNER), UUID.randomUUID().toString());

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("field").asString()).isEqualTo("csOperatorId");
        assertThat(history()).isEmpty();
    }

    @Test
    void aMissingOrMalformedAssigneeIsABadRequest() {
        Api.Reply missing = api.post("/api/conversations/" + id + "/assign", Map.of()).token(team.get(Role.OWNER).token())
                .send();
        Api.Reply malformed = api.post("/api/conversations/" + id + "/assign", Map.of("csOperatorId", "budi"))
                .token(team.get(Role.OWNER).token()).send();

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("csOperatorId");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("errors").get(0).get("field").asString()).isEqualTo("csOperatorId");
    }

    private Api.Reply assign(SignedIn by, String userId) {
        return api.post("/api/conversations/" + id + "/assign", Map.of("csOperatorId", userId)).token(by.token()).send();
    }

    private Api.Reply unassign(SignedIn by) {
        return api.post("/api/conversations/" + id + "/unassign", null).token(by.token()).send();
    }

    private String assignee() {
        return jdbc.sql("SELECT assigned_cs_id::text FROM conversations WHERE id = :id").param("id", id.value())
                .query(String.class).optional().orElse(null);
    }

    private List<Handover> history() {
        return jdbc.sql("""
                SELECT from_user_id::text, to_user_id::text, assigned_by::text FROM conversation_assignments
                WHERE conversation_id = :id ORDER BY assigned_at, id
                """)
                .param("id", id.value())
                .query((rs, row) -> new Handover(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    record Handover(String from, String to, String by) {
    }
}
