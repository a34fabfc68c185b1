package id.sapa.autoreply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.sapa.conversation.ChatMode;
import id.sapa.conversation.ConversationEvent.ModeChanged;
import id.sapa.conversation.ConversationEventRecorder;
import id.sapa.conversation.InboxFixtures;
import id.sapa.shared.ConversationId;
import id.sapa.shared.Role;
import id.sapa.shared.UserId;
import id.sapa.support.Sandbox;
import id.sapa.support.TestAccounts.SignedIn;

/**
 * {@code smart_route} (seed 003 "urgent" → find an available agent): the conversation goes at once
 * to the member the rule names when they can take it, else to the least loaded member online with
 * room, whatever the automatic assignment setting; with nobody available it waits in the queue.
 */
class SmartRouteWebTest extends AutoReplyWebTestSupport {

    private static final AtomicInteger PHONES = new AtomicInteger();

    @Autowired
    InboxFixtures inbox;
    @Autowired
    ConversationEventRecorder recorded;

    SignedIn owner;
    SignedIn ani;
    SignedIn budi;
    Sandbox sandbox;

    @BeforeEach
    void setUp() {
        owner = accounts.registerBusiness("Toko Cepat Tanggap");
        ani = accounts.addUser(owner.tenantId(), Role.OPERATOR);
        budi = accounts.addUser(owner.tenantId(), Role.OPERATOR);
        sandbox = new Sandbox(api, owner.token());
        sandbox.connect();
        withoutRules(owner);
    }

    private void urgentRule(String routeToCsId) {
        Map<String, Object> rule = new HashMap<>(Map.of("name", "Urgent", "triggerType", "keyword", "keywords",
                List.of("urgent"), "matchType", "contains", "responseType", "smart_route", "routeCondition", "urgent",
                "responseMessage", "Tim kami segera membantu.", "priority", 100, "delaySeconds", 0));
        if (routeToCsId != null) {
            rule.put("routeToCsId", routeToCsId);
        }
        createId(owner, rule);
    }

    @Test
    void theLeastLoadedMemberOnlineTakesItAtOnceWithAutomaticAssignmentOff() {
        online(ani, 5);
        online(budi, 5);
        busyWith(ani, 2);
        busyWith(budi, 1);
        urgentRule(null);

        ConversationId routed = customerSays("0812" + next(), "URGENT barang belum sampai");

        assertThat(assignee(routed)).isEqualTo(budi.userId());
        Map<String, Object> row = row(routed);
        assertThat(row).containsEntry("mode", "agent").containsEntry("priority", "urgent");
        assertThat(chatCount(budi)).isEqualTo(2).isEqualTo(actualOpen(budi));
        // The same events as an assignment by hand: the live inbox and the assignee hear of it.
        assertThat(recorded.assignments(routed)).singleElement().satisfies(assigned -> {
            assertThat(assigned.to()).isEqualTo(new UserId(UUID.fromString(budi.userId())));
            assertThat(assigned.from()).isNull();
            assertThat(assigned.by()).isNull();
        });
        assertThat(recorded.changes(routed)).contains(recorded.assignments(routed).getFirst(),
                new ModeChanged(owner.tenantId(), routed, ChatMode.AGENT));
        assertThat(jdbc.sql("SELECT count(*) FROM conversation_assignments WHERE conversation_id = ? AND to_user_id = ?")
                .param(routed.value()).param(UUID.fromString(budi.userId())).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void membersOfflineAwayFullOrReadOnlyAreSkipped() {
        online(ani, 1);
        busyWith(ani, 1); // full
        online(budi, 5);
        status(budi, "away");
        SignedIn citra = accounts.addUser(owner.tenantId(), Role.OPERATOR); // offline
        SignedIn viewer = accounts.addUser(owner.tenantId(), Role.VIEWER);
        // A viewer cannot show themselves online; were one online, they still could not answer.
        jdbc.sql("UPDATE users SET status = 'online', last_seen_at = now() WHERE id = ?")
                .param(UUID.fromString(viewer.userId())).update();
        SignedIn dewi = accounts.addUser(owner.tenantId(), Role.OPERATOR);
        online(dewi, 3);
        busyWith(dewi, 2);
        urgentRule(null);

        ConversationId routed = customerSays("0812" + next(), "urgent tolong");

        assertThat(assignee(routed)).isEqualTo(dewi.userId());
        assertThat(chatCount(ani)).isEqualTo(1);
        assertThat(chatCount(citra)).isZero();
        assertThat(chatCount(viewer)).isZero();
    }

    @Test
    void theMemberTheRuleNamesIsPreferredWhileTheyCanTakeIt() {
        online(ani, 5);
        online(budi, 5);
        busyWith(ani, 3);
        urgentRule(ani.userId());

        ConversationId first = customerSays("0812" + next(), "urgent 1");
        assertThat(assignee(first)).as("named and available, though busier").isEqualTo(ani.userId());

        status(ani, "offline");
        ConversationId second = customerSays("0812" + next(), "urgent 2");
        assertThat(assignee(second)).as("named but offline: someone available instead").isEqualTo(budi.userId());
    }

    @Test
    void theNamedMemberAtCapacityIsPassedOver() {
        online(ani, 2);
        busyWith(ani, 2);
        online(budi, 5);
        urgentRule(ani.userId());

        ConversationId routed = customerSays("0812" + next(), "urgent");

        assertThat(assignee(routed)).isEqualTo(budi.userId());
        assertThat(chatCount(ani)).isEqualTo(2);
    }

    @Test
    void withNobodyAvailableItWaitsInTheQueue() {
        online(ani, 1);
        busyWith(ani, 1);
        urgentRule(budi.userId()); // budi is offline

        ConversationId routed = customerSays("0812" + next(), "URGENT");

        Map<String, Object> row = row(routed);
        assertThat(row.get("assigned_cs_id")).isNull();
        assertThat(row).containsEntry("mode", "agent").containsEntry("priority", "urgent");
        assertThat((String) row.get("tags")).contains("urgent");
        assertThat(recorded.assignments(routed)).isEmpty();
    }

    @Test
    void aConversationSomeoneHasStaysWithThem() {
        online(budi, 5);
        urgentRule(null);
        String phone = "0812" + next();
        ConversationId conversation = customerSays(phone, "halo");
        jdbc.sql("UPDATE conversations SET assigned_cs_id = ? WHERE id = ?").param(UUID.fromString(ani.userId()))
                .param(conversation.value()).update();

        customerSays(phone, "urgent");

        assertThat(assignee(conversation)).isEqualTo(ani.userId());
        assertThat(row(conversation)).containsEntry("priority", "urgent");
    }

    @Test
    void routingAndAutomaticAssignmentAtOnceNeverPassAnyonesCapacity() throws Exception {
        api.patch("/api/tenant", Map.of("settings", Map.of("autoAssign", true))).token(owner.token()).send();
        online(ani, 2);
        online(budi, 2);
        urgentRule(null);

        List<String> phones = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            phones.add("0812" + next());
        }
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> arrivals = new ArrayList<>();
            for (int i = 0; i < phones.size(); i++) {
                String phone = phones.get(i);
                // Half the customers are routed by the rule, half only wait for automatic assignment.
                String text = i % 2 == 0 ? "urgent" : "halo";
                arrivals.add(threads.submit(() -> {
                    start.await();
                    return customerSays(phone, text);
                }));
            }
            start.countDown();
            for (Future<?> arrival : arrivals) {
                arrival.get();
            }
        } finally {
            threads.shutdown();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> assignedOpen() == 4 && noHandOutPending());
        assertThat(chatCount(ani)).isEqualTo(2).isEqualTo(actualOpen(ani));
        assertThat(chatCount(budi)).isEqualTo(2).isEqualTo(actualOpen(budi));
    }

    // --- helpers

    private static int next() {
        return 40_000_000 + PHONES.incrementAndGet();
    }

    /** The customer writes through the sandbox; answers once the engine has looked at the message. */
    private ConversationId customerSays(String phone, String text) {
        UUID messageId = UUID.fromString(sandbox.customerSays(phone, "Pelanggan", text).get("messageId").asString());
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql("""
                SELECT count(*) FROM auto_reply_sessions s JOIN messages m ON m.conversation_id = s.conversation_id
                WHERE m.id = ? AND s.last_inbound_at >= m.sent_at""").param(messageId).query(Integer.class).single() == 1);
        return new ConversationId(jdbc.sql("SELECT conversation_id FROM messages WHERE id = ?").param(messageId)
                .query(UUID.class).single());
    }

    /** Gives the member open conversations of other customers (not through the rules). */
    private void busyWith(SignedIn member, int conversations) {
        for (int i = 0; i < conversations; i++) {
            ConversationId id = inbox.customerWrites(owner.tenantId(), "0813" + next(), "Lain", "Halo", Instant.now());
            jdbc.sql("UPDATE conversations SET assigned_cs_id = ? WHERE id = ?").param(UUID.fromString(member.userId()))
                    .param(id.value()).update();
        }
    }

    private void online(SignedIn member, int capacity) {
        assertThat(api.patch("/api/cs-operators/" + member.userId(), Map.of("maxConcurrentChats", capacity))
                .token(owner.token()).send().status()).isEqualTo(200);
        status(member, "online");
    }

    private void status(SignedIn member, String status) {
        assertThat(api.patch("/api/cs-operators/" + member.userId() + "/status", Map.of("status", status))
                .token(member.token()).send().status()).isEqualTo(200);
    }

    private String assignee(ConversationId id) {
        UUID assignee = jdbc.sql("SELECT assigned_cs_id FROM conversations WHERE id = ?").param(id.value())
                .query(UUID.class).optional().orElse(null);
        return assignee == null ? null : assignee.toString();
    }

    private Map<String, Object> row(ConversationId id) {
        return jdbc.sql("SELECT mode, priority, tags::text AS tags, assigned_cs_id FROM conversations WHERE id = ?")
                .param(id.value()).query().singleRow();
    }

    private int chatCount(SignedIn member) {
        return jdbc.sql("SELECT current_chat_count FROM users WHERE id = ?").param(UUID.fromString(member.userId()))
                .query(Integer.class).single();
    }

    private int actualOpen(SignedIn member) {
        return jdbc.sql("SELECT count(*) FROM conversations WHERE assigned_cs_id = ? AND status IN ('active', 'pending')")
                .param(UUID.fromString(member.userId())).query(Integer.class).single();
    }

    private long assignedOpen() {
        return jdbc.sql("""
                SELECT count(*) FROM conversations
                WHERE tenant_id = ? AND assigned_cs_id IS NOT NULL AND status IN ('active', 'pending')""")
                .param(owner.tenantId().value()).query(Long.class).single();
    }

    private boolean noHandOutPending() {
        return jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = 'assign-conversations' AND task_instance LIKE ?")
                .param(owner.tenantId() + ":%").query(Long.class).single() == 0;
    }
}
