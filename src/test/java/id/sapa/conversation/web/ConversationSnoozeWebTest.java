package id.sapa.conversation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.sapa.conversation.ConversationEvent.SnoozeChanged;
import id.sapa.conversation.ConversationEventRecorder;
import id.sapa.conversation.InboxFixtures;
import id.sapa.shared.ConversationId;
import id.sapa.shared.Role;
import id.sapa.shared.TenantId;
import id.sapa.support.Api;
import id.sapa.support.TestAccounts.SignedIn;
import id.sapa.support.WebTestSupport;
import tools.jackson.databind.JsonNode;

/** Snoozing a conversation: pending until a time, open again then or when the customer writes; durable. */
class ConversationSnoozeWebTest extends WebTestSupport {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    InboxFixtures inbox;
    @Autowired
    ConversationEventRecorder events;

    SignedIn owner;
    SignedIn operator;
    ConversationId id;

    @BeforeEach
    void setUp() {
        owner = accounts.registerBusiness("Toko Tunda");
        operator = accounts.addUser(owner.tenantId(), Role.OPERATOR);
        id = inbox.customerWrites(owner.tenantId(), "081377778888", "Dewi", "Bisa kirim besok?", Instant.now());
    }

    private Api.Reply snooze(Object until) {
        Map<String, Object> body = new HashMap<>();
        body.put("snoozedUntil", until);
        return api.patch("/api/conversations/" + id, body).token(operator.token()).send();
    }

    private JsonNode get() {
        return api.get("/api/conversations/" + id).token(operator.token()).send().json().get("conversation");
    }

    private int wakeJobs() {
        return jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = 'wake-snoozed' AND task_instance LIKE ?")
                .param(id + "@%").query(Integer.class).single();
    }

    @Test
    void aSnoozedChatIsPendingUntilItsTimeAndThenOpenAgain() {
        Instant until = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.MILLIS);
        Api.Reply snoozed = snooze(until.toString());

        assertThat(snoozed.status()).isEqualTo(200);
        JsonNode conversation = snoozed.json().get("conversation");
        assertThat(conversation.get("status").asString()).isEqualTo("pending");
        assertThat(Instant.parse(conversation.get("snoozedUntil").asString())).isEqualTo(until);
        assertThat(events.changes(id)).contains(new SnoozeChanged(tenant(), id, until));
        assertThat(wakeJobs()).as("a durable job opens it at the time").isEqualTo(1);

        await().atMost(WAIT).until(() -> "active".equals(get().get("status").asString()));
        assertThat(get().has("snoozedUntil")).isFalse();
        assertThat(events.changes(id)).contains(new SnoozeChanged(tenant(), id, null));
    }

    @Test
    void theCustomerWritingOpensItBeforeItsTime() {
        snooze(Instant.now().plus(Duration.ofHours(2)).toString());

        inbox.customerWrites(owner.tenantId(), "081377778888", "Dewi", "Halo? Jadi kirim?", Instant.now());

        JsonNode conversation = get();
        assertThat(conversation.get("status").asString()).isEqualTo("active");
        assertThat(conversation.has("snoozedUntil")).isFalse();
        assertThat(events.changes(id)).contains(new SnoozeChanged(tenant(), id, null));
    }

    @Test
    void aSnoozeMovedLaterIsNotEndedByTheEarlierTime() {
        snooze(Instant.now().plusSeconds(2).toString());
        Instant later = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MILLIS);
        snooze(later.toString());

        // The first time's job runs and finds the snooze moved: it leaves the conversation pending.
        await().atMost(WAIT).until(() -> wakeJobs() == 1);
        JsonNode conversation = get();
        assertThat(conversation.get("status").asString()).isEqualTo("pending");
        assertThat(Instant.parse(conversation.get("snoozedUntil").asString())).isEqualTo(later);
    }

    @Test
    void clearingTheSnoozeOpensTheChatAndAPastTimeIsRefused() {
        snooze(Instant.now().plus(Duration.ofHours(1)).toString());
        JsonNode woken = snooze(null).json().get("conversation");
        assertThat(woken.get("status").asString()).isEqualTo("active");
        assertThat(woken.has("snoozedUntil")).isFalse();

        Api.Reply past = snooze(Instant.now().minusSeconds(60).toString());
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().get("errors").get(0).get("field").asString()).isEqualTo("snoozedUntil");
        assertThat(get().get("status").asString()).isEqualTo("active");
    }

    private TenantId tenant() {
        return owner.tenantId();
    }
}
