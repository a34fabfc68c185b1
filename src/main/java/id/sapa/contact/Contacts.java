package id.sapa.contact;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.sapa.shared.ContactId;
import id.sapa.shared.FieldMessages;
import id.sapa.shared.PhoneNumber;
import id.sapa.shared.ProblemException;
import id.sapa.shared.ProblemType;
import id.sapa.shared.TenantId;
import id.sapa.shared.Text;
import id.sapa.shared.WhatsAppUser;

/** The contact module's API. */
@Service
public class Contacts {

    private static final Text CONTACT = new Text("Kontak", "Contact");

    private final ContactRepository repository;
    private final ContactIdentities identities;
    private final BillingCustomers billing;

    Contacts(ContactRepository repository, ContactIdentities identities, BillingCustomers billing) {
        this.repository = repository;
        this.identities = identities;
        this.billing = billing;
    }

    /**
     * Records a message from a customer: creates the contact on first contact, else counts the
     * message, moves its last-contact time and learns identifiers it did not have (a BSUID next to
     * a known number, or the number next to a known BSUID). Joins the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public InboundContact recordInbound(TenantId tenantId, WhatsAppUser who, String profileName, Instant at) {
        if (who.userId() == null && who.parentUserId() == null) {
            return repository.upsertInbound(tenantId, who.phone(), blankToNull(profileName), at, 1);
        }
        return identities.upsertInbound(tenantId, who, blankToNull(profileName), at);
    }

    /**
     * The contact a send addressed to {@code phone} goes to: the tenant's contact with that number,
     * else a new one, found the way a customer's first message finds or creates it but counting no
     * message from them. Joins the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public InboundContact findOrAdd(TenantId tenantId, PhoneNumber phone, Instant at) {
        return repository.upsertInbound(tenantId, phone, null, at, 0);
    }

    /**
     * The contacts that turn out to be one person, because a webhook names them together (the
     * number of one beside the BSUID of the other): the oldest first, the others to fold into it
     * with {@link #merge}. Locks them until the transaction ends. Joins the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<ContactId> samePerson(TenantId tenantId, WhatsAppUser who) {
        return identities.matching(tenantId, who);
    }

    /**
     * Folds {@code absorbed} into {@code kept} (identifiers, counters, tags, notes) and deletes it.
     * Call once the conversations of the absorbed contact have been moved. Joins the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void merge(TenantId tenantId, ContactId kept, ContactId absorbed) {
        identities.merge(tenantId, kept, absorbed);
    }

    /**
     * The customer changed their number (WhatsApp's "user changed number" notice): the contact takes
     * the new identifiers, so their next message finds it. Joins the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changeIdentity(TenantId tenantId, ContactId id, WhatsAppUser next) {
        identities.changeIdentity(tenantId, id, next);
    }

    /** Counts a message the business sent to the contact. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordOutbound(TenantId tenantId, ContactId contactId, Instant at) {
        repository.countOutbound(tenantId, contactId, at);
    }

    /** Counts a conversation started or re-opened with the contact. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordConversationOpened(TenantId tenantId, ContactId contactId) {
        repository.countConversation(tenantId, contactId);
    }

    /** A blocked contact's messages are kept, but nothing is sent to them. */
    public boolean isBlocked(TenantId tenantId, ContactId contactId) {
        return repository.isBlocked(tenantId, contactId);
    }

    /**
     * Adds a contact the team typed in or imported.
     *
     * @throws ProblemException a conflict carrying the existing {@code contactId} when the tenant already
     *                          has a contact with this number (it may have written in first), a conflict
     *                          naming {@code customerId} when another contact has the customer id
     */
    @Transactional
    public Contact create(TenantId tenantId, PhoneNumber phone, ContactDetails details) {
        ContactId id = ContactId.random();
        ContactDetails normalised = details.normalised();
        boolean inserted;
        try {
            inserted = repository.insert(tenantId, id, phone, normalised);
        } catch (DuplicateKeyException taken) {
            throw customerIdTaken(normalised.customerId());
        }
        if (!inserted) {
            ProblemException taken = ProblemException.conflict(new Text("Sudah ada kontak dengan nomor " + phone,
                    "There is already a contact with the number " + phone))
                    .with("field", "phone");
            throw repository.findId(tenantId, phone).map(existing -> taken.with("contactId", existing.toString()))
                    .orElse(taken);
        }
        return get(tenantId, id);
    }

    public Optional<Contact> find(TenantId tenantId, ContactId id) {
        return repository.find(tenantId, id);
    }

    public Contact get(TenantId tenantId, ContactId id) {
        return repository.find(tenantId, id).orElseThrow(() -> notFound(id));
    }

    /** The contact the business's billing system knows by {@code customerId}. */
    public Optional<Contact> findByCustomerId(TenantId tenantId, String customerId) {
        return repository.findByCustomerId(tenantId, CustomerIds.normalise(customerId));
    }

    /** The tenant's contact with this number, if there is one; never adds one (see {@link #findOrAdd}). */
    public Optional<Contact> findByPhone(TenantId tenantId, PhoneNumber phone) {
        return repository.findByPhone(tenantId, phone);
    }

    /**
     * What the business's billing system says about a customer: the contact with this customer id takes
     * the number and name, else the contact with this number takes the customer id and name, else a new
     * contact is added. Concurrent upserts of one customer id leave one contact.
     *
     * @param name null keeps the contact's name
     * @throws ProblemException a conflict naming {@code phone} when the number belongs to another contact
     *                          with another customer id, or to any other contact once the customer id has one;
     *                          a validation problem naming {@code customerId} for an id not in its spelling
     */
    @Transactional
    public UpsertedContact upsertByCustomerId(TenantId tenantId, String customerId, PhoneNumber phone, String name) {
        String id = CustomerIds.normalise(customerId);
        if (id == null) {
            throw ProblemException.invalidField("customerId", FieldMessages.REQUIRED);
        }
        return billing.upsert(tenantId, id, phone, blankToNull(name));
    }

    public ContactPage list(TenantId tenantId, ContactQuery query) {
        return repository.list(tenantId, query);
    }

    /**
     * Changes what the team wrote about a contact. The edit sees the details as they are at that moment
     * (the contact is locked meanwhile), so concurrent edits of different fields both survive.
     */
    @Transactional
    public Contact update(TenantId tenantId, ContactId id, UnaryOperator<ContactDetails> edit) {
        Contact current = repository.lock(tenantId, id).orElseThrow(() -> notFound(id));
        ContactDetails edited = edit.apply(current.details()).normalised();
        try {
            repository.update(tenantId, id, edited);
        } catch (DuplicateKeyException taken) {
            throw customerIdTaken(edited.customerId());
        }
        return get(tenantId, id);
    }

    /** Adds, removes or replaces tags; the result obeys the same rules as tags set any other way. */
    @Transactional
    public Contact changeTags(TenantId tenantId, ContactId id, TagMode mode, List<String> tags) {
        List<String> given = Tags.normalise(tags);
        return update(tenantId, id, details -> details.withTags(mode.apply(details.tags(), given)));
    }

    /** Nothing more is sent to the contact; what they send is still kept and shown. */
    @Transactional
    public Contact block(TenantId tenantId, ContactId id, String reason) {
        if (!repository.block(tenantId, id, blankToNull(reason))) {
            throw notFound(id);
        }
        return get(tenantId, id);
    }

    @Transactional
    public Contact unblock(TenantId tenantId, ContactId id) {
        if (!repository.unblock(tenantId, id)) {
            throw notFound(id);
        }
        return get(tenantId, id);
    }

    /**
     * The customer asked to hear nothing more from the business (a STOP reply, or the team noting it).
     * Opting out again keeps the time of the first opt-out.
     */
    @Transactional
    public Contact optOut(TenantId tenantId, ContactId id) {
        if (!repository.optOut(tenantId, id)) {
            throw notFound(id);
        }
        return get(tenantId, id);
    }

    /** The customer agreed again to receive the business's messages. */
    @Transactional
    public Contact optIn(TenantId tenantId, ContactId id) {
        if (!repository.optIn(tenantId, id)) {
            throw notFound(id);
        }
        return get(tenantId, id);
    }

    /** Removes the contact; its conversations and messages stay, no longer linked to a contact. */
    @Transactional
    public void delete(TenantId tenantId, ContactId id) {
        if (!repository.delete(tenantId, id)) {
            throw notFound(id);
        }
    }

    private static ProblemException notFound(ContactId id) {
        return ProblemException.notFound(CONTACT, id);
    }

    /**
     * Raised from a unique violation, after which the transaction reads nothing more; so unlike a taken
     * number it carries no contactId (the customer id itself finds that contact).
     */
    private static ProblemException customerIdTaken(String customerId) {
        return new ProblemException(ProblemType.CONFLICT, new Text(
                "Sudah ada kontak dengan ID pelanggan " + customerId,
                "There is already a contact with the customer id " + customerId))
                .with("field", "customerId");
    }

    /** The customer facts the inbox shows beside a conversation; empty for another tenant's contact. */
    public Optional<ContactSummary> summary(TenantId tenantId, ContactId contactId) {
        return repository.summary(tenantId, contactId);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
