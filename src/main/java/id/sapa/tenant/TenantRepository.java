package id.sapa.tenant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.sapa.shared.TenantId;
import id.sapa.shared.db.RecentRows;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class TenantRepository {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    /**
     * Each tenant as read moments ago: sending one message read the tenant row twice (its time zone
     * for the notice's day, its settings for auto-assignment). Another node's change is seen within
     * {@link #FRESHNESS}.
     */
    static final Duration FRESHNESS = Duration.ofSeconds(2);

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final RecentRows<TenantId, Optional<Tenant>> recent = new RecentRows<>(FRESHNESS);

    TenantRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(TenantId id, String name, ZoneId timezone, TenantLocale locale) {
        recent.forget();
        jdbc.sql("INSERT INTO tenants (id, name, timezone, locale) VALUES (:id, :name, :timezone, :locale)")
                .param("id", id.value())
                .param("name", name)
                .param("timezone", timezone.getId())
                .param("locale", locale.code())
                .update();
    }

    /** The tenant as read at most {@link #FRESHNESS} ago. */
    Optional<Tenant> find(TenantId id) {
        return recent.get(id, this::read);
    }

    private Optional<Tenant> read(TenantId id) {
        return jdbc.sql("SELECT * FROM tenants WHERE id = :id")
                .param("id", id.value())
                .query(this::map)
                .optional();
    }

    boolean any() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM tenants)").query(Boolean.class).single();
    }

    void update(TenantId id, TenantChanges changes) {
        recent.forget();
        jdbc.sql("""
                UPDATE tenants SET
                    name = COALESCE(:name, name),
                    timezone = COALESCE(:timezone, timezone),
                    locale = COALESCE(:locale, locale),
                    settings = settings || COALESCE(CAST(:settings AS jsonb), '{}'::jsonb),
                    business_hours = COALESCE(CAST(:businessHours AS jsonb), business_hours),
                    updated_at = now()
                WHERE id = :id
                """)
                .param("id", id.value())
                .param("name", changes.name())
                .param("timezone", changes.timezone() == null ? null : changes.timezone().getId())
                .param("locale", changes.locale() == null ? null : changes.locale().code())
                .param("settings", changes.settings() == null ? null : json.writeValueAsString(changes.settings()))
                .param("businessHours", changes.businessHours() == null ? null
                        : json.writeValueAsString(changes.businessHours()))
                .update();
    }

    private Tenant map(ResultSet rs, int row) throws SQLException {
        return new Tenant(
                new TenantId(rs.getObject("id", java.util.UUID.class)),
                rs.getString("name"),
                ZoneId.of(rs.getString("timezone")),
                TenantLocale.fromCode(rs.getString("locale")),
                json.readValue(rs.getString("settings"), MAP),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("business_hours") == null ? null
                        : json.readValue(rs.getString("business_hours"), BusinessHours.class));
    }
}
