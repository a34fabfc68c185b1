package id.sapa.notification;

import org.springframework.stereotype.Component;

import id.sapa.channel.NoticeTotals;
import id.sapa.shared.TenantId;

/** The notice counts {@code GET /api/whatsapp/status} shows beside the connection. */
@Component
class NotificationTotals implements NoticeTotals {

    private final Notifications notifications;

    NotificationTotals(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public Totals totals(TenantId tenantId) {
        NotificationStats stats = notifications.stats(tenantId, null, null);
        return new Totals(stats.total(), stats.sent(), stats.failed(), stats.pending(), stats.successRate());
    }
}
