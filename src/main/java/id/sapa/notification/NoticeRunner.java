package id.sapa.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.sapa.notification.NotificationEvent.BatchProgress;
import id.sapa.notification.NotificationLogRepository.Waiting;
import id.sapa.shared.TenantId;
import id.sapa.tenant.Tenant;
import id.sapa.tenant.Tenants;

/**
 * Sends the notices that wait: a batch's rows one at a time at its pace, and single notices the quiet
 * hours or the daily cap held back. Each step is its own transaction that locks what it sends, so two
 * runners of one batch (one revived after a crash) never send a row twice nor faster than the pace.
 */
@Component
class NoticeRunner {

    /** At most one progress push a second per batch: a fast batch must not flood the screens. */
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(1);

    private final NotificationLogRepository logs;
    private final NoticeBatchStore batches;
    private final NoticeSettingsStore settings;
    private final NoticeSender sender;
    private final Tenants tenants;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ConcurrentMap<UUID, Instant> progressPushed = new ConcurrentHashMap<>();

    NoticeRunner(NotificationLogRepository logs, NoticeBatchStore batches, NoticeSettingsStore settings,
            NoticeSender sender, Tenants tenants, ApplicationEventPublisher events, TransactionTemplate transaction,
            Clock clock) {
        this.logs = logs;
        this.batches = batches;
        this.settings = settings;
        this.sender = sender;
        this.tenants = tenants;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** What a step leaves: nothing more to do, or the next row due at a time. */
    sealed interface Step {
    }

    record Done() implements Step {
    }

    record Due(Instant at) implements Step {
    }

    /** Sends the batch's next row if it is due; answers when the one after is. */
    Step batchStep(TenantId tenantId, UUID batchId) {
        Step step = transaction.execute(status -> {
            Optional<NoticeBatchStore.Row> locked = batches.lock(tenantId, batchId);
            if (locked.isEmpty() || !(locked.get().status().equals("queued") || locked.get().status().equals("running"))) {
                return new Done();
            }
            NoticeBatchStore.Row batch = locked.get();
            Tenant tenant = tenants.get(batch.tenantId());
            Instant now = clock.instant();
            Instant due = later(batch.nextAt(), allowedFrom(tenant, now));
            if (due.isAfter(now)) {
                return new Due(due);
            }
            Optional<Waiting> row = logs.lockNextOfBatch(batchId);
            if (row.isPresent()) {
                sender.send(tenant, row.get());
                // Paced from when this row was queued, so two rows are never closer than the delay.
                batches.advanced(batchId, now, clock.instant().plusMillis(batch.delayMs()));
            }
            if (row.isEmpty() || !logs.anyWaitingInBatch(batchId)) {
                batches.finish(batchId, "completed", now);
                return new Done();
            }
            return new Due(clock.instant().plusMillis(batch.delayMs()));
        });
        pushProgress(tenantId, batchId, step instanceof Done);
        return step;
    }

    /** Sends a held-back notice if it may go now; answers when to try again otherwise. */
    Step deferredStep(TenantId tenantId, UUID logId) {
        return transaction.execute(status -> {
            Optional<Waiting> waiting = logs.lockWaiting(logId);
            if (waiting.isEmpty()) {
                return new Done();
            }
            Tenant tenant = tenants.get(tenantId);
            Instant now = clock.instant();
            Instant allowed = allowedFrom(tenant, now);
            if (allowed.isAfter(now)) {
                logs.schedule(logId, allowed);
                return new Due(allowed);
            }
            sender.send(tenant, waiting.get());
            return new Done();
        });
    }

    Optional<Instant> scheduledFor(UUID logId) {
        return logs.scheduledFor(logId);
    }

    /** The earliest a notice of the tenant may go, from {@code now}: after the quiet hours, under the daily cap. */
    Instant allowedFrom(Tenant tenant, Instant now) {
        return settings.get(tenant.id()).earliest(now, tenant.timezone(), day -> settings.sentOn(tenant.id(), day));
    }

    private void pushProgress(TenantId tenantId, UUID batchId, boolean finished) {
        Instant now = clock.instant();
        Instant last = progressPushed.get(batchId);
        if (!finished && last != null && now.isBefore(last.plus(PROGRESS_EVERY))) {
            return;
        }
        if (finished) {
            progressPushed.remove(batchId);
        } else {
            progressPushed.put(batchId, now);
        }
        batches.find(tenantId, batchId).ifPresent(batch -> events.publishEvent(BatchProgress.of(batch)));
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
