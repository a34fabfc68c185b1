package id.sapa.autoreply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;

import id.sapa.support.Sandbox;
import id.sapa.support.TestAccounts.SignedIn;

/**
 * A business on the sandbox with one customer who writes, and what the auto-reply engine made of
 * it: the replies sent, queued and dispatched.
 */
abstract class SandboxCustomerTestSupport extends AutoReplyWebTestSupport {

    protected static final String CUSTOMER = "081234567890";

    protected SignedIn owner;
    protected Sandbox sandbox;

    @BeforeEach
    void setUp() {
        owner = accounts.registerBusiness("Toko Sapa");
        sandbox = new Sandbox(api, owner.token());
        sandbox.connect();
    }

    protected List<String> outbox() {
        List<String> texts = new ArrayList<>();
        sandbox.outbox(CUSTOMER).forEach(m -> texts.add(m.get("content").asString()));
        return texts;
    }

    /** The customer writes and the engine has looked at the message (whether or not it answered). */
    protected UUID says(String text) {
        UUID messageId = UUID.fromString(sandbox.customerSays(CUSTOMER, "Budi Santoso", text).get("messageId").asString());
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("""
                SELECT count(*) FROM auto_reply_sessions s JOIN messages m ON m.conversation_id = s.conversation_id
                WHERE m.id = ? AND s.last_inbound_at >= m.sent_at""").param(messageId).query(Integer.class).single() == 1);
        return messageId;
    }

    protected UUID conversation() {
        return jdbc.sql("SELECT id FROM conversations WHERE tenant_id = ?").param(owner.tenantId().value())
                .query(UUID.class).single();
    }

    protected void awaitOutbox(int size) {
        await().atMost(Duration.ofSeconds(15)).until(() -> outbox().size() >= size);
        assertThat(outbox()).hasSize(size);
    }

    /** Auto-replies queued so far: written in the engine's transaction, so known as soon as {@link #says} returns. */
    protected int autoReplies() {
        return jdbc.sql("SELECT count(*) FROM messages WHERE tenant_id = ? AND sender_type = 'auto_reply'")
                .param(owner.tenantId().value()).query(Integer.class).single();
    }

    protected int dispatches(String status) {
        return jdbc.sql("SELECT count(*) FROM auto_reply_dispatches WHERE tenant_id = ? AND status = ?")
                .param(owner.tenantId().value()).param(status).query(Integer.class).single();
    }
}
