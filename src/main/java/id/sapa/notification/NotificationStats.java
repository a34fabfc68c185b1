package id.sapa.notification;

import java.util.Map;

/**
 * Seed 004's statistics: how many notices, and how many got through.
 *
 * @param sent        sent, including those since delivered or read
 * @param delivered   delivered, including those since read
 * @param successRate sent out of those that were sent or failed, in percent with one decimal (skipped
 *                    and pending notices do not count against the number); 0 when none was tried
 */
public record NotificationStats(long total, long pending, long sent, long delivered, long read, long failed,
        long skipped, double successRate) {

    static NotificationStats of(Map<NotificationStatus, Long> counts) {
        long read = counts.get(NotificationStatus.READ);
        long delivered = counts.get(NotificationStatus.DELIVERED) + read;
        long sent = counts.get(NotificationStatus.SENT) + delivered;
        long failed = counts.get(NotificationStatus.FAILED);
        long pending = counts.get(NotificationStatus.PENDING);
        long skipped = counts.get(NotificationStatus.SKIPPED);
        double rate = sent + failed == 0 ? 0 : Math.round(1000.0 * sent / (sent + failed)) / 10.0;
        return new NotificationStats(sent + failed + pending + skipped, pending, sent, delivered, read, failed, skipped,
                rate);
    }
}
