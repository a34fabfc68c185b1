package id.sapa.autoreply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import id.sapa.message.MessageHistory;
import id.sapa.shared.MessageId;
import id.sapa.support.Sandbox;
import id.sapa.support.TestAccounts.SignedIn;

/**
 * The automation loop guard: a customer's reaction is stored and shown, but no rule answers it, even
 * one whose keyword it contains; what the customer writes is answered as before. (A system notice
 * is stored with sender {@code system}, which automation never answers either.)
 */
class NotWrittenByCustomerWebTest extends AutoReplyWebTestSupport {

    private static final String CUSTOMER = "081234567892";

    @Autowired
    AutoReplyEngine engine;
    @Autowired
    MessageHistory history;
    @Autowired
    ApplicationEventPublisher events;

    SignedIn owner;
    Sandbox sandbox;

    @BeforeEach
    void shop() {
        owner = accounts.registerBusiness("Toko Penjaga");
        sandbox = new Sandbox(api, owner.token());
        sandbox.connect();
        withoutRules(owner);
        createId(owner, with(keywordRule("Halo", List.of("halo"), "Halo juga kak"), "wholeWord", false));
    }

    @Test
    void aReactionIsNeverAnsweredWhileAWrittenMessageIs() {
        String reaction = sandbox.inbound(Map.of("from", CUSTOMER, "type", "reaction", "text", "halo 👍"))
                .get("messageId").asString();
        // Decided here, in the test's thread, so the answer is known when the call returns.
        var received = history.received(owner.tenantId(), MessageId.of(reaction)).orElseThrow();
        engine.decideOrThrow(received);
        assertThat(dispatchesFor(reaction)).isZero();

        String written = sandbox.customerSays(CUSTOMER, "Budi", "halo kak").get("messageId").asString();

        await().atMost(Duration.ofSeconds(15)).until(() -> dispatchesFor(written) == 1);
        await().atMost(Duration.ofSeconds(15)).until(() -> sandbox.outbox(CUSTOMER).size() == 1);
        assertThat(sandbox.outbox(CUSTOMER).get(0).get("content").asString()).isEqualTo("Halo juga kak");
        assertThat(dispatchesFor(reaction)).isZero();
    }

    @Test
    void aReactionCostsNoDurablePublication() {
        String reaction = sandbox.inbound(Map.of("from", CUSTOMER, "type", "reaction", "text", "👍"))
                .get("messageId").asString();
        // Published outside a transaction no listener runs: a publication stored for it would stay.
        events.publishEvent(history.received(owner.tenantId(), MessageId.of(reaction)).orElseThrow());

        assertThat(jdbc.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE ?")
                .param("%" + reaction + "%").query(Integer.class).single()).isZero();
    }

    private int dispatchesFor(String messageId) {
        return jdbc.sql("SELECT count(*) FROM auto_reply_dispatches WHERE trigger_message_id = ?")
                .param(UUID.fromString(messageId)).query(Integer.class).single();
    }
}
