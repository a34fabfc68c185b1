package id.sapa.notification;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.sapa.message.MessageEvent.MessageStatusChanged;

/**
 * Moves a notice's log along with its message's delivery status (sent, delivered, read, failed), in
 * the transaction that recorded the status: the history and the stats never disagree with the chat.
 * Most messages are not notices; for them this is one indexed update that finds nothing.
 */
@Component
class NoticeDeliveries {

    private final NotificationLogRepository logs;
    private final ApplicationEventPublisher events;

    NoticeDeliveries(NotificationLogRepository logs, ApplicationEventPublisher events) {
        this.logs = logs;
        this.events = events;
    }

    @EventListener
    void on(MessageStatusChanged changed) {
        NotificationStatus status = switch (changed.status()) {
            case SENT -> NotificationStatus.SENT;
            case DELIVERED -> NotificationStatus.DELIVERED;
            case READ -> NotificationStatus.READ;
            case FAILED -> NotificationStatus.FAILED;
            case PENDING -> null;
        };
        if (status != null) {
            logs.advance(changed.messageId(), status, changed.timestamp(), changed.errorCode(), changed.errorMessage())
                    .ifPresent(log -> events.publishEvent(new NotificationEvent.NotificationUpdated(log.tenantId(),
                            log.id(), log.status(), log.batchId())));
        }
    }
}
