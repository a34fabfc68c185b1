package id.sapa.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.sapa.contact.Contact;
import id.sapa.contact.Contacts;
import id.sapa.message.Messages;
import id.sapa.message.Notice;
import id.sapa.message.NoticeOutcome;
import id.sapa.notification.NotificationLogRepository.Waiting;
import id.sapa.shared.PhoneNumber;
import id.sapa.shared.Text;
import id.sapa.tenant.Tenant;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends one waiting notice, in the caller's transaction: its text made from what the caller asked
 * for, the message queued (or the refusal recorded) and the day's count kept, all committed together.
 */
@Component
class NoticeSender {

    private static final TypeReference<Map<String, String>> VALUES = new TypeReference<>() {
    };

    private final NotificationLogRepository logs;
    private final NoticeTemplates templates;
    private final NoticeSettingsStore settings;
    private final Messages messages;
    private final Contacts contacts;
    private final JsonMapper json;
    private final Clock clock;

    NoticeSender(NotificationLogRepository logs, NoticeTemplates templates, NoticeSettingsStore settings,
            Messages messages, Contacts contacts, JsonMapper json, Clock clock) {
        this.logs = logs;
        this.templates = templates;
        this.settings = settings;
        this.messages = messages;
        this.contacts = contacts;
        this.json = json;
        this.clock = clock;
    }

    String values(Map<String, String> values) {
        return json.writeValueAsString(values);
    }

    /** Sends a waiting notice (a batch's row, a held-back one): its contact looked up and its text made now. */
    @Transactional(propagation = Propagation.MANDATORY)
    void send(Tenant tenant, Waiting waiting) {
        Optional<Contact> contact = waiting.phone() != null
                ? contacts.findByPhone(tenant.id(), PhoneNumber.parse(waiting.phone()))
                : contacts.findByCustomerId(tenant.id(), waiting.customerId());
        if (waiting.phone() == null && contact.isEmpty()) {
            // A batch row naming a customer the billing system never registered, or one deleted since.
            logs.refused(waiting.id(), NotificationStatus.SKIPPED, "unknown_customer",
                    new Text("Pelanggan dengan ID ini tidak ditemukan", "No customer has this id")
                            .in(tenant.locale().locale()), null, clock.instant());
            return;
        }
        NoticeRequest request = new NoticeRequest(waiting.type(),
                waiting.phone() == null ? null : PhoneNumber.parse(waiting.phone()), waiting.customerId(),
                waiting.requestText(), waiting.requestValues() == null ? Map.of() : json.readValue(waiting.requestValues(), VALUES),
                null, null, null, waiting.batchId(), waiting.batchIndex());
        send(tenant, waiting.id(), request.phone(), contact, templates.notice(tenant, request, contact.map(Contact::name).orElse(null)));
    }

    /**
     * Sends a logged notice whose contact (if any) and text the caller has at hand.
     *
     * @param phone the number asked for, or null when the notice goes to {@code contact} by its customer id
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void send(Tenant tenant, UUID logId, PhoneNumber phone, Optional<Contact> contact, Notice notice) {
        Instant now = clock.instant();
        Notice.Recipient to = phone != null ? new Notice.Recipient.ToNumber(phone)
                : new Notice.Recipient.ToContact(contact.orElseThrow().id());
        switch (messages.sendNotice(tenant.id(), to, notice)) {
            case NoticeOutcome.Queued(var message, var contactId) -> {
                logs.queued(logId, message.id(), contactId,
                        contact.map(Contact::phone).map(PhoneNumber::e164).orElse(null), message.content(), now);
                settings.countSent(tenant.id(), now.atZone(tenant.timezone()).toLocalDate());
            }
            case NoticeOutcome.Refused(var reason, var detail) -> logs.refused(logId,
                    reason.numberProblem() ? NotificationStatus.FAILED : NotificationStatus.SKIPPED, reason.code(),
                    detail.in(tenant.locale().locale()), notice.text(), now);
        }
    }
}
