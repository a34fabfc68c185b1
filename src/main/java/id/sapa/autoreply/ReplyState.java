package id.sapa.autoreply;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.sapa.shared.ConversationId;
import id.sapa.shared.TenantId;

/** Per conversation: the customer's last message time, the waiting menu, and reply counters. */
@Repository
class ReplyState {

    /** The conversation's state before this message; locked until the caller's transaction ends. */
    record Session(Instant lastInboundAt, UUID menuRuleId, Instant menuExpiresAt, boolean menuRepeated) {

        boolean menuWaiting(Instant now) {
            return menuRuleId != null && menuExpiresAt != null && now.isBefore(menuExpiresAt);
        }
    }

    /** One rule's replies to this customer: today's count and the last one ever (within a week). */
    record Counter(int today, Instant last) {
    }

    private final JdbcClient jdbc;

    ReplyState(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the conversation's session (creating it) and records the customer's message time, so
     * two messages of one customer are decided one after the other.
     */
    Session arrive(TenantId tenantId, ConversationId conversationId, Instant at) {
        jdbc.sql("""
                INSERT INTO auto_reply_sessions (conversation_id, tenant_id) VALUES (:id, :tenantId)
                ON CONFLICT (conversation_id) DO NOTHING
                """)
                .param("id", conversationId.value()).param("tenantId", tenantId.value()).update();
        // Locked, then read: a concurrent message of the same customer waits and then sees this one's menu state.
        Session before = jdbc.sql("""
                SELECT last_inbound_at, menu_rule_id, menu_expires_at, menu_repeated FROM auto_reply_sessions
                WHERE conversation_id = :id FOR UPDATE
                """)
                .param("id", conversationId.value())
                .query((rs, row) -> new Session(instant(rs.getTimestamp(1)), rs.getObject(2, UUID.class),
                        instant(rs.getTimestamp(3)), rs.getBoolean(4)))
                .single();
        jdbc.sql("""
                UPDATE auto_reply_sessions SET last_inbound_at = GREATEST(last_inbound_at, :at) WHERE conversation_id = :id
                """)
                .param("id", conversationId.value()).param("at", Timestamp.from(at)).update();
        return before;
    }

    void openMenu(ConversationId conversationId, UUID ruleId, Instant expiresAt, boolean repeated) {
        jdbc.sql("""
                UPDATE auto_reply_sessions SET menu_rule_id = :ruleId, menu_expires_at = :expiresAt, menu_repeated = :repeated
                WHERE conversation_id = :id
                """)
                .param("id", conversationId.value()).param("ruleId", ruleId)
                .param("expiresAt", Timestamp.from(expiresAt)).param("repeated", repeated)
                .update();
    }

    void closeMenu(ConversationId conversationId) {
        jdbc.sql("""
                UPDATE auto_reply_sessions SET menu_rule_id = NULL, menu_expires_at = NULL, menu_repeated = false
                WHERE conversation_id = :id AND menu_rule_id IS NOT NULL
                """)
                .param("id", conversationId.value()).update();
    }

    /** The customer's counters by rule: today's replies (tenant-local {@code day}) and the last reply of the past week. */
    Map<UUID, Counter> counters(ConversationId conversationId, LocalDate day, Instant now) {
        Map<UUID, Counter> counters = new HashMap<>();
        jdbc.sql("""
                SELECT rule_id, COALESCE(sum(triggers) FILTER (WHERE day = :day), 0), max(last_triggered_at)
                FROM auto_reply_counters
                WHERE conversation_id = :id AND day >= :weekAgo
                GROUP BY rule_id
                """)
                .param("id", conversationId.value()).param("day", day).param("weekAgo", day.minusDays(8))
                .query(rs -> {
                    counters.put(rs.getObject(1, UUID.class), new Counter(rs.getInt(2), instant(rs.getTimestamp(3))));
                });
        return counters;
    }

    void count(TenantId tenantId, UUID ruleId, ConversationId conversationId, LocalDate day, Instant at) {
        jdbc.sql("""
                INSERT INTO auto_reply_counters AS c (tenant_id, rule_id, conversation_id, day, triggers, last_triggered_at)
                VALUES (:tenantId, :ruleId, :id, :day, 1, :at)
                ON CONFLICT (conversation_id, rule_id, day) DO UPDATE
                    SET triggers = c.triggers + 1, last_triggered_at = GREATEST(c.last_triggered_at, EXCLUDED.last_triggered_at)
                """)
                .param("tenantId", tenantId.value()).param("ruleId", ruleId).param("id", conversationId.value())
                .param("day", day).param("at", Timestamp.from(at))
                .update();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
