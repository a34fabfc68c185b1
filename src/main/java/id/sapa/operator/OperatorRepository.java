package id.sapa.operator;

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

import id.sapa.shared.Role;
import id.sapa.shared.TenantId;
import id.sapa.shared.UserId;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Every method takes the tenant first: a user of another tenant is simply not found. */
@Repository
class OperatorRepository {

    private static final TypeReference<Map<String, Boolean>> FLAGS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    OperatorRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(TenantId tenantId, UserId id, NewOperator operator) {
        jdbc.sql("""
                INSERT INTO users (id, tenant_id, name, email, role, password_hash)
                VALUES (:id, :tenantId, :name, :email, :role, :passwordHash)
                """)
                .param("id", id.value())
                .param("tenantId", tenantId.value())
                .param("name", operator.name())
                .param("email", operator.email())
                .param("role", operator.role().code())
                .param("passwordHash", operator.passwordHash())
                .update();
    }

    Optional<Operator> find(TenantId tenantId, UserId id) {
        return jdbc.sql("SELECT * FROM users WHERE tenant_id = :tenantId AND id = :id")
                .param("tenantId", tenantId.value())
                .param("id", id.value())
                .query(this::map)
                .optional();
    }

    List<Operator> list(TenantId tenantId) {
        return jdbc.sql("SELECT * FROM users WHERE tenant_id = :tenantId ORDER BY created_at, id")
                .param("tenantId", tenantId.value())
                .query(this::map)
                .list();
    }

    boolean emailExists(String email) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM users WHERE lower(email) = lower(:email))")
                .param("email", email)
                .query(Boolean.class)
                .single();
    }

    /** Sign-in is the one lookup not scoped by tenant: the e-mail is what tells us the tenant. */
    Optional<Credentials> credentials(String email) {
        return jdbc.sql("SELECT id, tenant_id, role, password_hash FROM users WHERE lower(email) = lower(:email)")
                .param("email", email)
                .query((rs, row) -> new Credentials(
                        new UserId(rs.getObject("id", UUID.class)),
                        new TenantId(rs.getObject("tenant_id", UUID.class)),
                        Role.fromCode(rs.getString("role")),
                        rs.getString("password_hash")))
                .optional();
    }

    boolean updateStatus(TenantId tenantId, UserId id, OperatorStatus status, Instant now) {
        return jdbc.sql("""
                UPDATE users SET status = :status, last_seen_at = :now, updated_at = :now
                WHERE tenant_id = :tenantId AND id = :id
                """)
                .param("status", status.code())
                .param("now", Timestamp.from(now))
                .param("tenantId", tenantId.value())
                .param("id", id.value())
                .update() == 1;
    }

    private Operator map(ResultSet rs, int row) throws SQLException {
        String workingHours = rs.getString("working_hours");
        Timestamp lastSeen = rs.getTimestamp("last_seen_at");
        return new Operator(
                new UserId(rs.getObject("id", UUID.class)),
                new TenantId(rs.getObject("tenant_id", UUID.class)),
                rs.getString("name"),
                rs.getString("email"),
                rs.getString("avatar_url"),
                Role.fromCode(rs.getString("role")),
                json.readValue(rs.getString("permissions"), FLAGS),
                OperatorStatus.fromCode(rs.getString("status")),
                lastSeen == null ? null : lastSeen.toInstant(),
                rs.getInt("max_concurrent_chats"),
                rs.getInt("current_chat_count"),
                rs.getInt("total_chats_handled"),
                rs.getInt("total_messages_sent"),
                rs.getObject("average_response_time_seconds", Integer.class),
                rs.getBigDecimal("customer_satisfaction_score"),
                workingHours == null ? null : json.readValue(workingHours, OBJECT),
                rs.getString("password_hash") != null,
                rs.getTimestamp("created_at").toInstant());
    }
}
