package id.sapa.notification;

import java.sql.Date;
import java.sql.Time;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.sapa.shared.TenantId;
import id.sapa.shared.db.RecentRows;

/** Each business's quiet hours and daily cap, and how many notices went on each of its days. */
@Repository
class NoticeSettingsStore {

    /** Read for every notice sent; another node's change is seen within this. */
    static final Duration FRESHNESS = Duration.ofSeconds(2);

    private final JdbcClient jdbc;
    private final RecentRows<TenantId, NoticeSettings> recent = new RecentRows<>(FRESHNESS);

    NoticeSettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The business's settings as read at most {@link #FRESHNESS} ago. */
    NoticeSettings get(TenantId tenantId) {
        return recent.get(tenantId, this::read);
    }

    private NoticeSettings read(TenantId tenantId) {
        return jdbc.sql("SELECT daily_cap, quiet_start, quiet_end FROM notification_settings WHERE tenant_id = :tenantId")
                .param("tenantId", tenantId.value())
                .query((rs, row) -> new NoticeSettings(rs.getObject("daily_cap", Integer.class),
                        time(rs.getTime("quiet_start")), time(rs.getTime("quiet_end"))))
                .optional()
                .orElse(NoticeSettings.NONE);
    }

    void save(TenantId tenantId, NoticeSettings settings) {
        recent.forget();
        jdbc.sql("""
                INSERT INTO notification_settings (tenant_id, daily_cap, quiet_start, quiet_end, updated_at)
                VALUES (:tenantId, :cap, :start, :end, now())
                ON CONFLICT (tenant_id) DO UPDATE SET daily_cap = EXCLUDED.daily_cap,
                    quiet_start = EXCLUDED.quiet_start, quiet_end = EXCLUDED.quiet_end, updated_at = now()
                """)
                .param("tenantId", tenantId.value()).param("cap", settings.dailyCap())
                .param("start", settings.quietStart() == null ? null : Time.valueOf(settings.quietStart()))
                .param("end", settings.quietEnd() == null ? null : Time.valueOf(settings.quietEnd()))
                .update();
    }

    int sentOn(TenantId tenantId, LocalDate day) {
        return jdbc.sql("SELECT sent FROM notification_daily_counts WHERE tenant_id = :tenantId AND day = :day")
                .param("tenantId", tenantId.value()).param("day", Date.valueOf(day))
                .query(Integer.class).optional().orElse(0);
    }

    /** Counts a notice queued on the business's day {@code day}, in the transaction that queued it. */
    void countSent(TenantId tenantId, LocalDate day) {
        jdbc.sql("""
                INSERT INTO notification_daily_counts (tenant_id, day, sent) VALUES (:tenantId, :day, 1)
                ON CONFLICT (tenant_id, day) DO UPDATE SET sent = notification_daily_counts.sent + 1
                """)
                .param("tenantId", tenantId.value()).param("day", Date.valueOf(day))
                .update();
    }

    private static LocalTime time(Time time) {
        return time == null ? null : time.toLocalTime();
    }
}
