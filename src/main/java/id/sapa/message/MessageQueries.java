package id.sapa.message;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.sapa.shared.ConversationId;
import id.sapa.shared.MessageId;
import id.sapa.shared.TenantId;
import tools.jackson.databind.json.JsonMapper;

/** Reads a conversation's messages newest first, by keyset on {@code (sent_at, id)}. */
@Repository
class MessageQueries {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    MessageQueries(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Where a page starts: the position of a message of the conversation, if it is one. */
    Optional<Cursor> cursor(TenantId tenantId, ConversationId conversationId, MessageId id) {
        return jdbc.sql("""
                SELECT sent_at, id FROM messages
                WHERE tenant_id = :tenantId AND conversation_id = :conversationId AND id = :id
                """)
                .param("tenantId", tenantId.value())
                .param("conversationId", conversationId.value())
                .param("id", id.value())
                .query((rs, row) -> new Cursor(rs.getTimestamp("sent_at"), rs.getObject("id", UUID.class)))
                .optional();
    }

    /**
     * Up to {@code limit} messages sent before the cursor (or the newest when there is none), newest
     * first. The row comparison is on the columns of {@code messages_conversation_idx}, so each
     * page is one index range read however deep it is, unlike an OFFSET. Each row comes with its
     * interactive payload and tapped reply id, read in the same statement.
     */
    List<Shown> newestBefore(TenantId tenantId, ConversationId conversationId, Cursor before, int limit) {
        String after = before == null ? "" : "AND (sent_at, id) < (:beforeSentAt, :beforeId)";
        var statement = jdbc.sql("""
                SELECT * FROM messages
                WHERE tenant_id = :tenantId AND conversation_id = :conversationId %s
                ORDER BY sent_at DESC, id DESC
                LIMIT :limit
                """.formatted(after))
                .param("tenantId", tenantId.value())
                .param("conversationId", conversationId.value())
                .param("limit", limit);
        if (before != null) {
            statement = statement.param("beforeSentAt", before.sentAt()).param("beforeId", before.id());
        }
        return statement.query((rs, row) -> {
            String interactive = rs.getString("interactive");
            return new Shown(MessageRepository.map(rs, row),
                    interactive == null ? null : json.readValue(interactive, Interactive.class), rs.getString("reply_id"));
        }).list();
    }

    /**
     * A message as the history shows it.
     *
     * @param interactive the buttons or list it was sent with, or null
     * @param replyId     the button or row a customer's reply chose, or null
     */
    record Shown(Message message, Interactive interactive, String replyId) {
    }

    /** The keyset position of a message: its send time, then its id for messages sent at the same time. */
    record Cursor(Timestamp sentAt, UUID id) {
    }
}
