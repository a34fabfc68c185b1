package id.sapa.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.sapa.shared.TenantId;

/** The batches of send-bulk requests; their rows' counts come from the rows themselves. */
@Repository
class NoticeBatchStore {

    private final JdbcClient jdbc;
    private final NotificationLogRepository logs;

    NoticeBatchStore(JdbcClient jdbc, NotificationLogRepository logs) {
        this.jdbc = jdbc;
        this.logs = logs;
    }

    /** Answers false, inserting nothing, when a batch with this idempotency key exists. */
    boolean insert(UUID id, TenantId tenantId, NoticeType type, int total, int delayMs, String requestedBy,
            String idempotencyKey, Instant at) {
        return jdbc.sql("""
                INSERT INTO notification_batches (id, tenant_id, status, type, total, delay_ms, next_at, requested_by,
                    idempotency_key, created_at)
                VALUES (:id, :tenantId, 'queued', :type, :total, :delayMs, :at, :by, :key, :at)
                ON CONFLICT DO NOTHING
                """)
                .param("id", id).param("tenantId", tenantId.value()).param("type", type.code()).param("total", total)
                .param("delayMs", delayMs).param("by", requestedBy).param("key", idempotencyKey)
                .param("at", Timestamp.from(at))
                .update() == 1;
    }

    Optional<UUID> findByIdempotencyKey(TenantId tenantId, String key) {
        return jdbc.sql("SELECT id FROM notification_batches WHERE tenant_id = :tenantId AND idempotency_key = :key")
                .param("tenantId", tenantId.value()).param("key", key).query(UUID.class).optional();
    }

    /** The batch, locked until the transaction ends: one row of it is sent at a time. */
    Optional<Row> lock(TenantId tenantId, UUID id) {
        return jdbc.sql("SELECT * FROM notification_batches WHERE tenant_id = :tenantId AND id = :id FOR UPDATE")
                .param("tenantId", tenantId.value()).param("id", id).query((rs, row) -> row(rs)).optional();
    }

    Optional<NoticeBatch> find(TenantId tenantId, UUID id) {
        return jdbc.sql("SELECT * FROM notification_batches WHERE tenant_id = :tenantId AND id = :id")
                .param("tenantId", tenantId.value()).param("id", id)
                .query((rs, row) -> row(rs)).optional()
                .map(row -> withCounts(row, logs.countBatches(List.of(row.id())).get(row.id())));
    }

    List<NoticeBatch> list(TenantId tenantId, int limit) {
        List<Row> rows = jdbc.sql("SELECT * FROM notification_batches WHERE tenant_id = :tenantId ORDER BY created_at DESC, id DESC LIMIT :limit")
                .param("tenantId", tenantId.value()).param("limit", limit)
                .query((rs, row) -> row(rs)).list();
        Map<UUID, Map<NotificationStatus, Long>> counts = logs.countBatches(rows.stream().map(Row::id).toList());
        return rows.stream().map(row -> withCounts(row, counts.get(row.id()))).toList();
    }

    /** A row was sent (or refused) at {@code at}: the next is due {@code nextAt}. */
    void advanced(UUID id, Instant at, Instant nextAt) {
        jdbc.sql("""
                UPDATE notification_batches SET status = CASE WHEN status = 'queued' THEN 'running' ELSE status END,
                    started_at = COALESCE(started_at, :at), next_at = :nextAt
                WHERE id = :id
                """)
                .param("id", id).param("at", Timestamp.from(at)).param("nextAt", Timestamp.from(nextAt))
                .update();
    }

    void finish(UUID id, String status, Instant at) {
        jdbc.sql("""
                UPDATE notification_batches SET status = :status, finished_at = COALESCE(finished_at, :at)
                WHERE id = :id AND status IN ('queued', 'running')
                """)
                .param("id", id).param("status", status).param("at", Timestamp.from(at))
                .update();
    }

    /** What the runner needs: the batch's own columns, before any counting. */
    record Row(UUID id, TenantId tenantId, String status, NoticeType type, int total, int delayMs, Instant nextAt,
            String requestedBy, Instant createdAt, Instant startedAt, Instant finishedAt) {
    }

    private static NoticeBatch withCounts(Row row, Map<NotificationStatus, Long> counts) {
        NotificationStats stats = NotificationStats.of(counts);
        return new NoticeBatch(row.id(), row.tenantId(), row.status(), row.type(), row.total(), row.delayMs(),
                stats.pending(), stats.sent(), stats.delivered(), stats.read(), stats.failed(), stats.skipped(),
                counts.get(NotificationStatus.CANCELLED), row.requestedBy(), row.createdAt(), row.startedAt(),
                row.finishedAt(), row.nextAt());
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), new TenantId(rs.getObject("tenant_id", UUID.class)),
                rs.getString("status"), NoticeType.ofCode(rs.getString("type")).orElse(NoticeType.MESSAGE),
                rs.getInt("total"), rs.getInt("delay_ms"), instant(rs, "next_at"), rs.getString("requested_by"),
                instant(rs, "created_at"), instant(rs, "started_at"), instant(rs, "finished_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
