package id.sapa.notification;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import id.sapa.contact.Consent;
import id.sapa.contact.Contact;
import id.sapa.contact.Contacts;
import id.sapa.message.Notice;
import id.sapa.notification.NotificationLogRepository.NewLog;
import id.sapa.shared.Actor;
import id.sapa.shared.ContactId;
import id.sapa.shared.MessageId;
import id.sapa.shared.Permission;
import id.sapa.shared.ProblemException;
import id.sapa.shared.ProblemType;
import id.sapa.shared.TenantId;
import id.sapa.shared.Text;
import id.sapa.shared.Uuids;
import id.sapa.tenant.Tenant;
import id.sapa.tenant.Tenants;

/**
 * Sends the notices billing systems ask for and keeps their log. A notice is logged and queued in one
 * transaction, so a crash leaves either both or neither, and a retried request (same
 * {@code Idempotency-Key}, or the same notice for the same invoice) answers the first result instead
 * of sending again, even when the two arrive together.
 */
@Service
public class Notifications {

    private final NotificationLogRepository logs;
    private final NoticeTemplates templates;
    private final NoticeSender sender;
    private final NoticeRunner runner;
    private final NoticeJobs jobs;
    private final NoticeSettingsStore settingsStore;
    private final Contacts contacts;
    private final Tenants tenants;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Notifications(NotificationLogRepository logs, NoticeTemplates templates, NoticeSender sender, NoticeRunner runner,
            NoticeJobs jobs, NoticeSettingsStore settingsStore, Contacts contacts, Tenants tenants,
            ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock) {
        this.logs = logs;
        this.templates = templates;
        this.sender = sender;
        this.runner = runner;
        this.jobs = jobs;
        this.settingsStore = settingsStore;
        this.contacts = contacts;
        this.tenants = tenants;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** A notice's log entry, and whether this call made it (false: a retry answered the first result). */
    public record Sent(NotificationLog log, boolean created) {
    }

    /**
     * Sends one notice, or answers the one a retry of the same request already sent.
     *
     * @throws ProblemException 404 for an unknown {@code customerId}; 409 for an {@code Idempotency-Key}
     *                          already used with another request; 403 for a caller who may not send notices
     */
    public Sent send(Actor actor, NoticeRequest request) {
        requireNoticeSender(actor);
        return dispatch(actor.tenantId(), request, actor.attribution(), true, null);
    }

    /**
     * Logs and queues one notice in one transaction, unless a retry finds it logged already.
     *
     * @param paced  whether the quiet hours and the daily cap hold it back (not a reply the customer asked for)
     * @param before work that must commit with the notice and run before it is checked (an opt-in)
     */
    private Sent dispatch(TenantId tenantId, NoticeRequest request, String requestedBy, boolean paced,
            Runnable before) {
        Optional<Sent> replay = replay(tenantId, request);
        if (replay.isPresent()) {
            return replay.get();
        }
        Tenant tenant = tenants.get(tenantId);
        Optional<Contact> contact = request.phone() != null ? contacts.findByPhone(tenantId, request.phone())
                : Optional.of(contacts.findByCustomerId(tenantId, request.customerId())
                        .orElseThrow(() -> ProblemException.notFound(new Text("Pelanggan", "Customer"), request.customerId())
                                .with("field", "customerId")));
        if (request.message() == null && request.values().isEmpty()) {
            Text unfillable = templates.unfillable(tenant, request.type(), request.customerId() != null);
            if (unfillable != null) {
                throw ProblemException.invalidField("message", unfillable);
            }
        }
        // Made now, so a bad value (a date that is not one) is refused before anything is logged.
        Notice notice = templates.notice(tenant, request, contact.map(Contact::name).orElse(null));
        String phone = request.phone() != null ? request.phone().e164() : null;
        UUID id = Uuids.timeOrdered();
        Instant now = clock.instant();
        Instant allowed = paced ? runner.allowedFrom(tenant, now) : now;
        Instant held = allowed.isAfter(now) ? allowed : null;
        NewLog log = new NewLog(id, tenantId, request.type(), phone, request.customerId(), request.idempotencyKey(),
                request.requestHash(), request.naturalKey(), request.batchId(), request.batchIndex(), requestedBy, now,
                request.message(), sender.values(request.values()), held);
        Optional<NotificationLog> logged = transaction.execute(status -> {
            if (!logs.insertPending(log)) {
                return Optional.<NotificationLog>empty();
            }
            if (before != null) {
                before.run();
            }
            if (held != null) {
                jobs.defer(tenantId, id, held);
            } else {
                sender.send(tenant, id, request.phone(), contact, notice);
            }
            return logs.find(tenantId, id);
        });
        logged.ifPresent(first -> events.publishEvent(new NotificationEvent.NotificationUpdated(tenantId, first.id(),
                first.status(), null)));
        return logged.map(first -> new Sent(first, true))
                // A twin with the same key committed first: answer its result.
                .orElseGet(() -> replay(tenantId, request).orElseThrow());
    }

    public NoticeSettings settings(TenantId tenantId) {
        return settingsStore.get(tenantId);
    }

    public NoticeSettings saveSettings(TenantId tenantId, NoticeSettings settings) {
        settingsStore.save(tenantId, settings);
        return settingsStore.get(tenantId);
    }

    static void requireNoticeSender(Actor actor) {
        if (!actor.can(Permission.SEND_NOTICES)) {
            throw ProblemException.forbidden(new Text("Peran Anda tidak dapat mengirim notifikasi",
                    "Your role cannot send notices"));
        }
    }

    /**
     * Answers a customer who wrote STOP (or BERHENTI, UNSUBSCRIBE) or MULAI (START): their notices go off
     * or on again, and they are told so once — only when it changes something, and only once for one
     * message however often it is offered. The confirmation of a STOP is the last notice they get.
     */
    void answerConsent(TenantId tenantId, ContactId contactId, MessageId messageId, Consent consent) {
        Optional<Contact> contact = contacts.find(tenantId, contactId);
        if (contact.isEmpty() || (contact.get().optedOutAt() != null) == (consent == Consent.OPT_OUT)) {
            return;
        }
        if (contact.get().phone() == null && contact.get().customerId() == null) {
            // Known only by WhatsApp username: no notice could reach them, so none confirms it either.
            if (consent == Consent.OPT_OUT) {
                contacts.optOut(tenantId, contactId);
            } else {
                contacts.optIn(tenantId, contactId);
            }
            return;
        }
        Tenant tenant = tenants.get(tenantId);
        String text = NoticeTexts.render(consent == Consent.OPT_OUT
                ? NoticeTexts.defaultText(NoticeType.CONSENT_CONFIRMATION, tenant.locale())
                : NoticeTexts.OPTED_IN.in(tenant.locale().locale()), java.util.Map.of("shopName", tenant.name()));
        NoticeRequest request = new NoticeRequest(NoticeType.CONSENT_CONFIRMATION, contact.get().phone(),
                contact.get().customerId(), text, java.util.Map.of(), null, null, "consent:" + messageId, null, null);
        Runnable change = consent == Consent.OPT_IN ? () -> contacts.optIn(tenantId, contactId) : null;
        dispatch(tenantId, request, "customer:" + consent.name().toLowerCase(java.util.Locale.ROOT), false, change);
        if (consent == Consent.OPT_OUT) {
            // After the confirmation was queued: checked with the customer still opted in, it is the last.
            contacts.optOut(tenantId, contactId);
        }
    }

    /** The first result of this request, when it is a retry. */
    private Optional<Sent> replay(TenantId tenantId, NoticeRequest request) {
        if (request.idempotencyKey() != null) {
            Optional<Map.Entry<NotificationLog, byte[]>> first = logs.findByIdempotencyKey(tenantId, request.idempotencyKey());
            if (first.isPresent()) {
                if (!MessageDigest.isEqual(first.get().getValue(), request.requestHash())) {
                    throw new ProblemException(ProblemType.CONFLICT, new Text(
                            "Idempotency-Key ini sudah dipakai untuk permintaan lain",
                            "This Idempotency-Key was already used for a different request"))
                            .with("field", "Idempotency-Key");
                }
                return Optional.of(new Sent(first.get().getKey(), false));
            }
        }
        if (request.naturalKey() != null) {
            return logs.findByNaturalKey(tenantId, request.naturalKey()).map(first -> new Sent(first, false));
        }
        return Optional.empty();
    }

    public Optional<NotificationLog> find(TenantId tenantId, UUID id) {
        return logs.find(tenantId, id);
    }

    /** A page of the history, newest first. */
    public List<NotificationLog> history(TenantId tenantId, HistoryFilter filter, int limit) {
        return logs.history(tenantId, filter, limit);
    }

    /**
     * What the history is narrowed to; every part optional.
     *
     * @param beforeId with {@code beforeCreatedAt}, the last entry of the previous page
     */
    public record HistoryFilter(String customerId, NotificationStatus status, NoticeType type, Instant from,
            Instant to, UUID batchId, Instant beforeCreatedAt, UUID beforeId) {
    }

    /**
     * Where a stats period starts: {@code today} from midnight in the business's time zone, {@code 7d} and
     * {@code 30d} that many days back from now.
     *
     * @throws ProblemException 400 naming {@code period} for anything else
     */
    public Instant periodStart(TenantId tenantId, String period) {
        Instant now = clock.instant();
        return switch (period) {
            case "today" -> now.atZone(tenants.get(tenantId).timezone()).toLocalDate()
                    .atStartOfDay(tenants.get(tenantId).timezone()).toInstant();
            case "7d" -> now.minus(java.time.Duration.ofDays(7));
            case "30d" -> now.minus(java.time.Duration.ofDays(30));
            default -> throw ProblemException.invalidField("period", new Text("harus today, 7d atau 30d", "must be today, 7d or 30d"));
        };
    }

    /** Counts by status over {@code [from, to)} (open ends allowed). */
    public NotificationStats stats(TenantId tenantId, Instant from, Instant to) {
        return NotificationStats.of(logs.countByStatus(tenantId, from, to));
    }
}
