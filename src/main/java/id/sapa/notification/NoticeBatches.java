package id.sapa.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import id.sapa.channel.Channel;
import id.sapa.channel.Channels;
import id.sapa.channel.spi.ProviderType;
import id.sapa.shared.Actor;
import id.sapa.shared.FieldMessages;
import id.sapa.shared.PhoneNumber;
import id.sapa.shared.ProblemException;
import id.sapa.shared.ProblemType;
import id.sapa.shared.TenantId;
import id.sapa.shared.Text;
import id.sapa.shared.Uuids;
import id.sapa.tenant.Tenant;
import id.sapa.tenant.Tenants;

/**
 * Seed 004's send-bulk: many notices accepted at once and sent by a durable job at the batch's pace,
 * followed and cancelled while they go. A restart in the middle loses and doubles nothing: each row is
 * sent in the transaction that marks it.
 */
@Service
public class NoticeBatches {

    private static final Text BATCH = new Text("Kiriman massal", "Batch");

    private final NotificationLogRepository logs;
    private final NoticeBatchStore batches;
    private final NoticeJobs jobs;
    private final NoticeTemplates templates;
    private final Channels channels;
    private final Tenants tenants;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    NoticeBatches(NotificationLogRepository logs, NoticeBatchStore batches, NoticeJobs jobs, NoticeTemplates templates,
            Channels channels, Tenants tenants, ApplicationEventPublisher events, TransactionTemplate transaction,
            Clock clock) {
        this.logs = logs;
        this.batches = batches;
        this.jobs = jobs;
        this.templates = templates;
        this.channels = channels;
        this.tenants = tenants;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** One row of a send-bulk request, as the billing system wrote it. */
    public record BulkRow(String phone, String message, String customerId) {
    }

    /** A row refused at once, by its index in the request. */
    public record RowError(int index, String field, Text reason) {
    }

    /**
     * @param replayed true when a retry with the same {@code Idempotency-Key} answered the first batch
     */
    public record BatchAccepted(NoticeBatch batch, int accepted, List<RowError> errors, boolean replayed) {
    }

    /** The least time between two notices from a number linked as a device or through Whapi (seed 004). */
    static final int LINKED_NUMBER_DELAY_MS = 2_000;
    static final int MAX_TEXT = 4096;

    /**
     * Accepts a send-bulk request at once: every good row is logged as waiting, in one statement, and one
     * durable job sends them in order, {@code delayMs} apart at least (2 seconds at least from a number
     * linked as a device or through Whapi), within the quiet hours and the daily cap. Bad rows are
     * answered by index and field; the others go.
     *
     * @throws ProblemException 400 when no row is good, with the rows' errors
     */
    public BatchAccepted sendBulk(Actor actor, NoticeType type, List<BulkRow> rows, int delayMs, String idempotencyKey) {
        Notifications.requireNoticeSender(actor);
        TenantId tenantId = actor.tenantId();
        if (idempotencyKey != null) {
            Optional<NoticeBatch> first = batches.findByIdempotencyKey(tenantId, idempotencyKey)
                    .flatMap(id -> batches.find(tenantId, id));
            if (first.isPresent()) {
                return new BatchAccepted(first.get(), first.get().total(), List.of(), true);
            }
        }
        // A row without its own text gets the type's: refused when that text needs values a row cannot carry.
        Tenant tenant = tenants.get(tenantId);
        Text withCustomerId = templates.unfillable(tenant, type, true);
        Text withoutCustomerId = templates.unfillable(tenant, type, false);
        List<RowError> errors = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        List<String[]> accepted = new ArrayList<>();
        for (int index = 0; index < rows.size(); index++) {
            BulkRow row = rows.get(index);
            if (row == null || row.phone() == null || row.phone().isBlank()) {
                errors.add(new RowError(index, "phone", FieldMessages.REQUIRED));
                continue;
            }
            PhoneNumber phone;
            try {
                phone = PhoneNumber.parse(row.phone());
            } catch (PhoneNumber.InvalidPhoneNumberException invalid) {
                errors.add(new RowError(index, "phone", invalid.reason()));
                continue;
            }
            String text = row.message() == null || row.message().isBlank() ? null : row.message().strip();
            Text unfillable = text != null ? null : row.customerId() != null ? withCustomerId : withoutCustomerId;
            if (unfillable != null) {
                errors.add(new RowError(index, "message", unfillable));
                continue;
            }
            if (text != null && text.length() > MAX_TEXT) {
                errors.add(new RowError(index, "message", FieldMessages.atMostCharacters(MAX_TEXT)));
                continue;
            }
            ids.add(Uuids.timeOrdered());
            indexes.add(index);
            accepted.add(new String[] {phone.e164(), row.customerId(), text});
        }
        if (accepted.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, new Text("Tidak ada penerima yang valid",
                    "No recipient is valid")).with("errors", errors.stream()
                    .map(e -> new ProblemException.FieldError("recipients[" + e.index() + "]." + e.field(), e.reason()))
                    .toList());
        }
        int delay = Math.max(delayMs, linkedNumber(tenantId) ? LINKED_NUMBER_DELAY_MS : 0);
        UUID batchId = Uuids.timeOrdered();
        Instant now = clock.instant();
        boolean created = Boolean.TRUE.equals(transaction.execute(status -> {
            if (!batches.insert(batchId, tenantId, type, accepted.size(), delay, actor.attribution(), idempotencyKey,
                    now)) {
                return false;
            }
            logs.insertBatch(tenantId, batchId, type, actor.attribution(), now, ids, indexes, accepted);
            jobs.start(tenantId, batchId);
            return true;
        }));
        if (!created) {
            // A twin with the same key committed first.
            NoticeBatch first = batches.findByIdempotencyKey(tenantId, idempotencyKey)
                    .flatMap(id -> batches.find(tenantId, id)).orElseThrow();
            return new BatchAccepted(first, first.total(), List.of(), true);
        }
        return new BatchAccepted(batches.find(tenantId, batchId).orElseThrow(), accepted.size(), errors, false);
    }

    public Optional<NoticeBatch> find(TenantId tenantId, UUID id) {
        return batches.find(tenantId, id);
    }

    /** The latest batches, newest first. */
    public List<NoticeBatch> list(TenantId tenantId, int limit) {
        return batches.list(tenantId, limit);
    }

    /**
     * Stops a batch: its rows still waiting are cancelled, the ones sent stay sent. Cancelling a finished
     * batch changes nothing.
     */
    public NoticeBatch cancel(Actor actor, UUID id) {
        Notifications.requireNoticeSender(actor);
        TenantId tenantId = actor.tenantId();
        transaction.executeWithoutResult(status -> batches.lock(tenantId, id).ifPresentOrElse(batch -> {
            if (batch.status().equals("queued") || batch.status().equals("running")) {
                batches.finish(id, "cancelled", clock.instant());
                logs.cancelWaiting(id, clock.instant());
            }
        }, () -> {
            throw ProblemException.notFound(BATCH, id);
        }));
        NoticeBatch cancelled = batches.find(tenantId, id).orElseThrow();
        events.publishEvent(NotificationEvent.BatchProgress.of(cancelled));
        return cancelled;
    }

    private boolean linkedNumber(TenantId tenantId) {
        return channels.find(tenantId).map(Channel::provider)
                .map(provider -> provider == ProviderType.WHAPI || provider == ProviderType.LINKED_DEVICE)
                .orElse(false);
    }
}
