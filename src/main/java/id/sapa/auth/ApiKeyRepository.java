package id.sapa.auth;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.sapa.shared.TenantId;
import id.sapa.shared.UserId;

@Repository
class ApiKeyRepository {

    private final JdbcClient jdbc;

    ApiKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ApiKey key, byte[] secretHash) {
        jdbc.sql("""
                INSERT INTO api_keys (id, tenant_id, name, prefix, secret_hash, scopes, issued_by, created_at)
                VALUES (:id, :tenantId, :name, :prefix, :hash, CAST(:scopes AS text[]), :issuedBy, :at)
                """)
                .param("id", key.id())
                .param("tenantId", key.tenantId().value())
                .param("name", key.name())
                .param("prefix", key.prefix())
                .param("hash", secretHash)
                .param("scopes", key.scopes().stream().map(ApiKeyScope::code).sorted().toArray(String[]::new))
                .param("issuedBy", key.issuedBy().value())
                .param("at", Timestamp.from(key.createdAt()))
                .update();
    }

    List<ApiKey> list(TenantId tenantId) {
        return jdbc.sql("SELECT * FROM api_keys WHERE tenant_id = :tenantId ORDER BY created_at DESC, id")
                .param("tenantId", tenantId.value())
                .query((rs, row) -> map(rs))
                .list();
    }

    Optional<ApiKey> find(TenantId tenantId, UUID id) {
        return jdbc.sql("SELECT * FROM api_keys WHERE tenant_id = :tenantId AND id = :id")
                .param("tenantId", tenantId.value()).param("id", id)
                .query((rs, row) -> map(rs))
                .optional();
    }

    Optional<Stored> findByPrefix(String prefix) {
        return jdbc.sql("SELECT * FROM api_keys WHERE prefix = :prefix")
                .param("prefix", prefix)
                .query((rs, row) -> new Stored(map(rs), rs.getBytes("secret_hash")))
                .optional();
    }

    /** Marks the key revoked once; a second revoke keeps the first time. */
    void revoke(TenantId tenantId, UUID id, Instant at) {
        jdbc.sql("UPDATE api_keys SET revoked_at = COALESCE(revoked_at, :at) WHERE tenant_id = :tenantId AND id = :id")
                .param("tenantId", tenantId.value()).param("id", id).param("at", Timestamp.from(at))
                .update();
    }

    void touch(UUID id, Instant at) {
        jdbc.sql("UPDATE api_keys SET last_used_at = GREATEST(last_used_at, :at) WHERE id = :id")
                .param("id", id).param("at", Timestamp.from(at))
                .update();
    }

    /** A key with the hash of its secret, for checking a presented key. */
    record Stored(ApiKey key, byte[] secretHash) {
    }

    private static ApiKey map(ResultSet rs) throws SQLException {
        return new ApiKey(rs.getObject("id", UUID.class), new TenantId(rs.getObject("tenant_id", UUID.class)),
                rs.getString("name"), rs.getString("prefix"), scopes(rs.getArray("scopes")),
                new UserId(rs.getObject("issued_by", UUID.class)), instant(rs, "created_at"),
                instant(rs, "last_used_at"), instant(rs, "revoked_at"));
    }

    private static Set<ApiKeyScope> scopes(Array array) throws SQLException {
        Set<ApiKeyScope> scopes = EnumSet.noneOf(ApiKeyScope.class);
        Arrays.stream((String[]) array.getArray()).forEach(code -> ApiKeyScope.ofCode(code).ifPresent(scopes::add));
        return scopes;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
