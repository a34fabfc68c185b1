package id.sapa.message;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.sapa.channel.spi.MessageKind;
import id.sapa.conversation.SenderType;
import id.sapa.shared.ChannelId;
import id.sapa.shared.Codes;
import id.sapa.shared.ConversationId;
import id.sapa.shared.MessageId;
import id.sapa.shared.TenantId;

/** Reads a conversation's messages newest first, by keyset on {@code (sent_at, id)}. */
@Repository
class MessageQueries {

    private final JdbcClient jdbc;

    MessageQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
     * page is one index range read however deep it is, unlike an OFFSET.
     */
    List<Message> newestBefore(TenantId tenantId, ConversationId conversationId, Cursor before, int limit) {
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
        return statement.query(MessageQueries::map).list();
    }

    private static Message map(ResultSet rs, int row) throws SQLException {
        return new Message(
                new MessageId(rs.getObject("id", UUID.class)),
                new TenantId(rs.getObject("tenant_id", UUID.class)),
                new ConversationId(rs.getObject("conversation_id", UUID.class)),
                new ChannelId(rs.getObject("channel_id", UUID.class)),
                rs.getString("wa_message_id"),
                Codes.parse(Message.Direction.class, rs.getString("direction")),
                Codes.parse(SenderType.class, rs.getString("sender_type")),
                rs.getString("sender_id"),
                rs.getString("sender_name"),
                Codes.parse(MessageKind.class, rs.getString("message_type")),
                rs.getString("content"),
                rs.getString("media_url"),
                rs.getString("media_mime_type"),
                rs.getObject("media_size", Long.class),
                rs.getString("media_file_name"),
                rs.getObject("latitude", Double.class),
                rs.getObject("longitude", Double.class),
                optional(rs.getObject("quoted_message_id", UUID.class)),
                rs.getBoolean("is_forwarded"),
                Codes.parse(MessageStatus.class, rs.getString("status")),
                rs.getString("error_code"),
                rs.getString("error_message"),
                instant(rs.getTimestamp("sent_at")),
                instant(rs.getTimestamp("delivered_at")),
                instant(rs.getTimestamp("read_at")),
                instant(rs.getTimestamp("created_at")));
    }

    private static MessageId optional(UUID id) {
        return id == null ? null : new MessageId(id);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** The keyset position of a message: its send time, then its id for messages sent at the same time. */
    record Cursor(Timestamp sentAt, UUID id) {
    }
}
