package id.sapa.contact;

import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.sapa.shared.ContactId;
import id.sapa.shared.PhoneNumber;
import id.sapa.shared.TenantId;

/** The contact module's API. */
@Service
public class Contacts {

    private final ContactRepository repository;

    Contacts(ContactRepository repository) {
        this.repository = repository;
    }

    /**
     * Records a message from a customer: creates the contact on first contact, else counts the
     * message and moves its last-contact time. Joins the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public InboundContact recordInbound(TenantId tenantId, PhoneNumber phone, String profileName, Instant at) {
        return repository.upsertInbound(tenantId, phone, blankToNull(profileName), at);
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

    /** The customer facts the inbox shows beside a conversation; empty for another tenant's contact. */
    public Optional<ContactSummary> summary(TenantId tenantId, ContactId contactId) {
        return repository.summary(tenantId, contactId);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
