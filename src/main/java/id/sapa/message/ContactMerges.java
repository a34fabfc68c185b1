package id.sapa.message;

import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.sapa.contact.Contact;
import id.sapa.contact.Contacts;
import id.sapa.shared.Actor;
import id.sapa.shared.ContactId;
import id.sapa.shared.FieldMessages;
import id.sapa.shared.ProblemException;
import id.sapa.shared.ProblemType;
import id.sapa.shared.Text;

/**
 * Two contacts the team knows are one customer, joined by hand: typically the number a customer
 * was added under and the WhatsApp username they wrote from before WhatsApp named both. Their
 * conversations, messages, notes and details become the kept contact's. Two different numbers (or
 * two different WhatsApp accounts) stay apart: to WhatsApp they are two customers, and a reply to
 * the joined one would reach only one of them.
 */
@Service
public class ContactMerges {

    private final Contacts contacts;
    private final SamePersonMerger merger;

    ContactMerges(Contacts contacts, SamePersonMerger merger) {
        this.contacts = contacts;
        this.merger = merger;
    }

    /** Joins {@code absorbed} into {@code kept} and answers the kept contact as it is now. */
    @Transactional
    public Contact join(Actor actor, ContactId kept, ContactId absorbed) {
        if (absorbed == null) {
            throw ProblemException.invalidField("contactId", FieldMessages.REQUIRED);
        }
        if (kept.equals(absorbed)) {
            throw ProblemException.invalidField("contactId",
                    new Text("harus kontak lain, bukan kontak ini sendiri", "must be another contact, not this one"));
        }
        Contact keeping = contacts.get(actor.tenantId(), kept);
        Contact joining = contacts.get(actor.tenantId(), absorbed);
        if (differ(keeping.phone(), joining.phone()) || differ(keeping.userId(), joining.userId())) {
            throw new ProblemException(ProblemType.CONFLICT, new Text(
                    "Kedua kontak punya nomor atau akun WhatsApp yang berbeda: bagi WhatsApp mereka dua pelanggan",
                    "The two contacts have different WhatsApp numbers or accounts: to WhatsApp they are two customers"));
        }
        merger.join(actor.tenantId(), kept, absorbed);
        return contacts.get(actor.tenantId(), kept);
    }

    private static boolean differ(Object a, Object b) {
        return a != null && b != null && !Objects.equals(a, b);
    }
}
