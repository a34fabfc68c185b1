package id.sapa.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.sapa.contact.Contact;
import id.sapa.contact.Contacts;
import id.sapa.conversation.Conversations;
import id.sapa.message.Messages;
import id.sapa.message.Notice;
import id.sapa.message.NoticeOutcome;
import id.sapa.notification.NotificationLogRepository.Waiting;
import id.sapa.shared.ContactId;
import id.sapa.shared.PhoneNumber;
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
    private final Conversations conversations;
    private final JsonMapper json;
    private final Clock clock;

    NoticeSender(NotificationLogRepository logs, NoticeTemplates templates, NoticeSettingsStore settings,
            Messages messages, Contacts contacts, Conversations conversations, JsonMapper json, Clock clock) {
        this.logs = logs;
        this.templates = templates;
        this.settings = settings;
        this.messages = messages;
        this.contacts = contacts;
        this.conversations = conversations;
        this.json = json;
        this.clock = clock;
    }

    String values(Map<String, String> values) {
        return json.writeValueAsString(values);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void send(Tenant tenant, Waiting waiting) {
        Instant now = clock.instant();
        Optional<Contact> contact = waiting.phone() != null
                ? contacts.findByPhone(tenant.id(), PhoneNumber.parse(waiting.phone()))
                : contacts.findByCustomerId(tenant.id(), waiting.customerId());
        if (waiting.phone() == null && contact.isEmpty()) {
            // A batch row naming a customer the billing system never registered, or one deleted since.
            logs.refused(waiting.id(), NotificationStatus.SKIPPED, "unknown_customer",
                    new id.sapa.shared.Text("Pelanggan dengan ID ini tidak ditemukan",
                            "No customer has this id").in(tenant.locale().locale()), null, now);
            return;
        }
        NoticeRequest request = new NoticeRequest(waiting.type(),
                waiting.phone() == null ? null : PhoneNumber.parse(waiting.phone()), waiting.customerId(),
                waiting.requestText(), waiting.requestValues() == null ? Map.of() : json.readValue(waiting.requestValues(), VALUES),
                null, null, null, waiting.batchId(), waiting.batchIndex());
        Notice notice = templates.notice(tenant, request, contact.map(Contact::name).orElse(null));
        Notice.Recipient to = waiting.phone() != null ? new Notice.Recipient.ToNumber(request.phone())
                : new Notice.Recipient.ToContact(contact.get().id());
        switch (messages.sendNotice(tenant.id(), to, notice)) {
            case NoticeOutcome.Queued(var message) -> {
                ContactId contactId = conversations.find(tenant.id(), message.conversationId())
                        .map(c -> c.contactId()).orElse(null);
                logs.queued(waiting.id(), message.id(), contactId,
                        contact.map(Contact::phone).map(PhoneNumber::e164).orElse(null), message.content(), now);
                settings.countSent(tenant.id(), now.atZone(tenant.timezone()).toLocalDate());
            }
            case NoticeOutcome.Refused(var reason, var detail) -> logs.refused(waiting.id(),
                    reason.numberProblem() ? NotificationStatus.FAILED : NotificationStatus.SKIPPED, reason.code(),
                    detail.in(tenant.locale().locale()), notice.text(), now);
        }
    }
}
