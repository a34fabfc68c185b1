package id.sapa.message;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.sapa.contact.Contacts;
import id.sapa.conversation.Conversations;
import id.sapa.shared.ContactId;
import id.sapa.shared.TenantId;
import id.sapa.shared.WhatsAppUser;

/**
 * Makes one contact and one conversation of a customer who reached the business under two
 * identities: first seen by number, later by BSUID alone (a username), until a webhook names both.
 * The oldest contact is kept; the other's conversation, messages and details are folded into it.
 */
@Component
class SamePersonMerger {

    private static final Logger log = LoggerFactory.getLogger(SamePersonMerger.class);

    private final Contacts contacts;
    private final Conversations conversations;
    private final MessageRepository messages;

    SamePersonMerger(Contacts contacts, Conversations conversations, MessageRepository messages) {
        this.contacts = contacts;
        this.conversations = conversations;
        this.messages = messages;
    }

    /** Joins every contact {@code who} names into the oldest of them; answers that one, or null when none. */
    @Transactional(propagation = Propagation.MANDATORY)
    ContactId join(TenantId tenantId, WhatsAppUser who) {
        List<ContactId> same = contacts.samePerson(tenantId, who);
        if (same.isEmpty()) {
            return null;
        }
        ContactId kept = same.getFirst();
        for (ContactId absorbed : same.subList(1, same.size())) {
            join(tenantId, kept, absorbed);
        }
        return kept;
    }

    /** Joins {@code absorbed} into {@code kept}. */
    @Transactional(propagation = Propagation.MANDATORY)
    void join(TenantId tenantId, ContactId kept, ContactId absorbed) {
        conversations.prepareMerge(tenantId, absorbed, kept).ifPresent(merge -> {
            messages.moveToConversation(tenantId, merge.from(), merge.into());
            conversations.completeMerge(tenantId, merge);
        });
        contacts.merge(tenantId, kept, absorbed);
        log.info("Contact {} of tenant {} is the same customer as contact {}: joined into it", absorbed, tenantId, kept);
    }
}
