package id.sapa.operator;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.sapa.shared.TenantId;
import id.sapa.shared.UserId;

@Repository
class InvitationRepository {

    private final JdbcClient jdbc;

    InvitationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new invitation; earlier unused ones of the same user stop working. */
    void insert(String tokenHash, TenantId tenantId, UserId userId, UserId invitedBy, Instant at, Instant expiresAt) {
        jdbc.sql("""
                UPDATE operator_invitations SET used_at = :at
                WHERE tenant_id = :tenantId AND user_id = :userId AND used_at IS NULL
                """)
                .param("tenantId", tenantId.value()).param("userId", userId.value()).param("at", Timestamp.from(at))
                .update();
        jdbc.sql("""
                INSERT INTO operator_invitations (token_hash, tenant_id, user_id, invited_by, created_at, expires_at)
                VALUES (:hash, :tenantId, :userId, :invitedBy, :at, :expiresAt)
                """)
                .param("hash", tokenHash).param("tenantId", tenantId.value()).param("userId", userId.value())
                .param("invitedBy", invitedBy.value()).param("at", Timestamp.from(at))
                .param("expiresAt", Timestamp.from(expiresAt))
                .update();
    }

    /** Reads the invitation and locks it until commit: two tabs accepting at once use it once. */
    Optional<Pending> lock(String tokenHash) {
        return jdbc.sql("SELECT * FROM operator_invitations WHERE token_hash = :hash FOR UPDATE")
                .param("hash", tokenHash)
                .query((rs, row) -> new Pending(new TenantId(rs.getObject("tenant_id", UUID.class)),
                        new UserId(rs.getObject("user_id", UUID.class)),
                        rs.getTimestamp("expires_at").toInstant(),
                        rs.getTimestamp("used_at") != null))
                .optional();
    }

    void markUsed(String tokenHash, Instant at) {
        jdbc.sql("UPDATE operator_invitations SET used_at = :at WHERE token_hash = :hash")
                .param("hash", tokenHash).param("at", Timestamp.from(at))
                .update();
    }

    record Pending(TenantId tenantId, UserId userId, Instant expiresAt, boolean used) {
    }
}
