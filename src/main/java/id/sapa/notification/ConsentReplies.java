package id.sapa.notification;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import id.sapa.contact.ConsentKeywords;
import id.sapa.conversation.Conversations;
import id.sapa.message.MessageEvent.MessageReceived;

/**
 * Turns a customer's STOP / BERHENTI / UNSUBSCRIBE or MULAI / START into their consent to notices,
 * durably: the publication registry offers the message again after a crash until it is answered, and
 * the answer is sent at most once per message.
 */
@Component
public class ConsentReplies {

    private final Notifications notifications;
    private final Conversations conversations;

    ConsentReplies(Notifications notifications, Conversations conversations) {
        this.notifications = notifications;
        this.conversations = conversations;
    }

    /** Only a customer's consent keyword is stored for this listener; every other message costs nothing. */
    public boolean applies(MessageReceived event) {
        return event.writtenByCustomer() && ConsentKeywords.of(event.text()).isPresent();
    }

    @ApplicationModuleListener(id = "consent-replies", condition = "@consentReplies.applies(#event)")
    void on(MessageReceived event) {
        conversations.find(event.tenantId(), event.conversationId())
                .filter(conversation -> conversation.contactId() != null)
                .ifPresent(conversation -> notifications.answerConsent(event.tenantId(), conversation.contactId(),
                        event.messageId(), ConsentKeywords.of(event.text()).orElseThrow()));
    }
}
