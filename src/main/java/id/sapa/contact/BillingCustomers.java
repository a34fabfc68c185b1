package id.sapa.contact;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.sapa.shared.ContactId;
import id.sapa.shared.PhoneNumber;
import id.sapa.shared.ProblemException;
import id.sapa.shared.ProblemType;
import id.sapa.shared.TenantId;
import id.sapa.shared.Text;
import id.sapa.shared.Uuids;

/**
 * Contacts as a business's billing system knows them: by its own customer id and a number, both of
 * which it sends again whenever it syncs. The customer id finds the contact first; else the number
 * does (the customer wrote in before billing knew them), and the contact learns the customer id.
 */
@Repository
class BillingCustomers {

    private static final int ATTEMPTS = 3;

    private final JdbcClient jdbc;

    BillingCustomers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Runs in the caller's transaction.
     *
     * @throws ProblemException a conflict naming {@code phone} when the number belongs to another contact:
     *                          one with another customer id, or any other once this customer id has a contact
     */
    UpsertedContact upsert(TenantId tenantId, String customerId, PhoneNumber phone, String name) {
        serialise(tenantId, customerId);
        for (int attempt = 1; ; attempt++) {
            List<Contact> named = lockNamed(tenantId, customerId, phone);
            Optional<Contact> byCustomerId = named.stream().filter(c -> customerId.equals(c.customerId())).findFirst();
            Optional<Contact> byPhone = named.stream().filter(c -> phone.equals(c.phone())).findFirst();
            if (byCustomerId.isPresent()) {
                ContactId id = byCustomerId.get().id();
                if (byPhone.isPresent() && !byPhone.get().id().equals(id)) {
                    throw phoneTaken(phone, byPhone.get().id());
                }
                return new UpsertedContact(write(tenantId, id, customerId, phone, name), false);
            }
            if (byPhone.isPresent()) {
                if (byPhone.get().customerId() != null) {
                    throw phoneTaken(phone, byPhone.get().id());
                }
                return new UpsertedContact(write(tenantId, byPhone.get().id(), customerId, phone, name), false);
            }
            Optional<Contact> inserted = insert(tenantId, customerId, phone, name);
            if (inserted.isPresent()) {
                return new UpsertedContact(inserted.get(), true);
            }
            // A message from this number (or the team adding it) created the contact meanwhile: find it now.
            if (attempt == ATTEMPTS) {
                throw new IllegalStateException(
                        "contact for customer id " + customerId + " could neither be found nor created");
            }
        }
    }

    /**
     * Upserts of one customer id wait for each other until commit, so the second sees the contact the
     * first created or chose. Without it, one could create a contact while another gives the customer id
     * to an existing contact of another number, and the later of the two would fail on the unique index.
     */
    private void serialise(TenantId tenantId, String customerId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(CAST(:tenantId AS text) || '/' || :customerId, 0))")
                .param("tenantId", tenantId.value()).param("customerId", customerId)
                .query((rs, row) -> 1).single();
    }

    /** Both contacts in one statement, in id order, so two upserts that swap numbers cannot deadlock. */
    private List<Contact> lockNamed(TenantId tenantId, String customerId, PhoneNumber phone) {
        return jdbc.sql("""
                SELECT * FROM contacts WHERE tenant_id = :tenantId AND (customer_id = :customerId OR phone = :phone)
                ORDER BY id FOR UPDATE
                """)
                .param("tenantId", tenantId.value()).param("customerId", customerId).param("phone", phone.e164())
                .query(ContactRepository::map)
                .list();
    }

    /** A name left out keeps the one the contact has: billing may not know it, the team may have typed it. */
    private Contact write(TenantId tenantId, ContactId id, String customerId, PhoneNumber phone, String name) {
        return jdbc.sql("""
                UPDATE contacts SET customer_id = :customerId, phone = :phone, wa_id = :waId,
                    name = COALESCE(:name, name), updated_at = now()
                WHERE tenant_id = :tenantId AND id = :id
                RETURNING *
                """)
                .param("tenantId", tenantId.value()).param("id", id.value()).param("customerId", customerId)
                .param("phone", phone.e164()).param("waId", phone.digits()).param("name", name)
                .query(ContactRepository::map)
                .single();
    }

    private Optional<Contact> insert(TenantId tenantId, String customerId, PhoneNumber phone, String name) {
        return jdbc.sql("""
                INSERT INTO contacts (id, tenant_id, customer_id, phone, wa_id, name)
                VALUES (:id, :tenantId, :customerId, :phone, :waId, :name)
                ON CONFLICT DO NOTHING
                RETURNING *
                """)
                .param("id", Uuids.timeOrdered()).param("tenantId", tenantId.value()).param("customerId", customerId)
                .param("phone", phone.e164()).param("waId", phone.digits()).param("name", name)
                .query(ContactRepository::map)
                .optional();
    }

    private static ProblemException phoneTaken(PhoneNumber phone, ContactId holder) {
        return new ProblemException(ProblemType.CONFLICT, new Text(
                "Nomor " + phone + " sudah dipakai kontak lain", "The number " + phone + " belongs to another contact"))
                .with("field", "phone")
                .with("contactId", holder.toString());
    }
}
