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

    void insert(TenantId tenantId, UserId id, NewOperator operator, TeamMember settings) {
        jdbc.sql("""
                INSERT INTO users (id, tenant_id, name, email, role, password_hash, max_concurrent_chats, working_hours,
                                   permissions)
                VALUES (:id, :tenantId, :name, :email, :role, :passwordHash, COALESCE(CAST(:max AS integer), 10),
                        CAST(:hours AS jsonb), COALESCE(CAST(:permissions AS jsonb), '{}'::jsonb))
                """)
                .param("max", settings == null ? null : settings.maxConcurrentChats())
                .param("hours", settings == null || settings.workingHours() == null ? null
                        : json.writeValueAsString(settings.workingHours()))
                .param("permissions", settings == null || settings.permissions() == null ? null
                        : json.writeValueAsString(settings.permissions()))
                .param("id", id.value())
                .param("tenantId", tenantId.value())
                .param("name", operator.name())
                .param("email", operator.email())
                .param("role", operator.role().code())
                .param("passwordHash", operator.passwordHash())
                .update();
    }

    /** Sets what an owner or admin manages; {@code null} components stay as they are. */
    void update(TenantId tenantId, UserId id, TeamMember changes, Instant at) {
        jdbc.sql("""
                UPDATE users SET
                    name = COALESCE(CAST(:name AS text), name),
                    role = COALESCE(CAST(:role AS text), role),
                    max_concurrent_chats = COALESCE(CAST(:max AS integer), max_concurrent_chats),
                    working_hours = COALESCE(CAST(:hours AS jsonb), working_hours),
                    permissions = COALESCE(CAST(:permissions AS jsonb), permissions),
                    updated_at = :at
                WHERE tenant_id = :tenantId AND id = :id
                """)
                .param("name", changes.name())
                .param("role", changes.role() == null ? null : changes.role().code())
                .param("max", changes.maxConcurrentChats())
                .param("hours", changes.workingHours() == null ? null : json.writeValueAsString(changes.workingHours()))
                .param("permissions", changes.permissions() == null ? null : json.writeValueAsString(changes.permissions()))
                .param("at", Timestamp.from(at))
                .param("tenantId", tenantId.value())
                .param("id", id.value())
                .update();
    }

    void delete(TenantId tenantId, UserId id) {
        jdbc.sql("DELETE FROM users WHERE tenant_id = :tenantId AND id = :id")
                .param("tenantId", tenantId.value()).param("id", id.value())
                .update();
    }

    /**
     * The tenant's owners, locked until commit: two admins demoting the last two owners at once
     * are served one after the other, and the second sees one owner left.
     */
    List<UserId> lockOwners(TenantId tenantId) {
        return jdbc.sql("SELECT id FROM users WHERE tenant_id = :tenantId AND role = 'owner' ORDER BY id FOR UPDATE")
                .param("tenantId", tenantId.value())
                .query((rs, row) -> new UserId(rs.getObject("id", UUID.class)))
                .list();
    }

    /** Answers whether the user still had no password (an invitation is accepted once). */
    boolean choosePassword(TenantId tenantId, UserId id, String passwordHash, Instant at) {
        return jdbc.sql("""
                UPDATE users SET password_hash = :hash, updated_at = :at
                WHERE tenant_id = :tenantId AND id = :id AND password_hash IS NULL
                """)
                .param("hash", passwordHash).param("at", Timestamp.from(at))
                .param("tenantId", tenantId.value()).param("id", id.value())
                .update() == 1;
    }

    /** A new password: every access token issued until now stops signing the user in. */
    void setPassword(TenantId tenantId, UserId id, String passwordHash, Instant at) {
        jdbc.sql("""
                UPDATE users SET password_hash = :hash, session_generation = session_generation + 1, updated_at = :at
                WHERE tenant_id = :tenantId AND id = :id
                """)
                .param("hash", passwordHash).param("at", Timestamp.from(at))
                .param("tenantId", tenantId.value()).param("id", id.value())
                .update();
    }

    /** Signs the user out everywhere: the access tokens issued until now stop working. */
    void endSessions(TenantId tenantId, UserId id, Instant at) {
        jdbc.sql("""
                UPDATE users SET session_generation = session_generation + 1, updated_at = :at
                WHERE tenant_id = :tenantId AND id = :id
                """)
                .param("at", Timestamp.from(at)).param("tenantId", tenantId.value()).param("id", id.value())
                .update();
    }

    /**
     * Sets the status; answers the status before, or empty when the user is not found. An open
     * connection only turns an offline user online: "away" and "busy" are the user's own choice.
     */
    Optional<OperatorStatus> changeStatus(TenantId tenantId, UserId id, OperatorStatus status, boolean onlyIfOffline,
            Instant now) {
        return jdbc.sql("""
                UPDATE users u SET
                    status = CASE WHEN :onlyIfOffline AND before.status <> 'offline' THEN u.status ELSE :status END,
                    last_seen_at = :now, updated_at = :now
                FROM (SELECT id, status FROM users WHERE tenant_id = :tenantId AND id = :id FOR UPDATE) before
                WHERE u.id = before.id
                RETURNING before.status
                """)
                .param("status", status.code())
                .param("onlyIfOffline", onlyIfOffline)
                .param("now", Timestamp.from(now))
                .param("tenantId", tenantId.value())
                .param("id", id.value())
                .query((rs, row) -> OperatorStatus.fromCode(rs.getString(1)))
                .optional();
    }

    /** The users still connected were seen now. */
    void touch(List<UserId> ids, Instant now) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("UPDATE users SET last_seen_at = :now WHERE id = ANY(:ids)")
                .param("now", Timestamp.from(now))
                .param("ids", ids.stream().map(UserId::value).toArray(UUID[]::new))
                .update();
    }

    /** Sets offline everyone shown present but not seen since {@code cutoff}; answers who. */
    List<Operator> expireAbsent(Instant cutoff, Instant now) {
        return jdbc.sql("""
                UPDATE users SET status = 'offline', updated_at = :now
                WHERE status <> 'offline' AND (last_seen_at IS NULL OR last_seen_at < :cutoff)
                RETURNING *
                """)
                .param("cutoff", Timestamp.from(cutoff))
                .param("now", Timestamp.from(now))
                .query(this::map)
                .list();
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
                rs.getObject("first_response_time_seconds", Integer.class),
                rs.getBigDecimal("customer_satisfaction_score"),
                workingHours == null ? null : json.readValue(workingHours, OBJECT),
                rs.getString("password_hash") != null,
                rs.getTimestamp("created_at").toInstant(),
                rs.getInt("session_generation"));
    }
}
