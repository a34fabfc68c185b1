package id.sapa.conversation;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.sapa.contact.Contact;
import id.sapa.contact.Contacts;
import id.sapa.contact.InboundContact;
import id.sapa.shared.Actor;
import id.sapa.shared.ContactId;
import id.sapa.shared.ProblemException;
import id.sapa.shared.ProblemType;
import id.sapa.shared.Text;

/**
 * The team writing first to a contact (Kontak → Kirim pesan): the contact's conversation, opened
 * when they have none. Nothing is sent here: the composer then sends what WhatsApp allows (free
 * text inside the 24-hour window, an approved template outside it on the Cloud API). Sapa never
 * starts a conversation with a contact who is blocked or who asked to hear nothing more.
 */
@Service
public class ConversationStarts {

    private final Contacts contacts;
    private final Conversations conversations;
    private final Clock clock;

    ConversationStarts(Contacts contacts, Conversations conversations, Clock clock) {
        this.contacts = contacts;
        this.conversations = conversations;
        this.clock = clock;
    }

    /**
     * @throws ProblemException 404 for a contact of another business, 409 for a blocked or opted-out
     *                          one, 403 when the conversation is a colleague's and the caller may not open it
     */
    @Transactional
    public Conversation startWith(Actor actor, ContactId contactId) {
        Contact contact = contacts.get(actor.tenantId(), contactId);
        if (contact.isBlocked()) {
            throw new ProblemException(ProblemType.CONFLICT, new Text(
                    "Kontak ini diblokir; buka blokirnya dulu untuk mengirim pesan",
                    "This contact is blocked; unblock them before writing to them"));
        }
        if (contact.optedOutAt() != null) {
            throw new ProblemException(ProblemType.CONFLICT, new Text(
                    "Kontak ini sudah meminta tidak dihubungi lagi; tunggu sampai mereka menulis lebih dulu",
                    "This contact asked to hear nothing more; wait for them to write first"));
        }
        Conversation conversation = conversations.findOrOpen(actor.tenantId(),
                new InboundContact(contact.id(), contact.name(), false, false), contact.whatsAppUser(), clock.instant());
        Conversations.checkVisible(actor, conversation);
        return conversation;
    }
}
