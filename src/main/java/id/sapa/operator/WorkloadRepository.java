package id.sapa.operator;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.sapa.shared.TenantId;
import id.sapa.shared.UserId;

/** Who is free to take a conversation, and the round-robin turn. */
@Repository
class WorkloadRepository {

    private final JdbcClient jdbc;

    WorkloadRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The next member to take a conversation: signed-up, online, able to answer chats and under
     * their capacity, locked until commit.
     */
    Optional<UserId> nextFree(TenantId tenantId, AssignmentStrategy strategy, List<String> roles) {
        return jdbc.sql("""
                SELECT id FROM users
                WHERE tenant_id = :tenantId AND status = 'online' AND password_hash IS NOT NULL
                  AND role IN (:roles) AND current_chat_count < max_concurrent_chats
                ORDER BY %s
                LIMIT 1
                FOR NO KEY UPDATE
                """.formatted(strategy.orderBy()))
                .param("tenantId", tenantId.value()).param("roles", roles)
                .query((rs, row) -> new UserId(rs.getObject("id", UUID.class)))
                .optional();
    }

    /**
     * The given member, locked until commit, if they are free to take a conversation now (the
     * same test as {@link #nextFree}); empty when not.
     */
    Optional<UserId> lockIfFree(TenantId tenantId, UserId member, List<String> roles) {
        return jdbc.sql("""
                SELECT id FROM users
                WHERE tenant_id = :tenantId AND id = :id AND status = 'online' AND password_hash IS NOT NULL
                  AND role IN (:roles) AND current_chat_count < max_concurrent_chats
                FOR NO KEY UPDATE
                """)
                .param("tenantId", tenantId.value()).param("id", member.value()).param("roles", roles)
                .query((rs, row) -> new UserId(rs.getObject("id", UUID.class)))
                .optional();
    }

    void touchLastAssigned(TenantId tenantId, UserId to, Instant at) {
        jdbc.sql("UPDATE users SET last_assigned_at = :at WHERE tenant_id = :tenantId AND id = :to")
                .param("to", to.value()).param("at", Timestamp.from(at)).param("tenantId", tenantId.value())
                .update();
    }
}
