package id.sapa.contact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.sapa.contact.ContactQuery.SortOrder;
import id.sapa.shared.ContactId;
import id.sapa.shared.PhoneNumber;
import id.sapa.shared.TenantId;
import id.sapa.shared.Uuids;

/** Every method takes the tenant first: a contact of another tenant is simply not found. */
@Repository
class ContactRepository {

    private final JdbcClient jdbc;

    ContactRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One statement: creates the contact or counts one more message from it. */
    /** @param received how many customer messages this counts: 1 for a message they sent, 0 for a first send to them */
    InboundContact upsertInbound(TenantId tenantId, PhoneNumber phone, String profileName, Instant at, int received) {
        return jdbc.sql("""
                INSERT INTO contacts (id, tenant_id, phone, wa_id, name, first_contact_at, last_contact_at,
                                      total_messages_received)
                VALUES (:id, :tenantId, :phone, :waId, :name, :at, :at, :received)
                ON CONFLICT (tenant_id, phone) DO UPDATE SET
                    total_messages_received = contacts.total_messages_received + :received,
                    last_contact_at = GREATEST(contacts.last_contact_at, EXCLUDED.last_contact_at),
                    first_contact_at = LEAST(contacts.first_contact_at, EXCLUDED.first_contact_at),
                    name = COALESCE(contacts.name, EXCLUDED.name),
                    updated_at = now()
                RETURNING id, name, is_blocked, (xmax = 0) AS inserted
                """)
                .param("id", Uuids.timeOrdered())
                .param("tenantId", tenantId.value())
                .param("phone", phone.e164())
                .param("waId", phone.digits())
                .param("name", profileName)
                .param("at", Timestamp.from(at))
                .param("received", received)
                .query(ContactRepository::inbound)
                .single();
    }

    static InboundContact inbound(ResultSet rs, int row) throws SQLException {
        return new InboundContact(new ContactId(rs.getObject("id", UUID.class)), rs.getString("name"),
                rs.getBoolean("is_blocked"), rs.getBoolean("inserted"));
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

    /**
     * Adds a contact unless the tenant has one with this number; answers whether it did.
     *
     * @throws org.springframework.dao.DuplicateKeyException when another contact has the customer id
     */
    boolean insert(TenantId tenantId, ContactId id, PhoneNumber phone, ContactDetails details) {
        return jdbc.sql("""
                INSERT INTO contacts (id, tenant_id, phone, wa_id, name, email, address, notes, tags, segment,
                                      customer_id)
                VALUES (:id, :tenantId, :phone, :waId, :name, :email, :address, :notes, :tags, :segment, :customerId)
                ON CONFLICT (tenant_id, phone) DO NOTHING
                """)
                .param("id", id.value())
                .param("tenantId", tenantId.value())
                .param("phone", phone.e164())
                .param("waId", phone.digits())
                .params(detailParams(details))
                .update() == 1;
    }

    Optional<Contact> find(TenantId tenantId, ContactId id) {
        return jdbc.sql("SELECT * FROM contacts WHERE tenant_id = :tenantId AND id = :id")
                .param("tenantId", tenantId.value()).param("id", id.value())
                .query(ContactRepository::map)
                .optional();
    }

    /** Reads the contact and holds it until the transaction ends, so two edits cannot overwrite each other. */
    Optional<Contact> lock(TenantId tenantId, ContactId id) {
        return jdbc.sql("SELECT * FROM contacts WHERE tenant_id = :tenantId AND id = :id FOR UPDATE")
                .param("tenantId", tenantId.value()).param("id", id.value())
                .query(ContactRepository::map)
                .optional();
    }

    Optional<Contact> findByCustomerId(TenantId tenantId, String customerId) {
        return jdbc.sql("SELECT * FROM contacts WHERE tenant_id = :tenantId AND customer_id = :customerId")
                .param("tenantId", tenantId.value()).param("customerId", customerId)
                .query(ContactRepository::map)
                .optional();
    }

    Optional<Contact> findByPhone(TenantId tenantId, PhoneNumber phone) {
        return jdbc.sql("SELECT * FROM contacts WHERE tenant_id = :tenantId AND phone = :phone")
                .param("tenantId", tenantId.value()).param("phone", phone.e164())
                .query(ContactRepository::map)
                .optional();
    }

    Optional<ContactId> findId(TenantId tenantId, PhoneNumber phone) {
        return jdbc.sql("SELECT id FROM contacts WHERE tenant_id = :tenantId AND phone = :phone")
                .param("tenantId", tenantId.value()).param("phone", phone.e164())
                .query((rs, row) -> new ContactId(rs.getObject("id", UUID.class)))
                .optional();
    }

    ContactPage list(TenantId tenantId, ContactQuery query) {
        Map<String, Object> params = new HashMap<>();
        String where = where(tenantId, query, params);
        long total = jdbc.sql("SELECT count(*) FROM contacts WHERE " + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Contact> contacts = jdbc.sql("SELECT * FROM contacts WHERE " + where + " ORDER BY " + orderBy(query)
                        + " LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", query.limit())
                .param("offset", query.offset())
                .query(ContactRepository::map)
                .list();
        return new ContactPage(contacts, total, query.page(), query.limit());
    }

    /** @throws org.springframework.dao.DuplicateKeyException when another contact has the customer id */
    void update(TenantId tenantId, ContactId id, ContactDetails details) {
        jdbc.sql("""
                UPDATE contacts SET name = :name, email = :email, address = :address, notes = :notes, tags = :tags,
                    segment = :segment, customer_id = :customerId, updated_at = now()
                WHERE tenant_id = :tenantId AND id = :id
                """)
                .param("tenantId", tenantId.value())
                .param("id", id.value())
                .params(detailParams(details))
                .update();
    }

    /** Blocking again keeps the time of the first block and the earlier reason unless a new one is given. */
    boolean block(TenantId tenantId, ContactId id, String reason) {
        return jdbc.sql("""
                UPDATE contacts SET is_blocked = true, blocked_reason = COALESCE(:reason, blocked_reason),
                    blocked_at = COALESCE(blocked_at, now()), updated_at = now()
                WHERE tenant_id = :tenantId AND id = :id
                """)
                .param("tenantId", tenantId.value()).param("id", id.value()).param("reason", reason)
                .update() == 1;
    }

    boolean unblock(TenantId tenantId, ContactId id) {
        return jdbc.sql("""
                UPDATE contacts SET is_blocked = false, blocked_reason = NULL, blocked_at = NULL, updated_at = now()
                WHERE tenant_id = :tenantId AND id = :id
                """)
                .param("tenantId", tenantId.value()).param("id", id.value())
                .update() == 1;
    }

    /** Opting out again keeps the time of the first opt-out. */
    boolean optOut(TenantId tenantId, ContactId id) {
        return jdbc.sql("""
                UPDATE contacts SET opted_out_at = COALESCE(opted_out_at, now()), updated_at = now()
                WHERE tenant_id = :tenantId AND id = :id
                """)
                .param("tenantId", tenantId.value()).param("id", id.value())
                .update() == 1;
    }

    boolean optIn(TenantId tenantId, ContactId id) {
        return jdbc.sql("""
                UPDATE contacts SET opted_out_at = NULL, updated_at = now()
                WHERE tenant_id = :tenantId AND id = :id
                """)
                .param("tenantId", tenantId.value()).param("id", id.value())
                .update() == 1;
    }

    boolean delete(TenantId tenantId, ContactId id) {
        return jdbc.sql("DELETE FROM contacts WHERE tenant_id = :tenantId AND id = :id")
                .param("tenantId", tenantId.value()).param("id", id.value())
                .update() == 1;
    }

    /** Built from fixed SQL only; everything the caller sent travels as a parameter. */
    private static String where(TenantId tenantId, ContactQuery query, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("tenant_id = :tenantId");
        params.put("tenantId", tenantId.value());
        if (query.search() != null) {
            ContactSearch search = ContactSearch.of(query.search());
            where.append(" AND (lower(name) LIKE :text ESCAPE '\\' OR lower(email) LIKE :text ESCAPE '\\'"
                    + " OR lower(username) LIKE :text ESCAPE '\\'");
            params.put("text", search.textPattern());
            if (search.phonePattern() != null) {
                where.append(" OR phone LIKE :phone");
                params.put("phone", search.phonePattern());
            }
            where.append(')');
        }
        if (!query.tags().isEmpty()) {
            where.append(" AND tags @> CAST(:tags AS text[])");
            params.put("tags", query.tags().toArray(String[]::new));
        }
        if (query.segment() != null) {
            where.append(" AND segment = :segment");
            params.put("segment", query.segment().code());
        }
        if (query.blocked() != null) {
            where.append(" AND is_blocked = :blocked");
            params.put("blocked", query.blocked());
        }
        return where.toString();
    }

    /**
     * Contacts without a name or without any contact yet come last either way; the id breaks ties so
     * pages do not overlap. The default orders match the indexes of the contact_search migration.
     */
    private static String orderBy(ContactQuery query) {
        String direction = query.order() == SortOrder.ASC ? "ASC" : "DESC";
        String column = switch (query.sortBy()) {
            case LAST_CONTACT -> "last_contact_at " + direction + " NULLS LAST";
            case NAME -> "lower(name) " + direction + " NULLS LAST";
            case CREATED_AT -> "created_at " + direction;
        };
        return column + ", id " + direction;
    }

    private static Map<String, Object> detailParams(ContactDetails details) {
        Map<String, Object> params = new HashMap<>();
        params.put("name", details.name());
        params.put("email", details.email());
        params.put("address", details.address());
        params.put("notes", details.notes());
        params.put("tags", details.tags().toArray(String[]::new));
        params.put("segment", details.segment() == null ? null : details.segment().code());
        params.put("customerId", details.customerId());
        return params;
    }

    static Contact map(ResultSet rs, int row) throws SQLException {
        String segment = rs.getString("segment");
        return new Contact(
                new ContactId(rs.getObject("id", UUID.class)),
                new TenantId(rs.getObject("tenant_id", UUID.class)),
                rs.getString("phone") == null ? null : new PhoneNumber(rs.getString("phone")),
                rs.getString("wa_id"),
                rs.getString("user_id"),
                rs.getString("parent_user_id"),
                rs.getString("username"),
                rs.getString("customer_id"),
                rs.getString("name"),
                rs.getString("avatar_url"),
                rs.getString("email"),
                rs.getString("address"),
                rs.getString("notes"),
                List.of((String[]) rs.getArray("tags").getArray()),
                segment == null ? null : Segment.fromCode(segment),
                rs.getInt("total_conversations"),
                rs.getInt("total_messages_sent"),
                rs.getInt("total_messages_received"),
                instant(rs, "first_contact_at"),
                instant(rs, "last_contact_at"),
                rs.getInt("total_orders"),
                rs.getBigDecimal("total_spent"),
                rs.getBigDecimal("average_order_value"),
                instant(rs, "last_order_at"),
                rs.getBoolean("is_blocked"),
                rs.getString("blocked_reason"),
                instant(rs, "blocked_at"),
                instant(rs, "opted_out_at"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
