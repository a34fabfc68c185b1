package id.sapa.conversation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.sapa.contact.Contacts;
import id.sapa.contact.InboundContact;
import id.sapa.conversation.ConversationEvents.ConversationChanged;
import id.sapa.conversation.ConversationEvents.ConversationOpened;
import id.sapa.shared.ConversationId;
import id.sapa.shared.PhoneNumber;
import id.sapa.shared.ProblemException;
import id.sapa.shared.TenantId;

/** The conversation module's API. */
@Service
public class Conversations {

    private final ConversationRepository repository;
    private final Contacts contacts;
    private final ApplicationEventPublisher events;

    Conversations(ConversationRepository repository, Contacts contacts, ApplicationEventPublisher events) {
        this.repository = repository;
        this.contacts = contacts;
        this.events = events;
    }

    /**
     * Counts a customer message in the customer's conversation, opening or re-opening it, and
     * tells the other modules. Joins the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public InboundConversation recordInbound(TenantId tenantId, InboundContact contact, PhoneNumber phone,
            String preview, Instant at) {
        var upserted = repository.upsertInbound(tenantId, contact.id(), phone, contact.name(), preview, at);
        Conversation conversation = upserted.conversation();
        boolean reopened = !upserted.inserted() && upserted.reopened();
        if (upserted.inserted() || reopened) {
            contacts.recordConversationOpened(tenantId, contact.id());
        }
        if (upserted.inserted()) {
            events.publishEvent(new ConversationOpened(conversation));
        } else {
            Map<String, Object> updates = new LinkedHashMap<>();
            if (reopened) {
                updates.put("status", conversation.status().code());
            }
            updates.put("unreadCount", conversation.unreadCount());
            updates.put("lastMessage", lastMessage(conversation));
            events.publishEvent(new ConversationChanged(tenantId, conversation.id(), updates));
        }
        return new InboundConversation(conversation, upserted.inserted(), reopened);
    }

    /** Counts a message the business sent; the list shows it as the latest. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordOutbound(TenantId tenantId, ConversationId id, String preview, SenderType from, Instant at) {
        repository.recordOutbound(tenantId, id, preview, from, at);
        Conversation conversation = get(tenantId, id);
        events.publishEvent(new ConversationChanged(tenantId, id, Map.of("lastMessage", lastMessage(conversation))));
    }

    /** Sets how many customer messages the team has not read yet. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void resetUnread(TenantId tenantId, ConversationId id, int unread) {
        if (repository.setUnread(tenantId, id, unread)) {
            events.publishEvent(new ConversationChanged(tenantId, id, Map.of("unreadCount", unread)));
        }
    }

    public Optional<Conversation> find(TenantId tenantId, ConversationId id) {
        return repository.find(tenantId, id);
    }

    public Optional<Conversation> findByCustomer(TenantId tenantId, PhoneNumber phone) {
        return repository.findByCustomer(tenantId, phone);
    }

    public Conversation get(TenantId tenantId, ConversationId id) {
        return repository.find(tenantId, id).orElseThrow(() -> ProblemException.notFound("Conversation", id));
    }

    private static Map<String, Object> lastMessage(Conversation conversation) {
        Map<String, Object> last = new LinkedHashMap<>();
        last.put("content", conversation.lastMessageContent());
        last.put("from", conversation.lastMessageFrom() == null ? null : conversation.lastMessageFrom().code());
        last.put("timestamp", conversation.lastMessageAt().toString());
        return last;
    }
}
