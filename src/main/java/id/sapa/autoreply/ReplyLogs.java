package id.sapa.autoreply;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.sapa.shared.ConversationId;
import id.sapa.shared.MessageId;
import id.sapa.shared.TenantId;

/** The auto-reply log (seed 002 table 6): every reply a rule gave or that was cancelled. */
@Repository
class ReplyLogs {

    private final JdbcClient jdbc;

    ReplyLogs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(TenantId tenantId, ReplyLog entry, MessageId replyMessageId) {
        jdbc.sql("""
                INSERT INTO auto_reply_logs (id, tenant_id, rule_id, conversation_id, message_id, reply_message_id,
                    triggered_by_message, response_sent, matched_keyword, execution_time_ms, success, error_message,
                    triggered_at)
                VALUES (:id, :tenantId, :ruleId, :conversationId, :messageId, :replyId, :trigger, :response, :keyword,
                    :ms, :success, :error, :at)
                """)
                .param("id", entry.id()).param("tenantId", tenantId.value()).param("ruleId", entry.ruleId())
                .param("conversationId", entry.conversationId().value())
                .param("messageId", entry.messageId() == null ? null : entry.messageId().value(), java.sql.Types.OTHER)
                .param("replyId", replyMessageId == null ? null : replyMessageId.value(), java.sql.Types.OTHER)
                .param("trigger", entry.triggeredByMessage()).param("response", entry.responseSent())
                .param("keyword", Dispatches.truncate(entry.matchedKeyword())).param("ms", entry.executionTimeMs())
                .param("success", entry.success()).param("error", entry.errorMessage())
                .param("at", Timestamp.from(entry.triggeredAt()))
                .update();
    }

    List<ReplyLog> recent(TenantId tenantId, UUID ruleId, int limit) {
        return jdbc.sql("""
                SELECT l.* FROM auto_reply_logs l
                WHERE l.tenant_id = :tenantId AND l.rule_id = :ruleId ORDER BY l.triggered_at DESC LIMIT :limit
                """)
                .param("tenantId", tenantId.value()).param("ruleId", ruleId).param("limit", limit)
                .query((rs, row) -> new ReplyLog(rs.getObject("id", UUID.class), rs.getObject("rule_id", UUID.class),
                        new ConversationId(rs.getObject("conversation_id", UUID.class)),
                        rs.getObject("message_id", UUID.class) == null ? null : new MessageId(rs.getObject("message_id", UUID.class)),
                        rs.getString("triggered_by_message"), rs.getString("response_sent"),
                        rs.getString("matched_keyword"), rs.getInt("execution_time_ms"), rs.getBoolean("success"),
                        rs.getString("error_message"), rs.getTimestamp("triggered_at").toInstant()))
                .list();
    }
}
