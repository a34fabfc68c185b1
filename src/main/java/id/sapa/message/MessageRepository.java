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
import id.sapa.message.Message.Direction;
import id.sapa.message.MessageEvent.MessageReceived;
import id.sapa.message.OutgoingMessage.TemplateRef;
import id.sapa.shared.ChannelId;
import id.sapa.shared.Codes;
import id.sapa.shared.ConversationId;
import id.sapa.shared.MessageId;
import id.sapa.shared.TenantId;
import tools.jackson.databind.json.JsonMapper;

/** Messages by tenant first; the provider id is unique per tenant and channel. */
@Repository
class MessageRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    MessageRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Keeps what a template message asks for, for its send job. */
    void saveTemplate(MessageId id, TemplateRef template) {
        jdbc.sql("UPDATE messages SET template = CAST(:template AS jsonb) WHERE id = :id")
                .param("id", id.value()).param("template", json.writeValueAsString(template)).update();
    }

    Optional<TemplateRef> template(MessageId id) {
        return jdbc.sql("SELECT template::text FROM messages WHERE id = :id AND template IS NOT NULL")
                .param("id", id.value()).query(String.class).optional()
                .map(text -> json.readValue(text, TemplateRef.class));
    }

    /** Keeps the buttons or list of an interactive message, for its send job. */
    void saveInteractive(MessageId id, Interactive interactive) {
        jdbc.sql("UPDATE messages SET interactive = CAST(:interactive AS jsonb) WHERE id = :id")
                .param("id", id.value()).param("interactive", json.writeValueAsString(interactive)).update();
    }

    Optional<Interactive> interactive(MessageId id) {
        return jdbc.sql("SELECT interactive::text FROM messages WHERE id = :id AND interactive IS NOT NULL")
                .param("id", id.value()).query(String.class).optional()
                .map(text -> json.readValue(text, Interactive.class));
    }

    /** Records which button or list row a customer's interactive reply chose. */
    void saveReplyId(MessageId id, String replyId) {
        jdbc.sql("UPDATE messages SET reply_id = :replyId WHERE id = :id")
                .param("id", id.value()).param("replyId", replyId).update();
    }

    Optional<MessageId> findByProviderId(TenantId tenantId, ChannelId channelId, String waMessageId) {
        return jdbc.sql("SELECT id FROM messages WHERE tenant_id = :tenantId AND channel_id = :channelId AND wa_message_id = :wa")
                .param("tenantId", tenantId.value()).param("channelId", channelId.value()).param("wa", waMessageId)
                .query((rs, row) -> new MessageId(rs.getObject("id", UUID.class)))
                .optional();
    }

    /** Inserts unless the provider id is already stored; answers whether it inserted. */
    boolean insert(Message m, String quotedWaMessageId) {
        return jdbc.sql("""
                INSERT INTO messages (id, tenant_id, conversation_id, channel_id, wa_message_id, direction, sender_type,
                    sender_id, sender_name, message_type, content, media_url, media_mime_type, media_size,
                    media_file_name, latitude, longitude, quoted_message_id, quoted_wa_message_id, is_forwarded,
                    status, sent_at, delivered_at, read_at, created_at, notice_type)
                VALUES (:id, :tenantId, :conversationId, :channelId, :wa, :direction, :senderType, :senderId,
                    :senderName, :type, :content, :mediaUrl, :mime, :size, :fileName, :lat, :lng, :quotedId,
                    :quotedWa, :forwarded, :status, :sentAt, :deliveredAt, :readAt, :createdAt, :noticeType)
                ON CONFLICT (tenant_id, channel_id, wa_message_id) WHERE wa_message_id IS NOT NULL DO NOTHING
                """)
                .param("id", m.id().value()).param("tenantId", m.tenantId().value())
                .param("conversationId", m.conversationId().value()).param("channelId", m.channelId().value())
                .param("wa", m.waMessageId()).param("direction", Codes.code(m.direction()))
                .param("senderType", m.senderType().code()).param("senderId", m.senderId())
                .param("senderName", m.senderName()).param("type", m.messageType().code())
                .param("content", m.content()).param("mediaUrl", m.mediaUrl()).param("mime", m.mediaMimeType())
                .param("size", m.mediaSize()).param("fileName", m.mediaFileName())
                .param("lat", m.latitude()).param("lng", m.longitude())
                .param("quotedId", m.quotedMessageId() == null ? null : m.quotedMessageId().value())
                .param("quotedWa", quotedWaMessageId).param("forwarded", m.forwarded()).param("status", m.status().code())
                .param("sentAt", ts(m.sentAt())).param("deliveredAt", ts(m.deliveredAt()))
                .param("readAt", ts(m.readAt())).param("createdAt", ts(m.createdAt()))
                .param("noticeType", m.noticeType())
                .update() == 1;
    }

    Optional<Message> find(TenantId tenantId, MessageId id) {
        return jdbc.sql("SELECT * FROM messages WHERE tenant_id = :tenantId AND id = :id")
                .param("tenantId", tenantId.value()).param("id", id.value())
                .query(MessageRepository::map).optional();
    }

    Optional<MessageReceived> received(TenantId tenantId, MessageId id) {
        return jdbc.sql("""
                SELECT * FROM messages WHERE tenant_id = :tenantId AND id = :id AND direction = 'inbound'
                    AND sender_type = 'customer'
                """)
                .param("tenantId", tenantId.value()).param("id", id.value())
                .query(MessageRepository::received).optional();
    }

    private static MessageReceived received(ResultSet rs, int row) throws SQLException {
        return MessageReceived.of(map(rs, row), rs.getString("reply_id"));
    }

    /** Moves every message of {@code from} into {@code into}: the two conversations are one customer's. */
    void moveToConversation(TenantId tenantId, ConversationId from, ConversationId into) {
        jdbc.sql("UPDATE messages SET conversation_id = :into WHERE tenant_id = :tenantId AND conversation_id = :from")
                .param("tenantId", tenantId.value()).param("from", from.value()).param("into", into.value())
                .update();
    }

    /** The job's view: a message by id alone (the job carries no tenant; the row does). */
    Optional<Message> findForSending(MessageId id) {
        return jdbc.sql("SELECT * FROM messages WHERE id = :id").param("id", id.value())
                .query(MessageRepository::map).optional();
    }

    /** The provider id of the message a message replies to, once that one was sent. */
    Optional<String> quotedProviderId(MessageId id) {
        return jdbc.sql("""
                SELECT q.wa_message_id FROM messages m JOIN messages q ON q.id = m.quoted_message_id
                WHERE m.id = :id AND q.wa_message_id IS NOT NULL
                """).param("id", id.value()).query(String.class).optional();
    }

    /** pending → sent, recording the provider's id. No-op when a receipt already moved it on. */
    boolean markSent(MessageId id, String waMessageId, Instant at) {
        return jdbc.sql("""
                UPDATE messages SET status = 'sent', wa_message_id = :wa, sent_at = :at, error_code = NULL,
                    error_message = NULL, send_attempts = send_attempts + 1
                WHERE id = :id AND status = 'pending'
                """)
                .param("id", id.value()).param("wa", waMessageId).param("at", ts(at)).update() == 1;
    }

    /** Counts a failed attempt that will be retried; the message stays pending. */
    void recordAttempt(MessageId id, String errorCode, String errorMessage) {
        jdbc.sql("""
                UPDATE messages SET send_attempts = send_attempts + 1, error_code = :code, error_message = :message
                WHERE id = :id AND status = 'pending'
                """)
                .param("id", id.value()).param("code", errorCode).param("message", errorMessage).update();
    }

    boolean markFailed(MessageId id, String errorCode, String errorMessage, Instant at) {
        return jdbc.sql("""
                UPDATE messages SET status = 'failed', error_code = :code, error_message = :message, failed_at = :at
                WHERE id = :id AND status = 'pending'
                """)
                .param("id", id.value()).param("code", errorCode).param("message", errorMessage).param("at", ts(at))
                .update() == 1;
    }

    /** failed → pending for a retry asked by a user. */
    boolean requeue(TenantId tenantId, MessageId id) {
        return jdbc.sql("""
                UPDATE messages SET status = 'pending', error_code = NULL, error_message = NULL, failed_at = NULL
                WHERE tenant_id = :tenantId AND id = :id AND status = 'failed' AND direction = 'outbound'
                """)
                .param("tenantId", tenantId.value()).param("id", id.value()).update() == 1;
    }

    /*
     * The send queue of one conversation: its outbound messages still pending, in the order they
     * were queued (created_at, then id). Served by messages_pending_outbound_idx.
     */
    private static final String QUEUE = """
            FROM messages WHERE tenant_id = :tenantId AND conversation_id = :conversationId
              AND direction = 'outbound' AND status = 'pending'
            """;

    /** Whether a message queued before this one in its conversation is still pending. */
    boolean pendingBefore(TenantId tenantId, ConversationId conversationId, Instant queuedAt, MessageId id) {
        return inQueue("SELECT EXISTS (SELECT 1 " + QUEUE + " AND (created_at, id) < (:queuedAt, :id))",
                tenantId, conversationId, queuedAt, id).query(Boolean.class).single();
    }

    /**
     * The same question, locking the nearest such message until the caller's transaction ends: that
     * message cannot leave pending in between, so its completion sees what the caller wrote.
     */
    boolean lockPendingBefore(TenantId tenantId, ConversationId conversationId, Instant queuedAt, MessageId id) {
        return inQueue("SELECT id " + QUEUE + " AND (created_at, id) < (:queuedAt, :id)"
                + " ORDER BY created_at DESC, id DESC LIMIT 1 FOR SHARE", tenantId, conversationId, queuedAt, id)
                .query(UUID.class).optional().isPresent();
    }

    /** The message queued next after this one in its conversation, while pending. */
    Optional<MessageId> pendingAfter(TenantId tenantId, ConversationId conversationId, Instant queuedAt, MessageId id) {
        return inQueue("SELECT id " + QUEUE + " AND (created_at, id) > (:queuedAt, :id) ORDER BY created_at, id LIMIT 1",
                tenantId, conversationId, queuedAt, id).query(UUID.class).optional().map(MessageId::new);
    }

    private JdbcClient.StatementSpec inQueue(String sql, TenantId tenantId, ConversationId conversationId,
            Instant queuedAt, MessageId id) {
        return jdbc.sql(sql).param("tenantId", tenantId.value()).param("conversationId", conversationId.value())
                .param("queuedAt", ts(queuedAt)).param("id", id.value());
    }

    /**
     * Applies a receipt only if it moves the status forward; the timestamps of skipped steps are
     * filled in (a read receipt implies delivery). Answers the message when it changed.
     */
    Optional<Message> applyReceipt(TenantId tenantId, ChannelId channelId, String waMessageId, MessageStatus next,
            Instant at, String errorCode, String errorMessage) {
        List<String> from = java.util.Arrays.stream(MessageStatus.values()).filter(s -> s.canMoveTo(next))
                .map(MessageStatus::code).toList();
        return jdbc.sql("""
                UPDATE messages SET status = :next,
                    delivered_at = CASE WHEN :next IN ('delivered', 'read') THEN COALESCE(delivered_at, :at) ELSE delivered_at END,
                    read_at = CASE WHEN :next = 'read' THEN COALESCE(read_at, :at) ELSE read_at END,
                    failed_at = CASE WHEN :next = 'failed' THEN :at ELSE failed_at END,
                    error_code = CASE WHEN :next = 'failed' THEN :code ELSE error_code END,
                    error_message = CASE WHEN :next = 'failed' THEN :message ELSE error_message END
                WHERE tenant_id = :tenantId AND channel_id = :channelId AND wa_message_id = :wa
                  AND direction = 'outbound' AND status IN (:from)
                RETURNING *
                """)
                .param("next", next.code()).param("at", ts(at)).param("code", errorCode).param("message", errorMessage)
                .param("tenantId", tenantId.value()).param("channelId", channelId.value()).param("wa", waMessageId)
                .param("from", from)
                .query(MessageRepository::map).optional();
    }

    /** Marks customer messages of one conversation read by the team; answers those it changed. */
    List<Message> markReadByTeam(TenantId tenantId, ConversationId conversationId, List<UUID> ids, Instant at) {
        return jdbc.sql("""
                UPDATE messages SET read_at = :at
                WHERE tenant_id = :tenantId AND conversation_id = :conversationId AND id IN (:ids)
                  AND direction = 'inbound' AND read_at IS NULL
                RETURNING *
                """)
                .param("at", ts(at)).param("tenantId", tenantId.value())
                .param("conversationId", conversationId.value()).param("ids", ids)
                .query(MessageRepository::map).list();
    }

    int unreadInbound(TenantId tenantId, ConversationId conversationId) {
        return jdbc.sql("""
                SELECT count(*) FROM messages WHERE tenant_id = :tenantId AND conversation_id = :conversationId
                  AND direction = 'inbound' AND read_at IS NULL
                """)
                .param("tenantId", tenantId.value()).param("conversationId", conversationId.value())
                .query(Integer.class).single();
    }

    static Message map(ResultSet rs, int row) throws SQLException {
        UUID quoted = rs.getObject("quoted_message_id", UUID.class);
        return new Message(
                new MessageId(rs.getObject("id", UUID.class)),
                new TenantId(rs.getObject("tenant_id", UUID.class)),
                new ConversationId(rs.getObject("conversation_id", UUID.class)),
                new ChannelId(rs.getObject("channel_id", UUID.class)),
                rs.getString("wa_message_id"),
                Codes.parse(Direction.class, rs.getString("direction")),
                SenderType.fromCode(rs.getString("sender_type")),
                rs.getString("sender_id"),
                rs.getString("sender_name"),
                MessageKind.fromCode(rs.getString("message_type")),
                rs.getString("content"),
                rs.getString("media_url"),
                rs.getString("media_mime_type"),
                rs.getObject("media_size", Long.class),
                rs.getString("media_file_name"),
                rs.getObject("latitude", Double.class),
                rs.getObject("longitude", Double.class),
                quoted == null ? null : new MessageId(quoted),
                rs.getBoolean("is_forwarded"),
                MessageStatus.fromCode(rs.getString("status")),
                rs.getString("error_code"),
                rs.getString("error_message"),
                instant(rs.getTimestamp("sent_at")),
                instant(rs.getTimestamp("delivered_at")),
                instant(rs.getTimestamp("read_at")),
                instant(rs.getTimestamp("created_at")),
                rs.getString("notice_type"));
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
