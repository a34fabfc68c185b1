package id.sapa.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.sapa.shared.ContactId;
import id.sapa.shared.MessageId;
import id.sapa.shared.TenantId;

@Repository
class NotificationLogRepository {

    /** Forward only: a later receipt never undoes a later state; read and skipped are final. */
    private static final String RANK = """
            CASE %s WHEN 'pending' THEN 0 WHEN 'sent' THEN 1 WHEN 'failed' THEN 1 WHEN 'delivered' THEN 2
                    WHEN 'read' THEN 3 ELSE 4 END""";

    private final JdbcClient jdbc;

    NotificationLogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A notice about to be sent, with what the caller asked for.
     *
     * @param requestText   the text the caller wrote, or null for the type's own
     * @param requestValues the notice's values as JSON
     * @param scheduledFor  not before this time, or null for now
     */
    record NewLog(UUID id, TenantId tenantId, NoticeType type, String phone, String customerId,
            String idempotencyKey, byte[] requestHash, String naturalKey, UUID batchId, Integer batchIndex,
            String requestedBy, Instant at, String requestText, String requestValues, Instant scheduledFor) {
    }

    /** A notice waiting to be sent, locked by the transaction that sends it. */
    record Waiting(UUID id, TenantId tenantId, NoticeType type, String phone, String customerId, String requestText,
            String requestValues, UUID batchId, Integer batchIndex) {
    }

    /**
     * Logs the notice as pending unless a notice with the same idempotency key or natural key is already
     * logged (then empty: the caller answers that one). A concurrent twin waits for this one's commit.
     */
    boolean insertPending(NewLog log) {
        return jdbc.sql("""
                INSERT INTO notification_logs (id, tenant_id, type, status, phone, customer_id, idempotency_key,
                    request_hash, natural_key, batch_id, batch_index, requested_by, created_at, updated_at,
                    request_text, request_values, scheduled_for)
                VALUES (:id, :tenantId, :type, 'pending', :phone, :customerId, :key, :hash, :naturalKey, :batchId,
                    :batchIndex, :by, :at, :at, :text, CAST(:values AS jsonb), :scheduledFor)
                ON CONFLICT DO NOTHING
                """)
                .param("id", log.id()).param("tenantId", log.tenantId().value()).param("type", log.type().code())
                .param("phone", log.phone()).param("customerId", log.customerId())
                .param("key", log.idempotencyKey()).param("hash", log.requestHash())
                .param("naturalKey", log.naturalKey()).param("batchId", log.batchId())
                .param("batchIndex", log.batchIndex()).param("by", log.requestedBy())
                .param("at", Timestamp.from(log.at())).param("text", log.requestText())
                .param("values", log.requestValues())
                .param("scheduledFor", log.scheduledFor() == null ? null : Timestamp.from(log.scheduledFor()))
                .update() == 1;
    }

    /**
     * The rows of a new batch in one statement (a 10,000-row batch is accepted in well under a second):
     * each row is {@code [phone, customerId, text]}, its index in the request beside it.
     */
    void insertBatch(TenantId tenantId, UUID batchId, NoticeType type, String requestedBy, Instant at,
            List<UUID> ids, List<Integer> indexes, List<String[]> rows) {
        jdbc.sql("""
                INSERT INTO notification_logs (id, tenant_id, type, status, phone, customer_id, batch_id, batch_index,
                    requested_by, created_at, updated_at, request_text)
                SELECT row.id, :tenantId, :type, 'pending', row.phone, row.customer_id, :batchId, row.idx, :by, :at,
                    :at, row.text
                FROM unnest(CAST(:ids AS uuid[]), CAST(:indexes AS int[]), CAST(:phones AS text[]),
                            CAST(:customers AS text[]), CAST(:texts AS text[]))
                     AS row(id, idx, phone, customer_id, text)
                """)
                .param("tenantId", tenantId.value()).param("type", type.code()).param("batchId", batchId)
                .param("by", requestedBy).param("at", Timestamp.from(at))
                .param("ids", ids.toArray(UUID[]::new)).param("indexes", indexes.toArray(Integer[]::new))
                .param("phones", rows.stream().map(r -> r[0]).toArray(String[]::new))
                .param("customers", rows.stream().map(r -> r[1]).toArray(String[]::new))
                .param("texts", rows.stream().map(r -> r[2]).toArray(String[]::new))
                .update();
    }

    /** Locks the notice if it still waits; empty when it was sent, refused or cancelled meanwhile. */
    Optional<Waiting> lockWaiting(UUID id) {
        return jdbc.sql("""
                SELECT * FROM notification_logs WHERE id = :id AND status = 'pending' AND message_id IS NULL
                FOR UPDATE SKIP LOCKED
                """)
                .param("id", id)
                .query((rs, row) -> waiting(rs))
                .optional();
    }

    /** Locks the batch's next waiting row, skipping one another runner holds. */
    Optional<Waiting> lockNextOfBatch(UUID batchId) {
        return jdbc.sql("""
                SELECT * FROM notification_logs WHERE batch_id = :batchId AND status = 'pending' AND message_id IS NULL
                ORDER BY batch_index LIMIT 1
                FOR UPDATE SKIP LOCKED
                """)
                .param("batchId", batchId)
                .query((rs, row) -> waiting(rs))
                .optional();
    }

    boolean anyWaitingInBatch(UUID batchId) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM notification_logs
                               WHERE batch_id = :batchId AND status = 'pending' AND message_id IS NULL)
                """)
                .param("batchId", batchId).query(Boolean.class).single();
    }

    /** Marks every row of the batch still waiting as cancelled; answers how many. */
    int cancelWaiting(UUID batchId, Instant at) {
        return jdbc.sql("""
                UPDATE notification_logs SET status = 'cancelled', updated_at = :at
                WHERE batch_id = :batchId AND status = 'pending' AND message_id IS NULL
                """)
                .param("batchId", batchId).param("at", Timestamp.from(at))
                .update();
    }

    /** How many of each batch's rows are in each status, in one query; every batch asked for is answered. */
    Map<UUID, Map<NotificationStatus, Long>> countBatches(Collection<UUID> batchIds) {
        Map<UUID, Map<NotificationStatus, Long>> counts = new HashMap<>();
        batchIds.forEach(id -> counts.put(id, zeroCounts()));
        if (batchIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                SELECT batch_id, status, count(*) AS n FROM notification_logs
                WHERE batch_id = ANY(CAST(:batchIds AS uuid[])) GROUP BY batch_id, status
                """)
                .param("batchIds", batchIds.toArray(UUID[]::new))
                .query((rs, row) -> counts.get(rs.getObject("batch_id", UUID.class))
                        .put(NotificationStatus.fromCode(rs.getString("status")), rs.getLong("n")))
                .list();
        return counts;
    }

    Optional<Instant> scheduledFor(UUID id) {
        return jdbc.sql("SELECT scheduled_for FROM notification_logs WHERE id = :id")
                .param("id", id).query((rs, row) -> instant(rs, "scheduled_for")).optional()
                .filter(java.util.Objects::nonNull);
    }

    void schedule(UUID id, Instant at) {
        jdbc.sql("UPDATE notification_logs SET scheduled_for = :at WHERE id = :id")
                .param("id", id).param("at", Timestamp.from(at)).update();
    }

    private static Waiting waiting(ResultSet rs) throws SQLException {
        return new Waiting(rs.getObject("id", UUID.class), new TenantId(rs.getObject("tenant_id", UUID.class)),
                NoticeType.ofCode(rs.getString("type")).orElse(NoticeType.MESSAGE), rs.getString("phone"),
                rs.getString("customer_id"), rs.getString("request_text"), rs.getString("request_values"),
                rs.getObject("batch_id", UUID.class), rs.getObject("batch_index", Integer.class));
    }

    /** The first notice logged with this idempotency key, and the hash of the request that brought it. */
    Optional<Map.Entry<NotificationLog, byte[]>> findByIdempotencyKey(TenantId tenantId, String key) {
        return jdbc.sql("SELECT * FROM notification_logs WHERE tenant_id = :tenantId AND idempotency_key = :key")
                .param("tenantId", tenantId.value()).param("key", key)
                .query((rs, row) -> Map.entry(map(rs), rs.getBytes("request_hash")))
                .optional();
    }

    Optional<NotificationLog> findByNaturalKey(TenantId tenantId, String naturalKey) {
        return jdbc.sql("SELECT * FROM notification_logs WHERE tenant_id = :tenantId AND natural_key = :key")
                .param("tenantId", tenantId.value()).param("key", naturalKey)
                .query((rs, row) -> map(rs))
                .optional();
    }

    Optional<NotificationLog> find(TenantId tenantId, UUID id) {
        return jdbc.sql("SELECT * FROM notification_logs WHERE tenant_id = :tenantId AND id = :id")
                .param("tenantId", tenantId.value()).param("id", id)
                .query((rs, row) -> map(rs))
                .optional();
    }

    /** The notice's message was queued. */
    void queued(UUID id, MessageId messageId, ContactId contactId, String phone, String content, Instant at) {
        jdbc.sql("""
                UPDATE notification_logs SET message_id = :messageId, contact_id = :contactId, content = :content,
                    phone = COALESCE(phone, :phone), scheduled_for = NULL, updated_at = :at
                WHERE id = :id
                """)
                .param("id", id).param("messageId", messageId.value()).param("phone", phone)
                .param("contactId", contactId == null ? null : contactId.value()).param("content", content)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** The notice was refused before anything was sent. */
    void refused(UUID id, NotificationStatus status, String reason, String errorMessage, String content, Instant at) {
        jdbc.sql("""
                UPDATE notification_logs SET status = :status, reason = :reason, error_message = :error,
                    content = :content, failed_at = CASE WHEN :status = 'failed' THEN CAST(:at AS timestamptz) END,
                    updated_at = :at
                WHERE id = :id AND status = 'pending'
                """)
                .param("id", id).param("status", status.code()).param("reason", reason).param("error", errorMessage)
                .param("content", content).param("at", Timestamp.from(at))
                .update();
    }

    /**
     * The notice's message moved to {@code status}: the log follows, forward only. Answers the notice,
     * when the message was one.
     */
    /** @param errorCode a failed send's stable code, kept as the notice's reason when it has none */
    Optional<NotificationLog> advance(MessageId messageId, NotificationStatus status, Instant at, String errorCode,
            String errorMessage) {
        if (status == NotificationStatus.PENDING || status == NotificationStatus.SKIPPED) {
            throw new IllegalArgumentException("a message does not move to " + status);
        }
        return jdbc.sql("""
                UPDATE notification_logs SET status = :status,
                    sent_at = CASE WHEN :status IN ('sent', 'delivered', 'read') THEN COALESCE(sent_at, :at) ELSE sent_at END,
                    delivered_at = CASE WHEN :status IN ('delivered', 'read') THEN COALESCE(delivered_at, :at)
                                        ELSE delivered_at END,
                    read_at = CASE WHEN :status = 'read' THEN COALESCE(read_at, :at) ELSE read_at END,
                    failed_at = CASE WHEN :status = 'failed' THEN COALESCE(failed_at, :at) ELSE failed_at END,
                    error_message = CASE WHEN :status = 'failed' THEN :error ELSE error_message END,
                    reason = CASE WHEN :status = 'failed' THEN COALESCE(reason, :code)
                                  WHEN status = 'failed' THEN NULL ELSE reason END,
                    updated_at = :at
                WHERE message_id = :messageId AND CASE WHEN :status = 'failed' THEN status IN ('pending', 'sent')
                    -- a failed notice sent again (a retried message) goes on from where it got
                    WHEN status = 'failed' THEN true ELSE %s < %s END
                RETURNING *
                """.formatted(RANK.formatted("status"), RANK.formatted(":status")))
                .param("messageId", messageId.value()).param("status", status.code())
                .param("at", Timestamp.from(at)).param("error", errorMessage).param("code", errorCode)
                .query((rs, row) -> map(rs))
                .optional();
    }

    List<NotificationLog> history(TenantId tenantId, Notifications.HistoryFilter query, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM notification_logs WHERE tenant_id = :tenantId");
        Map<String, Object> params = new HashMap<>();
        params.put("tenantId", tenantId.value());
        if (query.customerId() != null) {
            sql.append(" AND customer_id = :customerId");
            params.put("customerId", query.customerId());
        }
        if (query.status() != null) {
            sql.append(" AND status = :status");
            params.put("status", query.status().code());
        }
        if (query.type() != null) {
            sql.append(" AND type = :type");
            params.put("type", query.type().code());
        }
        if (query.batchId() != null) {
            sql.append(" AND batch_id = :batchId");
            params.put("batchId", query.batchId());
        }
        if (query.from() != null) {
            sql.append(" AND created_at >= :from");
            params.put("from", Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            sql.append(" AND created_at < :to");
            params.put("to", Timestamp.from(query.to()));
        }
        if (query.beforeId() != null) {
            sql.append(" AND (created_at, id) < (:beforeAt, :beforeId)");
            params.put("beforeAt", Timestamp.from(query.beforeCreatedAt()));
            params.put("beforeId", query.beforeId());
        }
        sql.append(" ORDER BY created_at DESC, id DESC LIMIT :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query((rs, row) -> map(rs)).list();
    }

    /** How many notices are in each status, created in {@code [from, to)} (either may be open). */
    Map<NotificationStatus, Long> countByStatus(TenantId tenantId, Instant from, Instant to) {
        Map<NotificationStatus, Long> counts = zeroCounts();
        jdbc.sql("""
                SELECT status, count(*) AS n FROM notification_logs
                WHERE tenant_id = :tenantId
                  AND created_at >= COALESCE(CAST(:from AS timestamptz), '-infinity')
                  AND created_at < COALESCE(CAST(:to AS timestamptz), 'infinity')
                GROUP BY status
                """)
                .param("tenantId", tenantId.value())
                .param("from", query(from)).param("to", query(to))
                .query((rs, row) -> counts.put(NotificationStatus.fromCode(rs.getString("status")), rs.getLong("n")))
                .list();
        return counts;
    }

    private static Map<NotificationStatus, Long> zeroCounts() {
        Map<NotificationStatus, Long> counts = new EnumMap<>(NotificationStatus.class);
        for (NotificationStatus status : NotificationStatus.values()) {
            counts.put(status, 0L);
        }
        return counts;
    }

    private static Timestamp query(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static NotificationLog map(ResultSet rs) throws SQLException {
        UUID contact = rs.getObject("contact_id", UUID.class);
        UUID message = rs.getObject("message_id", UUID.class);
        return new NotificationLog(rs.getObject("id", UUID.class), new TenantId(rs.getObject("tenant_id", UUID.class)),
                NoticeType.ofCode(rs.getString("type")).orElse(NoticeType.MESSAGE),
                NotificationStatus.fromCode(rs.getString("status")), rs.getString("phone"), rs.getString("customer_id"),
                contact == null ? null : new ContactId(contact), message == null ? null : new MessageId(message),
                rs.getString("content"), rs.getString("reason"), rs.getString("error_message"),
                rs.getObject("batch_id", UUID.class), rs.getObject("batch_index", Integer.class),
                rs.getString("requested_by"), instant(rs, "created_at"), instant(rs, "sent_at"),
                instant(rs, "delivered_at"), instant(rs, "read_at"), instant(rs, "failed_at"),
                instant(rs, "scheduled_for"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
