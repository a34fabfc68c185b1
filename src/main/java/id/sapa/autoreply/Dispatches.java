package id.sapa.autoreply;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.sapa.shared.ConversationId;
import id.sapa.shared.MessageId;
import id.sapa.shared.TenantId;

/** Replies decided and waiting for their delay; each is sent once or cancelled. */
@Repository
class Dispatches {

    /**
     * @param menuOption the key of the menu option the customer chose, when the reply is that option's
     * @param menuRepeat the reply repeats a menu after an answer that matched no option
     */
    record Dispatch(UUID id, TenantId tenantId, ConversationId conversationId, UUID ruleId, MessageId triggerMessageId,
            String triggerText, String matchedKeyword, String menuOption, boolean menuRepeat, int decidedInMicros, Instant dueAt,
            Instant createdAt) {
    }

    private final JdbcClient jdbc;

    Dispatches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when this message already has a reply from this rule (the event was delivered again) */
    boolean insert(Dispatch dispatch, String status) {
        return jdbc.sql("""
                INSERT INTO auto_reply_dispatches (id, tenant_id, conversation_id, rule_id, trigger_message_id, trigger_text,
                    matched_keyword, menu_option, menu_repeat, decided_in_micros, due_at, created_at, status)
                VALUES (:id, :tenantId, :conversationId, :ruleId, :messageId, :text, :keyword, :option, :repeat, :micros, :dueAt,
                    :createdAt, :status)
                ON CONFLICT (trigger_message_id, rule_id) DO NOTHING
                """)
                .param("id", dispatch.id()).param("tenantId", dispatch.tenantId().value())
                .param("conversationId", dispatch.conversationId().value()).param("ruleId", dispatch.ruleId())
                .param("messageId", dispatch.triggerMessageId().value()).param("text", dispatch.triggerText()).param("keyword", truncate(dispatch.matchedKeyword()))
                .param("option", dispatch.menuOption()).param("repeat", dispatch.menuRepeat())
                .param("micros", dispatch.decidedInMicros())
                .param("dueAt", Timestamp.from(dispatch.dueAt())).param("createdAt", Timestamp.from(dispatch.createdAt()))
                .param("status", status)
                .update() == 1;
    }

    /** The dispatch if it is still pending, locked until the caller's transaction ends. */
    Optional<Dispatch> lockPending(UUID id) {
        return jdbc.sql("SELECT * FROM auto_reply_dispatches WHERE id = :id AND status = 'pending' FOR UPDATE")
                .param("id", id)
                .query((rs, row) -> new Dispatch(rs.getObject("id", UUID.class),
                        new TenantId(rs.getObject("tenant_id", UUID.class)),
                        new ConversationId(rs.getObject("conversation_id", UUID.class)),
                        rs.getObject("rule_id", UUID.class),
                        new MessageId(rs.getObject("trigger_message_id", UUID.class)), rs.getString("trigger_text"),
                        rs.getString("matched_keyword"), rs.getString("menu_option"), rs.getBoolean("menu_repeat"),
                        rs.getInt("decided_in_micros"), rs.getTimestamp("due_at").toInstant(),
                        rs.getTimestamp("created_at").toInstant()))
                .optional();
    }

    void finish(UUID id, String status, String reason) {
        jdbc.sql("UPDATE auto_reply_dispatches SET status = :status, reason = :reason WHERE id = :id")
                .param("id", id).param("status", status).param("reason", reason).update();
    }

    /** The next reply still waiting for the same customer message, and when it is due. */
    Optional<Map.Entry<UUID, Instant>> nextPending(MessageId triggerMessageId) {
        return jdbc.sql("""
                SELECT id, due_at FROM auto_reply_dispatches
                WHERE trigger_message_id = :messageId AND status = 'pending' ORDER BY due_at, created_at LIMIT 1
                """)
                .param("messageId", triggerMessageId.value())
                .query((rs, row) -> Map.entry(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant()))
                .optional();
    }

    /** Ids of the conversation's pending replies, locked. */
    List<UUID> pending(TenantId tenantId, ConversationId conversationId) {
        return jdbc.sql("""
                SELECT id FROM auto_reply_dispatches
                WHERE tenant_id = :tenantId AND conversation_id = :id AND status = 'pending' FOR UPDATE
                """)
                .param("tenantId", tenantId.value()).param("id", conversationId.value())
                .query(UUID.class).list();
    }

    static String truncate(String text) {
        return text == null || text.length() <= 100 ? text : text.substring(0, 100);
    }
}
