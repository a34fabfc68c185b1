package id.sapa.contact;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.sapa.shared.ContactId;
import id.sapa.shared.TenantId;
import id.sapa.shared.Uuids;
import id.sapa.shared.WhatsAppUser;

/**
 * Finds, links and merges contacts by every identifier WhatsApp gives: the phone number, the
 * business-scoped user id (BSUID) and its parent. The BSUID comes first: a number can pass to
 * another person, a BSUID never does. A number already held by a contact with another BSUID
 * belongs to a different WhatsApp user, so it does not match.
 */
@Repository
class ContactIdentities {

    private static final String MATCHES = """
            tenant_id = :tenantId AND (user_id = :userId OR parent_user_id = :parentUserId
                OR (phone = :phone AND (user_id IS NULL OR CAST(:userId AS varchar) IS NULL OR user_id = :userId)))
            """;

    private final JdbcClient jdbc;

    ContactIdentities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every contact the identifiers name, oldest first, locked until the transaction ends. */
    List<ContactId> matching(TenantId tenantId, WhatsAppUser who) {
        return jdbc.sql("SELECT id FROM contacts WHERE " + MATCHES
                        + " ORDER BY first_contact_at NULLS LAST, created_at, id FOR UPDATE")
                .params(identifiers(tenantId, who))
                .query((rs, row) -> new ContactId(rs.getObject("id", UUID.class)))
                .list();
    }

    /**
     * Counts a message from a customer named by a BSUID: the contact it names (by BSUID first)
     * learns the identifiers it lacked, or a new contact is created. Two first messages at once
     * create one contact: the loser of the insert finds the winner's row.
     */
    InboundContact upsertInbound(TenantId tenantId, WhatsAppUser who, String profileName, Instant at) {
        for (int attempt = 0; ; attempt++) {
            Optional<InboundContact> counted = countOnMatch(tenantId, who, profileName, at);
            if (counted.isPresent()) {
                return counted.get();
            }
            // The number may belong to a contact with another BSUID (see the class comment): keep it there.
            boolean numberTaken = attempt > 0 && who.phone() != null;
            Optional<InboundContact> inserted = insert(tenantId, numberTaken ? withoutPhone(who) : who, profileName, at);
            if (inserted.isPresent()) {
                return inserted.get();
            }
            if (attempt == 2) {
                throw new IllegalStateException("contact for " + who + " could neither be found nor created");
            }
        }
    }

    private Optional<InboundContact> countOnMatch(TenantId tenantId, WhatsAppUser who, String profileName, Instant at) {
        return jdbc.sql("""
                WITH found AS (
                    SELECT id FROM contacts WHERE %s
                    ORDER BY (user_id IS NOT DISTINCT FROM :userId) DESC, first_contact_at NULLS LAST, id
                    LIMIT 1 FOR UPDATE)
                UPDATE contacts c SET
                    user_id = COALESCE(:userId, c.user_id),
                    parent_user_id = COALESCE(:parentUserId, c.parent_user_id),
                    username = COALESCE(:username, c.username),
                    phone = COALESCE(c.phone, :phone),
                    wa_id = COALESCE(c.wa_id, :waId),
                    total_messages_received = c.total_messages_received + 1,
                    last_contact_at = GREATEST(c.last_contact_at, :at),
                    first_contact_at = LEAST(c.first_contact_at, :at),
                    name = COALESCE(c.name, :name),
                    updated_at = now()
                FROM found WHERE c.id = found.id
                RETURNING c.id, c.name, c.is_blocked, false AS inserted
                """.formatted(MATCHES))
                .params(identifiers(tenantId, who))
                .param("name", profileName)
                .param("at", Timestamp.from(at))
                .query(ContactRepository::inbound)
                .optional();
    }

    private Optional<InboundContact> insert(TenantId tenantId, WhatsAppUser who, String profileName, Instant at) {
        return jdbc.sql("""
                INSERT INTO contacts (id, tenant_id, phone, wa_id, user_id, parent_user_id, username, name,
                                      first_contact_at, last_contact_at, total_messages_received)
                VALUES (:id, :tenantId, :phone, :waId, :userId, :parentUserId, :username, :name, :at, :at, 1)
                ON CONFLICT DO NOTHING
                RETURNING id, name, is_blocked, true AS inserted
                """)
                .param("id", Uuids.timeOrdered())
                .params(identifiers(tenantId, who))
                .param("name", profileName)
                .param("at", Timestamp.from(at))
                .query(ContactRepository::inbound)
                .optional();
    }

    /**
     * Folds {@code absorbed} into {@code kept}: its identifiers and customer id where the kept one lacks
     * them, its counters added, its tags and the team's notes kept; then it is deleted. The caller has
     * already moved what other modules keep of the absorbed contact.
     */
    void merge(TenantId tenantId, ContactId kept, ContactId absorbed) {
        Optional<Contact> old = jdbc.sql("SELECT * FROM contacts WHERE tenant_id = :tenantId AND id = :id FOR UPDATE")
                .param("tenantId", tenantId.value()).param("id", absorbed.value())
                .query(ContactRepository::map).optional();
        if (old.isEmpty() || kept.equals(absorbed)) {
            return;
        }
        Contact o = old.get();
        // Deleted first: it gives up its number and BSUID, which are unique, so the kept one can take them.
        jdbc.sql("DELETE FROM contacts WHERE tenant_id = :tenantId AND id = :id")
                .param("tenantId", tenantId.value()).param("id", absorbed.value()).update();
        jdbc.sql("""
                UPDATE contacts SET
                    phone = COALESCE(phone, :phone), wa_id = COALESCE(wa_id, :waId),
                    user_id = COALESCE(user_id, :userId), parent_user_id = COALESCE(parent_user_id, :parentUserId),
                    username = COALESCE(username, :username), customer_id = COALESCE(customer_id, :customerId),
                    name = COALESCE(name, :name),
                    email = COALESCE(email, :email), address = COALESCE(address, :address),
                    notes = CASE WHEN :notes IS NULL THEN notes WHEN notes IS NULL THEN :notes
                                 ELSE notes || E'\n' || :notes END,
                    tags = ARRAY(SELECT DISTINCT unnest(tags || CAST(:tags AS text[]))),
                    segment = COALESCE(segment, :segment),
                    total_conversations = total_conversations + :conversations,
                    total_messages_sent = total_messages_sent + :sent,
                    total_messages_received = total_messages_received + :received,
                    first_contact_at = LEAST(first_contact_at, :firstContact),
                    last_contact_at = GREATEST(last_contact_at, :lastContact),
                    is_blocked = is_blocked OR :blocked,
                    blocked_at = CASE WHEN is_blocked OR NOT :blocked THEN blocked_at ELSE now() END,
                    opted_out_at = COALESCE(opted_out_at, :optedOut),
                    updated_at = now()
                WHERE tenant_id = :tenantId AND id = :id
                """)
                .params(identifiers(tenantId, o.whatsAppUser()))
                .param("id", kept.value())
                .param("customerId", o.customerId(), java.sql.Types.VARCHAR)
                .param("name", o.name()).param("email", o.email()).param("address", o.address())
                .param("notes", o.notes(), java.sql.Types.VARCHAR)
                .param("tags", o.tags().toArray(String[]::new))
                .param("segment", o.segment() == null ? null : o.segment().code())
                .param("conversations", o.totalConversations()).param("sent", o.totalMessagesSent())
                .param("received", o.totalMessagesReceived())
                .param("firstContact", timestamp(o.firstContactAt()), java.sql.Types.TIMESTAMP)
                .param("lastContact", timestamp(o.lastContactAt()), java.sql.Types.TIMESTAMP)
                .param("blocked", o.isBlocked())
                .param("optedOut", timestamp(o.optedOutAt()), java.sql.Types.TIMESTAMP)
                .update();
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    /** The customer changed their number (or their BSUID with it): the contact takes the new identifiers. */
    void changeIdentity(TenantId tenantId, ContactId id, WhatsAppUser next) {
        jdbc.sql("""
                UPDATE contacts SET phone = COALESCE(:phone, phone), wa_id = COALESCE(:waId, wa_id),
                    user_id = COALESCE(:userId, user_id), parent_user_id = COALESCE(:parentUserId, parent_user_id),
                    username = COALESCE(:username, username), updated_at = now()
                WHERE tenant_id = :tenantId AND id = :id
                """)
                .params(identifiers(tenantId, next))
                .param("id", id.value())
                .update();
    }

    private static WhatsAppUser withoutPhone(WhatsAppUser who) {
        return new WhatsAppUser(null, who.userId(), who.parentUserId(), who.username());
    }

    private static Map<String, Object> identifiers(TenantId tenantId, WhatsAppUser who) {
        Map<String, Object> params = new HashMap<>();
        params.put("tenantId", tenantId.value());
        params.put("phone", who.e164());
        params.put("waId", who.phone() == null ? null : who.phone().digits());
        params.put("userId", who.userId());
        params.put("parentUserId", who.parentUserId());
        params.put("username", who.username());
        return params;
    }
}
