package id.sapa.conversation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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

import id.sapa.conversation.Conversations;
import id.sapa.conversation.InboxFixtures;
import id.sapa.shared.ConversationId;
import id.sapa.shared.Role;
import id.sapa.shared.TenantId;
import id.sapa.support.Api;
import id.sapa.support.TestAccounts.SignedIn;
import id.sapa.support.WebTestSupport;
import id.sapa.tenant.Tenants;

/**
 * Automatic assignment: in turn among online members, never past anyone's capacity even when
 * conversations arrive at once, the rest queued and handed out as people come online or free up.
 */
class AutoAssignmentWebTest extends WebTestSupport {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final AtomicInteger PHONES = new AtomicInteger();

    @Autowired
    InboxFixtures inbox;
    @Autowired
    Conversations conversations;
    @Autowired
    Tenants tenants;

    SignedIn owner;
    SignedIn ani;
    SignedIn budi;

    @BeforeEach
    void team() {
        owner = accounts.registerBusiness("Toko Bagi Rata");
        ani = accounts.addUser(owner.tenantId(), Role.OPERATOR);
        budi = accounts.addUser(owner.tenantId(), Role.OPERATOR);
        Api.Reply on = api.patch("/api/tenant", Map.of("settings", Map.of("autoAssign", true))).token(owner.token()).send();
        assertThat(on.status()).as(on.toString()).isEqualTo(200);
    }

    @Test
    void onlineOperatorsReceiveConversationsInTurn() {
        online(ani, 10);
        online(budi, 10);

        List<ConversationId> arrived = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            arrived.add(customerWrites());
            int handed = i + 1;
            await().atMost(WAIT).until(() -> assignedCount() == handed);
        }

        assertThat(assignees(arrived)).containsExactly(first(arrived), second(arrived), first(arrived), second(arrived),
                first(arrived), second(arrived));
        assertThat(List.of(first(arrived), second(arrived))).containsExactlyInAnyOrder(ani.userId(), budi.userId());
        assertThat(currentChatCount(ani)).isEqualTo(3);
        assertThat(currentChatCount(budi)).isEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM conversation_assignments WHERE tenant_id = ? AND assigned_by IS NULL")
                .param(owner.tenantId().value()).query(Long.class).single()).isEqualTo(6);
    }

    @Test
    void conversationsArrivingAtOnceNeverPushAnyonePastCapacity() throws Exception {
        online(ani, 3);
        online(budi, 3);

        arriveAtOnce(24);

        await().atMost(WAIT).until(() -> assignedCount() == 6 && noHandOutPending());
        assertThat(currentChatCount(ani)).isEqualTo(3).isEqualTo(actualOpen(ani));
        assertThat(currentChatCount(budi)).isEqualTo(3).isEqualTo(actualOpen(budi));
        assertThat(queued()).isEqualTo(18);
    }

    @Test
    void resolvingAndArrivingAtOnceKeepEveryCountExactAndWithinCapacity() throws Exception {
        online(ani, 3);
        online(budi, 3);
        arriveAtOnce(12);
        await().atMost(WAIT).until(() -> assignedCount() == 6 && noHandOutPending());
        List<UUID> assigned = jdbc.sql("SELECT id FROM conversations WHERE tenant_id = ? AND assigned_cs_id IS NOT NULL")
                .param(tenant().value()).query(UUID.class).list();

        ExecutorService threads = Executors.newFixedThreadPool(12);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (UUID id : assigned) {
                work.add(threads.submit(() -> assertThat(api.patch("/api/conversations/" + id,
                        Map.of("status", "resolved")).token(owner.token()).send().status()).isEqualTo(200)));
                work.add(threads.submit(this::customerWrites));
            }
            for (Future<?> done : work) {
                done.get();
            }
        } finally {
            threads.shutdown();
        }

        await().atMost(WAIT).until(() -> assignedOpen() == 6 && noHandOutPending());
        assertThat(currentChatCount(ani)).isEqualTo(3).isEqualTo(actualOpen(ani));
        assertThat(currentChatCount(budi)).isEqualTo(3).isEqualTo(actualOpen(budi));
        assertThat(queued()).isEqualTo(6);
    }

    @Test
    void theQueueIsHandedOutAsPeopleFreeUpOrComeOnline() throws Exception {
        online(ani, 2);
        online(budi, 2);
        arriveAtOnce(10);
        await().atMost(WAIT).until(() -> assignedCount() == 4 && noHandOutPending());
        assertThat(queued()).isEqualTo(6);

        String anisConversation = jdbc.sql("SELECT id FROM conversations WHERE assigned_cs_id = ? LIMIT 1")
                .param(UUID.fromString(ani.userId())).query(UUID.class).single().toString();
        api.patch("/api/conversations/" + anisConversation, Map.of("status", "resolved")).token(ani.token()).send();
        await().atMost(WAIT).until(() -> queued() == 5 && noHandOutPending());
        assertThat(currentChatCount(ani)).isEqualTo(2).isEqualTo(actualOpen(ani));

        SignedIn citra = accounts.addUser(owner.tenantId(), Role.OPERATOR);
        online(citra, 3);
        await().atMost(WAIT).until(() -> queued() == 2 && noHandOutPending());
        assertThat(currentChatCount(citra)).isEqualTo(3);

        api.patch("/api/cs-operators/" + budi.userId(), Map.of("maxConcurrentChats", 4)).token(owner.token()).send();
        await().atMost(WAIT).until(() -> queued() == 0 && noHandOutPending());
        assertThat(currentChatCount(budi)).isEqualTo(4).isEqualTo(actualOpen(budi));
    }

    @Test
    void nobodyOfflineAwayOrReadOnlyReceivesConversations() {
        online(ani, 5);
        api.patch("/api/cs-operators/" + ani.userId() + "/status", Map.of("status", "away")).token(ani.token()).send();
        SignedIn viewer = accounts.addUser(owner.tenantId(), Role.VIEWER);
        api.patch("/api/cs-operators/" + viewer.userId() + "/status", Map.of("status", "online")).token(viewer.token())
                .send();

        customerWrites();
        await().atMost(WAIT).until(this::noHandOutPending);

        assertThat(assignedCount()).isZero();
        assertThat(queued()).isEqualTo(1);
    }

    @Test
    void withAutomaticAssignmentOffConversationsStayUnassigned() {
        api.patch("/api/tenant", Map.of("settings", Map.of("autoAssign", false))).token(owner.token()).send();
        online(ani, 5);

        customerWrites();

        // A hand-out scheduled while the setting was still on may be running: once none is left,
        // nothing may have been assigned.
        await().atMost(WAIT).until(this::noHandOutPending);
        assertThat(assignedCount()).isZero();
    }

    @Test
    void turningAutomaticAssignmentOnHandsOutWhatIsWaiting() {
        api.patch("/api/tenant", Map.of("settings", Map.of("autoAssign", false))).token(owner.token()).send();
        online(ani, 5);
        customerWrites();
        customerWrites();

        api.patch("/api/tenant", Map.of("settings", Map.of("autoAssign", true))).token(owner.token()).send();

        await().atMost(WAIT).until(() -> assignedCount() == 2 && noHandOutPending());
        assertThat(currentChatCount(ani)).isEqualTo(2);
    }

    @Test
    void anotherModuleCanAskForAConversationToBeAssigned() {
        api.patch("/api/tenant", Map.of("settings", Map.of("autoAssign", false))).token(owner.token()).send();
        ConversationId waiting = customerWrites();
        // Set up without the events that would hand it out by themselves.
        jdbc.sql("UPDATE tenants SET settings = settings || '{\"autoAssign\": true}' WHERE id = ?")
                .param(tenant().value()).update();
        // Written behind Sapa's back, the setting shows once the tenant read moments ago is stale.
        await().atMost(WAIT).until(() -> Boolean.TRUE.equals(tenants.get(tenant()).settings().get("autoAssign")));
        jdbc.sql("UPDATE users SET status = 'online', last_seen_at = now() WHERE id = ?")
                .param(UUID.fromString(ani.userId())).update();
        assertThat(queued()).isEqualTo(1);

        conversations.requestAssignment(tenant(), waiting);

        await().atMost(WAIT).until(() -> assignedCount() == 1 && noHandOutPending());
        assertThat(assignees(List.of(waiting))).containsExactly(ani.userId());
    }

    private void arriveAtOnce(int conversations) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(12);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ConversationId>> arrivals = new ArrayList<>();
            for (int i = 0; i < conversations; i++) {
                arrivals.add(threads.submit(() -> {
                    start.await();
                    return customerWrites();
                }));
            }
            start.countDown();
            for (Future<ConversationId> arrival : arrivals) {
                arrival.get();
            }
        } finally {
            threads.shutdown();
        }
    }

    private ConversationId customerWrites() {
        return inbox.customerWrites(owner.tenantId(), "0814" + (30_000_000 + PHONES.incrementAndGet()), "Pelanggan",
                "Halo", Instant.now());
    }

    private void online(SignedIn member, int capacity) {
        assertThat(api.patch("/api/cs-operators/" + member.userId(), Map.of("maxConcurrentChats", capacity))
                .token(owner.token()).send().status()).isEqualTo(200);
        assertThat(api.patch("/api/cs-operators/" + member.userId() + "/status", Map.of("status", "online"))
                .token(member.token()).send().status()).isEqualTo(200);
    }

    private TenantId tenant() {
        return owner.tenantId();
    }

    private long assignedCount() {
        return jdbc.sql("SELECT count(*) FROM conversations WHERE tenant_id = ? AND assigned_cs_id IS NOT NULL")
                .param(tenant().value()).query(Long.class).single();
    }

    private long assignedOpen() {
        return jdbc.sql("""
                SELECT count(*) FROM conversations
                WHERE tenant_id = ? AND assigned_cs_id IS NOT NULL AND status IN ('active', 'pending')""")
                .param(tenant().value()).query(Long.class).single();
    }

    private long queued() {
        return jdbc.sql("""
                SELECT count(*) FROM conversations
                WHERE tenant_id = ? AND assigned_cs_id IS NULL AND status IN ('active', 'pending')""")
                .param(tenant().value()).query(Long.class).single();
    }

    private boolean noHandOutPending() {
        return jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = 'assign-conversations' AND task_instance LIKE ?")
                .param(tenant() + ":%").query(Long.class).single() == 0;
    }

    private int currentChatCount(SignedIn member) {
        return jdbc.sql("SELECT current_chat_count FROM users WHERE id = ?").param(UUID.fromString(member.userId()))
                .query(Integer.class).single();
    }

    private int actualOpen(SignedIn member) {
        return jdbc.sql("SELECT count(*) FROM conversations WHERE assigned_cs_id = ? AND status IN ('active', 'pending')")
                .param(UUID.fromString(member.userId())).query(Integer.class).single();
    }

    private List<String> assignees(List<ConversationId> conversations) {
        List<String> assignees = new ArrayList<>();
        for (ConversationId id : conversations) {
            assignees.add(jdbc.sql("SELECT assigned_cs_id FROM conversations WHERE id = ?").param(id.value())
                    .query(UUID.class).single().toString());
        }
        return assignees;
    }

    private String first(List<ConversationId> arrived) {
        return assignees(arrived).get(0);
    }

    private String second(List<ConversationId> arrived) {
        return assignees(arrived).get(1);
    }
}
