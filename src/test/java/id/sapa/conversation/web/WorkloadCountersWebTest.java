package id.sapa.conversation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.sapa.conversation.InboxFixtures;
import id.sapa.shared.ConversationId;
import id.sapa.shared.Role;
import id.sapa.support.TestAccounts.SignedIn;
import id.sapa.support.WebTestSupport;

/** currentChatCount and totalChatsHandled after every transition, also under concurrent changes. */
class WorkloadCountersWebTest extends WebTestSupport {

    private static final AtomicInteger PHONES = new AtomicInteger();

    @Autowired
    InboxFixtures inbox;

    SignedIn owner;
    SignedIn ani;
    SignedIn budi;

    @BeforeEach
    void team() {
        owner = accounts.registerBusiness("Toko Hitung");
        ani = accounts.addUser(owner.tenantId(), Role.OPERATOR);
        budi = accounts.addUser(owner.tenantId(), Role.OPERATOR);
    }

    @Test
    void countersFollowEveryTransition() {
        ConversationId id = customerWrites("081500000001");
        assertCounts(ani, 0, 0);

        assign(id, ani);
        assertCounts(ani, 1, 0);
        assign(id, budi);
        assertCounts(ani, 0, 0);
        assertCounts(budi, 1, 0);
        patch(id, Map.of("status", "pending"));
        assertCounts(budi, 1, 0);
        patch(id, Map.of("status", "resolved"));
        assertCounts(budi, 0, 1);

        customerWrites("081500000001");
        assertThat(status(id)).isEqualTo("active");
        assertCounts(budi, 1, 1);

        patch(id, Map.of("status", "closed"));
        assertCounts(budi, 0, 2);
        patch(id, Map.of("status", "active"));
        assertCounts(budi, 1, 2);
        patch(id, Map.of("status", "spam"));
        assertCounts(budi, 0, 2);
        patch(id, Map.of("status", "active"));
        assertThat(api.post("/api/conversations/" + id + "/unassign", Map.of()).token(owner.token()).send().status())
                .isEqualTo(200);
        assertCounts(budi, 0, 2);
    }

    @Test
    void concurrentAssignmentsAndResolutionsAddUpExactly() throws Exception {
        List<ConversationId> conversations = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            conversations.add(customerWrites("08150010" + String.format("%04d", PHONES.incrementAndGet())));
        }

        inParallel(conversations, id -> assign(id, id.value().hashCode() % 2 == 0 ? ani : budi));
        assertThat(count(ani) + count(budi)).isEqualTo(30);
        assertThat(count(ani)).isEqualTo(actualOpen(ani));
        assertThat(count(budi)).isEqualTo(actualOpen(budi));

        inParallel(conversations, id -> assign(id, id.value().hashCode() % 2 == 0 ? budi : ani));
        assertThat(count(ani)).isEqualTo(actualOpen(ani));
        assertThat(count(budi)).isEqualTo(actualOpen(budi));

        inParallel(conversations, id -> patch(id, Map.of("status", "resolved")));
        assertCounts(ani, 0, handled(ani));
        assertThat(handled(ani) + handled(budi)).isEqualTo(30);
    }

    private void inParallel(List<ConversationId> conversations, java.util.function.Consumer<ConversationId> action)
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(10);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (ConversationId id : conversations) {
                done.add(threads.submit(() -> action.accept(id)));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            threads.shutdown();
        }
    }

    private ConversationId customerWrites(String phone) {
        return inbox.customerWrites(owner.tenantId(), phone, "Pelanggan", "Halo", Instant.now());
    }

    private void assign(ConversationId id, SignedIn to) {
        var reply = api.post("/api/conversations/" + id + "/assign", Map.of("csOperatorId", to.userId()))
                .token(owner.token()).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    private void patch(ConversationId id, Map<String, Object> changes) {
        var reply = api.patch("/api/conversations/" + id, changes).token(owner.token()).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    private String status(ConversationId id) {
        return jdbc.sql("SELECT status FROM conversations WHERE id = ?").param(id.value()).query(String.class).single();
    }

    private void assertCounts(SignedIn member, int current, int handled) {
        var listed = api.get("/api/cs-operators/" + member.userId()).token(owner.token()).send().json();
        assertThat(listed.get("currentChatCount").asInt()).as("currentChatCount").isEqualTo(current)
                .isEqualTo(actualOpen(member));
        assertThat(listed.get("totalChatsHandled").asInt()).as("totalChatsHandled").isEqualTo(handled);
    }

    private int count(SignedIn member) {
        return jdbc.sql("SELECT current_chat_count FROM users WHERE id = ?").param(UUID.fromString(member.userId()))
                .query(Integer.class).single();
    }

    private int handled(SignedIn member) {
        return jdbc.sql("SELECT total_chats_handled FROM users WHERE id = ?").param(UUID.fromString(member.userId()))
                .query(Integer.class).single();
    }

    private int actualOpen(SignedIn member) {
        return jdbc.sql("SELECT count(*) FROM conversations WHERE assigned_cs_id = ? AND status IN ('active', 'pending')")
                .param(UUID.fromString(member.userId())).query(Integer.class).single();
    }
}
