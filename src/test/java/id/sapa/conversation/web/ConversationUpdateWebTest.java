package id.sapa.conversation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import id.sapa.conversation.ChatMode;
import id.sapa.conversation.ConversationEvent;
import id.sapa.conversation.ConversationEvent.ConversationAssigned;
import id.sapa.conversation.ConversationEvent.ConversationResolved;
import id.sapa.conversation.ConversationEvent.InternalNotesChanged;
import id.sapa.conversation.ConversationEvent.ModeChanged;
import id.sapa.conversation.ConversationEvent.PriorityChanged;
import id.sapa.conversation.ConversationEvent.StatusChanged;
import id.sapa.conversation.ConversationEvent.TagsChanged;
import id.sapa.conversation.ConversationEventRecorder;
import id.sapa.conversation.ConversationStatus;
import id.sapa.conversation.Priority;
import id.sapa.conversation.Conversations;
import id.sapa.conversation.InboxFixtures;
import id.sapa.shared.ConversationId;
import id.sapa.shared.Role;
import id.sapa.shared.TenantId;
import id.sapa.shared.UserId;
import id.sapa.support.Api;
import id.sapa.support.TestAccounts.SignedIn;
import id.sapa.support.WebTestSupport;
import tools.jackson.databind.JsonNode;

/** PATCH /api/conversations/{id}: each field, what the other modules are told, and who may. */
class ConversationUpdateWebTest extends WebTestSupport {

    @Autowired
    InboxFixtures inbox;

    @Autowired
    Conversations conversations;
    @Autowired
    ConversationEventRecorder events;

    SignedIn owner;
    SignedIn operator;
    ConversationId id;

    @BeforeEach
    void setUp() {
        owner = accounts.registerBusiness("Toko Ubah");
        operator = accounts.addUser(owner.tenantId(), Role.OPERATOR);
        id = inbox
                .customerWrites(owner.tenantId(), "081355556666", "Wati", "Barangnya sudah sampai?", Instant.now());
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"status, pending", "status, closed", "status, spam", "priority, urgent", "priority, low",
            "mode, agent", "mode, paused", "internalNotes, Pelanggan lama; minta diskon"})
    void changesOneFieldAndTellsOnlyThat(String field, String value) {
        JsonNode conversation = patch(operator, Map.of(field, value));

        assertThat(conversation.get(field).asString()).isEqualTo(value);
        assertThat(events.changes(id)).containsExactly(told(field, value));
        assertThat(get().get(field).asString()).isEqualTo(value);
    }

    @Test
    void setsTagsTrimmedAndOnceEach() {
        JsonNode conversation = patch(operator, Map.of("tags", List.of(" vip ", "complaint", "vip")));

        assertThat(conversation.get("tags").valueStream().map(JsonNode::asString)).containsExactly("vip", "complaint");
        assertThat(events.changes(id)).containsExactly(new TagsChanged(tenant(), id, List.of("vip", "complaint")));

        patch(operator, Map.of("tags", List.of()));
        assertThat(get().get("tags").isEmpty()).isTrue();
    }

    @Test
    void resolvingStampsResolvedAtAndReopeningClearsIt() {
        JsonNode resolved = patch(operator, Map.of("status", "resolved"));

        Instant resolvedAt = Instant.parse(resolved.get("resolvedAt").asString());
        assertThat(resolvedAt).isBetween(Instant.now().minusSeconds(60), Instant.now());
        assertThat(events.changes(id)).containsExactly(new ConversationResolved(tenant(), id, resolvedAt));
        assertThat(storedResolvedAt()).isEqualTo(resolvedAt);

        JsonNode reopened = patch(operator, Map.of("status", "active"));

        assertThat(reopened.has("resolvedAt")).isFalse();
        assertThat(storedResolvedAt()).isNull();
        assertThat(events.changes(id).get(1)).isEqualTo(new StatusChanged(tenant(), id, ConversationStatus.ACTIVE, true));
    }

    @Test
    void severalFieldsAtOnceAndNothingForValuesThatDidNotChange() {
        patch(operator, Map.of("status", "pending", "priority", "normal", "mode", "bot", "tags", List.of("vip")));

        assertThat(events.changes(id)).containsExactly(new StatusChanged(tenant(), id, ConversationStatus.PENDING, false),
                new TagsChanged(tenant(), id, List.of("vip")));

        Api.Reply unchanged = api.patch("/api/conversations/" + id, Map.of("status", "pending"))
                .token(operator.token()).send();
        assertThat(unchanged.json().get("success").asBoolean()).isTrue();
        assertThat(events.changes(id)).hasSize(2);
    }

    @Test
    void anExplicitNullClearsTheNotesAndALeftOutFieldKeepsThem() {
        patch(operator, Map.of("internalNotes", "Kirim via JNE"));
        patch(operator, Map.of("priority", "high"));
        assertThat(get().get("internalNotes").asString()).isEqualTo("Kirim via JNE");

        Map<String, Object> clear = new HashMap<>();
        clear.put("internalNotes", null);
        patch(operator, clear);

        assertThat(get().has("internalNotes")).isFalse();
        assertThat(events.changes(id).get(2)).isEqualTo(new InternalNotesChanged(tenant(), id, null));
    }

    @Test
    void assigningThroughPatchNamesTheAssigneeAndHandsTheChatFromTheBot() {
        JsonNode conversation = patch(owner, Map.of("assignedCsId", operator.userId()));

        assertThat(conversation.get("assignedCs").get("id").asString()).isEqualTo(operator.userId());
        assertThat(conversation.get("assignedCs").get("name").asString()).isEqualTo("A operator");
        assertThat(conversation.get("mode").asString()).isEqualTo("agent");
        assertThat(events.changes(id)).containsExactly(
                new ConversationAssigned(tenant(), id, null, UserId.of(operator.userId()), UserId.of(owner.userId())),
                new ModeChanged(tenant(), id, ChatMode.AGENT));

        Map<String, Object> unassign = new HashMap<>();
        unassign.put("assignedCsId", null);
        assertThat(patch(owner, unassign).get("assignedCs").isNull()).isTrue();
    }

    @Test
    void anAssigneeWhoIsNotInTheTeamIsNotFoundNamingTheField() {
        SignedIn stranger = accounts.registerBusiness("Toko Lain");

        Api.Reply reply = api.patch("/api/conversations/" + id, Map.of("assignedCsId", stranger.userId()))
                .token(owner.token()).send();

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("field").asString()).isEqualTo("assignedCsId");
        assertThat(get().get("assignedCs").isNull()).isTrue();
        assertThat(events.changes(id)).isEmpty();
    }

    @Test
    void aViewerMayReadButNotChange() {
        SignedIn viewer = accounts.addUser(owner.tenantId(), Role.VIEWER);

        Api.Reply reply = api.patch("/api/conversations/" + id, Map.of("status", "resolved")).token(viewer.token()).send();

        assertThat(reply.status()).isEqualTo(403);
        assertThat(api.get("/api/conversations/" + id).token(viewer.token()).send().status()).isEqualTo(200);
        assertThat(get().get("status").asString()).isEqualTo("active");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"status\": \"open\"}                | status",
            "{\"priority\": \"critical\"}          | priority",
            "{\"mode\": \"robot\"}                 | mode",
            "{\"tags\": \"vip\"}                   | tags",
            "{\"tags\": [\"   \"]}                 | tags",
            "{\"assignedCsId\": \"someone\"}       | assignedCsId"})
    void anInvalidValueIsABadRequestNamingTheField(String body, String field) {
        Api.Reply reply = api.patch("/api/conversations/" + id, body).token(owner.token()).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    @Test
    void overlongNotesAreABadRequest() {
        Api.Reply reply = api.patch("/api/conversations/" + id, Map.of("internalNotes", "x".repeat(10_001)))
                .token(owner.token()).send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("internalNotes");
    }

    private JsonNode patch(SignedIn user, Map<String, Object> changes) {
        Api.Reply reply = api.patch("/api/conversations/" + id, changes).token(user.token()).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().get("success").asBoolean()).isTrue();
        return reply.json().get("conversation");
    }

    private JsonNode get() {
        return api.get("/api/conversations/" + id).token(owner.token()).send().json().get("conversation");
    }

    private Instant storedResolvedAt() {
        return jdbc.sql("SELECT resolved_at FROM conversations WHERE id = :id").param("id", id.value())
                .query(Timestamp.class).optional().map(Timestamp::toInstant).orElse(null);
    }

    private TenantId tenant() {
        return owner.tenantId();
    }

    /** The event that says a field of the request changed to the value. */
    private ConversationEvent told(String field, String value) {
        return switch (field) {
            case "status" -> new StatusChanged(tenant(), id, ConversationStatus.fromCode(value), false);
            case "priority" -> new PriorityChanged(tenant(), id, Priority.fromCode(value));
            case "mode" -> new ModeChanged(tenant(), id, ChatMode.fromCode(value));
            case "internalNotes" -> new InternalNotesChanged(tenant(), id, value);
            default -> throw new IllegalArgumentException(field);
        };
    }
}
