package id.sapa.conversation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.sapa.shared.ConversationId;
import id.sapa.shared.TenantId;
import id.sapa.shared.UserId;

/**
 * The unassigned queue. Who is free to take the next conversation is the operator module's to say
 * ({@link id.sapa.operator.Workloads}).
 */
@Repository
class AssignmentRepository {

    private static final String QUEUED = "assigned_cs_id IS NULL AND status IN ('active', 'pending')";

    private final JdbcClient jdbc;

    AssignmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Makes this transaction the tenant's only hand-out until it commits. Taken before any other
     * lock, so it never closes a circle of waits.
     */
    void lockTenantQueue(TenantId tenantId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended('assignment:' || CAST(:tenantId AS text), 0))")
                .param("tenantId", tenantId.value().toString())
                .query().singleValue();
    }

    /** The queue, longest waiting first (not locked). */
    List<ConversationId> queue(TenantId tenantId, int limit) {
        return jdbc.sql("SELECT id FROM conversations WHERE tenant_id = :tenantId AND " + QUEUED
                        + " ORDER BY last_customer_message_at NULLS LAST, created_at, id LIMIT :limit")
                .param("tenantId", tenantId.value()).param("limit", limit)
                .query((rs, row) -> new ConversationId(rs.getObject("id", UUID.class)))
                .list();
    }

    /** The longest waiting conversation nobody else is changing right now, locked until commit. */
    Optional<ConversationId> lockNextQueued(TenantId tenantId) {
        return jdbc.sql("SELECT id FROM conversations WHERE tenant_id = :tenantId AND " + QUEUED
                        + " ORDER BY last_customer_message_at NULLS LAST, created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED")
                .param("tenantId", tenantId.value())
                .query((rs, row) -> new ConversationId(rs.getObject("id", UUID.class)))
                .optional();
    }

    void assign(TenantId tenantId, ConversationId id, UserId to, Instant at) {
        jdbc.sql("UPDATE conversations SET assigned_cs_id = :to, updated_at = :at WHERE tenant_id = :tenantId AND id = :id")
                .param("to", to.value()).param("at", Timestamp.from(at))
                .param("tenantId", tenantId.value()).param("id", id.value())
                .update();
    }
}
