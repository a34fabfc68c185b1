package id.sapa.operator;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import id.sapa.shared.TenantId;
import id.sapa.shared.UserId;

/**
 * The stored side of single-use links for one user (an invitation, a password reset): a token's
 * hash, who issued it, until when it works and whether it was used. Both tables have the same
 * columns; {@code table} and {@code issuerColumn} are fixed in code, never taken from a request.
 */
final class SingleUseLinks {

    static final String INVITATIONS = "operator_invitations";
    static final String PASSWORD_RESETS = "password_resets";

    private final JdbcClient jdbc;
    private final String table;
    private final String issuerColumn;

    private SingleUseLinks(JdbcClient jdbc, String table, String issuerColumn) {
        this.jdbc = jdbc;
        this.table = table;
        this.issuerColumn = issuerColumn;
    }

    static SingleUseLinks invitations(JdbcClient jdbc) {
        return new SingleUseLinks(jdbc, INVITATIONS, "invited_by");
    }

    static SingleUseLinks passwordResets(JdbcClient jdbc) {
        return new SingleUseLinks(jdbc, PASSWORD_RESETS, "issued_by");
    }

    /** Stores a new link; earlier unused ones of the same user stop working. */
    void insert(String tokenHash, TenantId tenantId, UserId userId, UserId issuedBy, Instant at, Instant expiresAt) {
        jdbc.sql("UPDATE " + table + " SET used_at = :at WHERE tenant_id = :tenantId AND user_id = :userId AND used_at IS NULL")
                .param("tenantId", tenantId.value()).param("userId", userId.value()).param("at", Timestamp.from(at))
                .update();
        jdbc.sql("INSERT INTO " + table + " (token_hash, tenant_id, user_id, " + issuerColumn + ", created_at, expires_at)"
                        + " VALUES (:hash, :tenantId, :userId, :issuedBy, :at, :expiresAt)")
                .param("hash", tokenHash).param("tenantId", tenantId.value()).param("userId", userId.value())
                .param("issuedBy", issuedBy.value()).param("at", Timestamp.from(at))
                .param("expiresAt", Timestamp.from(expiresAt))
                .update();
    }

    /** Reads the link and locks it until commit: two tabs using it at once use it once. */
    Optional<Pending> lock(String tokenHash) {
        return jdbc.sql("SELECT * FROM " + table + " WHERE token_hash = :hash FOR UPDATE")
                .param("hash", tokenHash)
                .query((rs, row) -> new Pending(new TenantId(rs.getObject("tenant_id", UUID.class)),
                        new UserId(rs.getObject("user_id", UUID.class)),
                        rs.getTimestamp("expires_at").toInstant(),
                        rs.getTimestamp("used_at") != null))
                .optional();
    }

    void markUsed(String tokenHash, Instant at) {
        jdbc.sql("UPDATE " + table + " SET used_at = :at WHERE token_hash = :hash")
                .param("hash", tokenHash).param("at", Timestamp.from(at))
                .update();
    }

    record Pending(TenantId tenantId, UserId userId, Instant expiresAt, boolean used) {
    }
}
