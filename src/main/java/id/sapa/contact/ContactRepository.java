package id.sapa.contact;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.sapa.shared.ContactId;
import id.sapa.shared.PhoneNumber;
import id.sapa.shared.TenantId;

@Repository
class ContactRepository {

    private final JdbcClient jdbc;

    ContactRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One statement: creates the contact or counts one more message from it. */
    InboundContact upsertInbound(TenantId tenantId, PhoneNumber phone, String profileName, Instant at) {
        return jdbc.sql("""
                INSERT INTO contacts (id, tenant_id, phone, wa_id, name, first_contact_at, last_contact_at,
                                      total_messages_received)
                VALUES (:id, :tenantId, :phone, :waId, :name, :at, :at, 1)
                ON CONFLICT (tenant_id, phone) DO UPDATE SET
                    total_messages_received = contacts.total_messages_received + 1,
                    last_contact_at = GREATEST(contacts.last_contact_at, EXCLUDED.last_contact_at),
                    first_contact_at = LEAST(contacts.first_contact_at, EXCLUDED.first_contact_at),
                    name = COALESCE(contacts.name, EXCLUDED.name),
                    updated_at = now()
                RETURNING id, name, is_blocked, (xmax = 0) AS inserted
                """)
                .param("id", UUID.randomUUID())
                .param("tenantId", tenantId.value())
                .param("phone", phone.e164())
                .param("waId", phone.digits())
                .param("name", profileName)
                .param("at", Timestamp.from(at))
                .query((rs, row) -> new InboundContact(new ContactId(rs.getObject("id", UUID.class)),
                        rs.getString("name"), rs.getBoolean("is_blocked"), rs.getBoolean("inserted")))
                .single();
    }

    void countOutbound(TenantId tenantId, ContactId id, Instant at) {
        jdbc.sql("""
                UPDATE contacts SET total_messages_sent = total_messages_sent + 1,
                    last_contact_at = GREATEST(last_contact_at, :at), updated_at = now()
                WHERE tenant_id = :tenantId AND id = :id
                """)
                .param("tenantId", tenantId.value()).param("id", id.value()).param("at", Timestamp.from(at))
                .update();
    }

    void countConversation(TenantId tenantId, ContactId id) {
        jdbc.sql("UPDATE contacts SET total_conversations = total_conversations + 1 WHERE tenant_id = :tenantId AND id = :id")
                .param("tenantId", tenantId.value()).param("id", id.value())
                .update();
    }

    Optional<ContactSummary> summary(TenantId tenantId, ContactId id) {
        return jdbc.sql("""
                SELECT id, email, address, total_orders, total_spent, last_order_at, is_blocked
                FROM contacts WHERE tenant_id = :tenantId AND id = :id
                """)
                .param("tenantId", tenantId.value()).param("id", id.value())
                .query((rs, row) -> new ContactSummary(new ContactId(rs.getObject("id", UUID.class)),
                        rs.getString("email"), rs.getString("address"), rs.getInt("total_orders"),
                        rs.getBigDecimal("total_spent"),
                        rs.getTimestamp("last_order_at") == null ? null : rs.getTimestamp("last_order_at").toInstant(),
                        rs.getBoolean("is_blocked")))
                .optional();
    }

    boolean isBlocked(TenantId tenantId, ContactId id) {
        return jdbc.sql("SELECT is_blocked FROM contacts WHERE tenant_id = :tenantId AND id = :id")
                .param("tenantId", tenantId.value()).param("id", id.value())
                .query(Boolean.class).optional().orElse(false);
    }
}
