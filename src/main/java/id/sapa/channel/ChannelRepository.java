package id.sapa.channel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.sapa.channel.spi.ChannelStatus;
import id.sapa.channel.spi.ProviderType;
import id.sapa.shared.ChannelId;
import id.sapa.shared.Codes;
import id.sapa.shared.PhoneNumber;
import id.sapa.shared.TenantId;
import id.sapa.shared.db.RecentRows;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class ChannelRepository {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    static final Duration FRESHNESS = Duration.ofSeconds(2);

    private final JdbcClient jdbc;
    private final JsonMapper json;
    /**
     * Each tenant's channel as read moments ago, for traffic that arrives message by message: reading
     * the channel row again for every message was a fifth of the database work of receiving one.
     */
    private final RecentRows<TenantId, Optional<Channel>> recent = new RecentRows<>(FRESHNESS);

    ChannelRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The tenant's channel as read at most {@link #FRESHNESS} ago. */
    Optional<Channel> findRecentByTenant(TenantId tenantId) {
        return recent.get(tenantId, this::findByTenant);
    }

    Optional<Channel> findByTenant(TenantId tenantId) {
        return jdbc.sql("SELECT * FROM channels WHERE tenant_id = :tenantId")
                .param("tenantId", tenantId.value())
                .query(this::map).optional();
    }

    Optional<Channel> find(ChannelId id) {
        return jdbc.sql("SELECT * FROM channels WHERE id = :id").param("id", id.value()).query(this::map).optional();
    }

    /** Sealed credentials of a channel; read only to call its provider. */
    Optional<String> credentials(ChannelId id) {
        return jdbc.sql("SELECT credentials FROM channels WHERE id = :id").param("id", id.value())
                .query(String.class).optional();
    }

    /** Creates the tenant's channel or switches it to another provider, resetting the connection. */
    Channel upsert(TenantId tenantId, ProviderType provider) {
        recent.forget();
        jdbc.sql("""
                INSERT INTO channels (id, tenant_id, provider, status)
                VALUES (:id, :tenantId, :provider, 'disconnected')
                ON CONFLICT (tenant_id) DO UPDATE SET
                    provider = EXCLUDED.provider,
                    phone_number = CASE WHEN channels.provider = EXCLUDED.provider THEN channels.phone_number END,
                    credentials = CASE WHEN channels.provider = EXCLUDED.provider THEN channels.credentials END,
                    updated_at = now()
                """)
                .param("id", UUID.randomUUID()).param("tenantId", tenantId.value()).param("provider", provider.code())
                .update();
        return findByTenant(tenantId).orElseThrow();
    }

    void update(ChannelId id, ChannelStatus status, PhoneNumber phone, String qrCode, Instant qrExpiresAt,
            String sealedCredentials, Map<String, Object> settings, Instant now) {
        recent.forget();
        jdbc.sql("""
                UPDATE channels SET
                    status = :status,
                    phone_number = COALESCE(:phone, phone_number),
                    qr_code = :qr,
                    qr_expires_at = :qrExpiresAt,
                    last_qr_generated_at = CASE WHEN CAST(:qrGenerated AS text) IS NULL THEN last_qr_generated_at ELSE :now END,
                    last_connected_at = CASE WHEN CAST(:status AS text) = 'connected' THEN :now ELSE last_connected_at END,
                    retry_count = CASE WHEN CAST(:status AS text) = 'connected' THEN 0 ELSE retry_count END,
                    credentials = COALESCE(:credentials, credentials),
                    settings = settings || CAST(:settings AS jsonb),
                    updated_at = :now
                WHERE id = :id
                """)
                .param("id", id.value())
                .param("status", status.code())
                .param("phone", phone == null ? null : phone.e164())
                .param("qr", qrCode)
                .param("qrGenerated", qrCode)
                .param("qrExpiresAt", qrExpiresAt == null ? null : Timestamp.from(qrExpiresAt))
                .param("credentials", sealedCredentials)
                .param("settings", json.writeValueAsString(settings == null ? Map.of() : settings))
                .param("now", Timestamp.from(now))
                .update();
    }

    void markDisconnected(ChannelId id, ChannelStatus status, Instant now) {
        recent.forget();
        jdbc.sql("""
                UPDATE channels SET status = :status, qr_code = NULL, qr_expires_at = NULL,
                    last_disconnected_at = :now, updated_at = :now,
                    credentials = CASE WHEN CAST(:status AS text) = 'logout' THEN NULL ELSE credentials END
                WHERE id = :id
                """)
                .param("id", id.value()).param("status", status.code()).param("now", Timestamp.from(now))
                .update();
    }

    Optional<Channel> findBySetting(ProviderType provider, String setting, String value) {
        // A number may have been linked before by another tenant: the connected link wins; a
        // logged-out link no longer receives anything.
        return jdbc.sql("""
                SELECT * FROM channels WHERE provider = :provider AND settings ->> :setting = :value AND status <> 'logout'
                ORDER BY (status = 'connected') DESC, updated_at DESC LIMIT 1
                """)
                .param("provider", provider.code()).param("setting", setting).param("value", value)
                .query(this::map).optional();
    }

    /** Merges non-secret provider facts into the channel's settings. */
    void mergeSettings(ChannelId id, Map<String, Object> settings, Instant now) {
        recent.forget();
        jdbc.sql("UPDATE channels SET settings = settings || CAST(:settings AS jsonb), updated_at = :now WHERE id = :id")
                .param("id", id.value()).param("settings", json.writeValueAsString(settings))
                .param("now", Timestamp.from(now)).update();
    }

    /** connected → disconnected because the provider refused to send any more; answers whether it changed. */
    boolean markSendingStopped(ChannelId id, String reason, Instant now) {
        recent.forget();
        return jdbc.sql("""
                UPDATE channels SET status = 'disconnected', last_disconnected_at = :now, updated_at = :now,
                    settings = settings || jsonb_build_object('sendingStopped', true, 'stopReason', CAST(:reason AS text))
                WHERE id = :id AND status = 'connected'
                """)
                .param("id", id.value()).param("reason", reason).param("now", Timestamp.from(now)).update() == 1;
    }

    private Channel map(ResultSet rs, int row) throws SQLException {
        String phone = rs.getString("phone_number");
        return new Channel(
                new ChannelId(rs.getObject("id", UUID.class)),
                new TenantId(rs.getObject("tenant_id", UUID.class)),
                Codes.parse(ProviderType.class, rs.getString("provider")),
                phone == null ? null : new PhoneNumber(phone),
                Codes.parse(ChannelStatus.class, rs.getString("status")),
                rs.getString("qr_code"),
                instant(rs.getTimestamp("qr_expires_at")),
                // Read-only: a remembered channel is shared by every request that uses it.
                Collections.unmodifiableMap(json.readValue(rs.getString("settings"), MAP)),
                instant(rs.getTimestamp("last_connected_at")),
                instant(rs.getTimestamp("last_disconnected_at")),
                instant(rs.getTimestamp("last_qr_generated_at")),
                rs.getInt("retry_count"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
