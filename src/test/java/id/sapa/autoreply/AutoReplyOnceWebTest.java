package id.sapa.autoreply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;

import id.sapa.channel.spi.MessageKind;
import id.sapa.conversation.SenderType;
import id.sapa.message.Message;
import id.sapa.message.MessageEvent.MessageReceived;
import id.sapa.message.MessageHistory;
import id.sapa.message.MessageStatus;
import id.sapa.shared.ChannelId;
import id.sapa.shared.ConversationId;
import id.sapa.shared.MessageId;
import id.sapa.shared.jobs.Jobs;

/**
 * Each customer message is decided once, whatever happens between its commit and its decision: the
 * registry offering it again after a crash or on another node's start, a failed decision's durable
 * retry, a message offered too late to answer, and messages the customer did not write.
 */
class AutoReplyOnceWebTest extends SandboxCustomerTestSupport {

    @Autowired
    TransactionTemplate transaction;
    @Autowired
    AutoReplyEngine engine;
    @Autowired
    IncompleteEventPublications incompletePublications;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    MessageHistory history;
    @Autowired
    Jobs jobs;

    @Test
    void aDeliveredEventHandledTwiceRepliesOnce() {
        withoutRules(owner);
        createId(owner, keywordRule("Harga", List.of("harga"), "50rb"));
        UUID message = says("harga");
        awaitOutbox(1);
        // The durable listener runs again after a crash: the dispatch for (message, rule) already exists.
        var stored = jdbc.sql("SELECT count(*) FROM auto_reply_dispatches WHERE trigger_message_id = ?").param(message)
                .query(Integer.class).single();
        assertThat(stored).isEqualTo(1);
        Message again = copyOf(message, message, Message.Direction.INBOUND, SenderType.CUSTOMER);
        transaction.executeWithoutResult(status -> engine.respond(MessageReceived.of(again, null)));
        assertThat(autoReplies()).isEqualTo(1);
        assertThat(dispatches("sent")).isEqualTo(1);
    }

    @Test
    void aMessageWhoseListenerCouldNotRunIsAnsweredOnceWhenItsPublicationIsOfferedAgain() {
        withoutRules(owner);
        createId(owner, keywordRule("Harga", List.of("harga"), "50rb"));
        UUID first = says("harga");
        awaitOutbox(1);
        // A decided message leaves nothing in the registry: its publication was completed and deleted.
        await().atMost(Duration.ofSeconds(10)).until(() -> publicationsOf(first) == 0);

        UUID cutOff = storedWithoutDecision(first);
        MessageReceived received = history.received(owner.tenantId(), new MessageId(cutOff)).orElseThrow();
        // Outside a transaction the registry stores the publication but no transactional listener
        // runs: the state a crash between the inbound commit and the listener leaves behind.
        events.publishEvent(received);
        assertThat(publicationsOf(cutOff)).isEqualTo(1);
        assertThat(autoReplies()).isEqualTo(1);

        // What the next start does (republish-outstanding-events-on-restart).
        incompletePublications.resubmitIncompletePublications(publication -> true);
        awaitOutbox(2);
        await().atMost(Duration.ofSeconds(10)).until(() -> publicationsOf(cutOff) == 0);

        // The registry delivers at least once (another node's start offers it too): still one answer.
        events.publishEvent(received);
        incompletePublications.resubmitIncompletePublications(publication -> true);
        await().atMost(Duration.ofSeconds(10)).until(() -> publicationsOf(cutOff) == 0);
        assertThat(autoReplies()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM auto_reply_dispatches WHERE trigger_message_id = ?").param(cutOff)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(outbox()).containsExactly("50rb", "50rb");
    }

    @Test
    void aMessageOfferedAgainLaterThanTheCatchUpIsLeftUnanswered() {
        withoutRules(owner);
        createId(owner, keywordRule("Harga", List.of("harga"), "50rb"));
        UUID first = says("harga");
        awaitOutbox(1);
        UUID late = storedWithoutDecision(first);
        // Stored two hours ago (the catch-up is an hour) and never decided: the server was down since.
        jdbc.sql("UPDATE messages SET created_at = now() - interval '2 hours', sent_at = now() - interval '2 hours' WHERE id = ?")
                .param(late).update();
        events.publishEvent(history.received(owner.tenantId(), new MessageId(late)).orElseThrow());

        incompletePublications.resubmitIncompletePublications(publication -> true);

        await().atMost(Duration.ofSeconds(10)).until(() -> publicationsOf(late) == 0);
        assertThat(jdbc.sql("SELECT count(*) FROM auto_reply_dispatches WHERE trigger_message_id = ?").param(late)
                .query(Integer.class).single()).isZero();
        assertThat(autoReplies()).isEqualTo(1);
    }

    @Test
    void aDecisionThatFailedIsTakenUpByItsDurableRetry() {
        withoutRules(owner);
        createId(owner, keywordRule("Harga", List.of("harga"), "50rb"));
        UUID first = says("harga");
        awaitOutbox(1);
        UUID cutOff = storedWithoutDecision(first);
        MessageReceived message = history.received(owner.tenantId(), new MessageId(cutOff)).orElseThrow();

        jobs.schedule(DecisionRetryJob.instance(message), java.time.Instant.now());
        awaitOutbox(2);
        // Run again (the job's row outlived a crash): the claim holds, nothing more is sent.
        transaction.executeWithoutResult(status -> engine.respond(message));
        assertThat(autoReplies()).isEqualTo(2);
    }

    @Test
    void messagesTheCustomerDidNotWriteNeverTriggerRules() {
        withoutRules(owner);
        createId(owner, keywordRule("Harga", List.of("harga"), "harga 50rb"));
        UUID first = says("halo");
        for (SenderType sender : List.of(SenderType.AUTO_REPLY, SenderType.CS, SenderType.AI, SenderType.SYSTEM)) {
            Message outbound = copyOf(first, UUID.randomUUID(), Message.Direction.OUTBOUND, sender);
            transaction.executeWithoutResult(status -> engine.respond(MessageReceived.of(outbound, null)));
        }
        Message echo = copyOf(first, UUID.randomUUID(), Message.Direction.OUTBOUND, SenderType.CUSTOMER);
        transaction.executeWithoutResult(status -> engine.respond(MessageReceived.of(echo, null)));
        assertThat(autoReplies()).isZero();
        assertThat(dispatches("pending") + dispatches("sent") + dispatches("cancelled")).isZero();
    }

    /** The registry's publications of this message's event still owed to a listener. */
    private int publicationsOf(UUID message) {
        return jdbc.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE ?")
                .param("%" + message + "%").query(Integer.class).single();
    }

    /** A copy of a customer message, committed as if the node stopped before its worker ran: no decision. */
    private UUID storedWithoutDecision(UUID original) {
        UUID copy = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO messages (id, tenant_id, conversation_id, channel_id, wa_message_id, direction, sender_type,
                    sender_id, message_type, content, status, sent_at, delivered_at, created_at)
                SELECT ?, tenant_id, conversation_id, channel_id, wa_message_id || '.again', direction, sender_type,
                    sender_id, message_type, 'harga?', status, now(), now(), now() FROM messages WHERE id = ?
                """).params(copy, original).update();
        return copy;
    }

    /** The stored message {@code source} as another message, as a listener would receive it. */
    private Message copyOf(UUID source, UUID id, Message.Direction direction, SenderType sender) {
        Map<String, Object> row = jdbc.sql("SELECT conversation_id, channel_id, content, sent_at FROM messages WHERE id = ?")
                .param(source).query().singleRow();
        java.time.Instant sentAt = ((java.sql.Timestamp) row.get("sent_at")).toInstant();
        return new Message(new MessageId(id), owner.tenantId(), new ConversationId((UUID) row.get("conversation_id")),
                new ChannelId((UUID) row.get("channel_id")), "wamid." + id, direction, sender, "+6281234567890",
                "Budi Santoso", MessageKind.TEXT, "harga", null, null, null, null, null, null, null, false,
                MessageStatus.DELIVERED, null, null, sentAt, sentAt, null, sentAt, null);
    }
}
