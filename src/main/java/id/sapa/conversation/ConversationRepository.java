package id.sapa.conversation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.sapa.shared.Codes;
import id.sapa.shared.ContactId;
import id.sapa.shared.ConversationId;
import id.sapa.shared.PhoneNumber;
import id.sapa.shared.TenantId;
import id.sapa.shared.Uuids;
import id.sapa.shared.UserId;
import id.sapa.shared.WhatsAppUser;

@Repository
class ConversationRepository {

    private final JdbcClient jdbc;

    ConversationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Creates the contact's conversation or counts a new customer message in it, in one statement.
     * A message the customer wrote re-opens a resolved or closed conversation (a spam one stays
     * spam), counts as unread and opens WhatsApp's 24-hour window; a notice that is not the
     * customer writing (a reaction, a system notice, an edit) is only counted. Re-opening stamps
     * {@code reopened_at} with the transaction time, so the caller learns whether this very
     * statement re-opened it, even when concurrent messages race. A customer's message also ends a
     * snooze (the conversation is open again); {@code woke} says it was snoozed, as read when the
     * statement began.
     */
    Upserted upsertInbound(TenantId tenantId, ContactId contactId, WhatsAppUser customer, String customerName,
            String preview, Instant at, boolean written) {
        return jdbc.sql("""
                WITH before AS (SELECT snoozed_until FROM conversations WHERE tenant_id = :tenantId AND contact_id = :contactId)
                INSERT INTO conversations AS c (id, tenant_id, contact_id, customer_phone, customer_user_id,
                        customer_username, customer_name, unread_count, total_messages, last_message_at,
                        last_message_content, last_message_from, last_customer_message_at, last_customer_message_content,
                        awaiting_reply_since, awaiting_first_reply, created_at, updated_at)
                VALUES (:id, :tenantId, :contactId, :phone, :userId, :username, :name, :unread, 1, :at, :preview, :from,
                        :customerAt, :customerPreview, :customerAt, :written, now(), now())
                ON CONFLICT (tenant_id, contact_id) WHERE contact_id IS NOT NULL DO UPDATE SET
                    customer_phone = COALESCE(EXCLUDED.customer_phone, c.customer_phone),
                    customer_user_id = COALESCE(EXCLUDED.customer_user_id, c.customer_user_id),
                    customer_username = COALESCE(EXCLUDED.customer_username, c.customer_username),
                    customer_name = COALESCE(EXCLUDED.customer_name, c.customer_name),
                    status = CASE WHEN :written AND (c.status IN ('resolved', 'closed') OR c.snoozed_until IS NOT NULL)
                        THEN 'active' ELSE c.status END,
                    snoozed_until = CASE WHEN :written THEN NULL ELSE c.snoozed_until END,
                    resolved_at = CASE WHEN :written AND c.status IN ('resolved', 'closed') THEN NULL ELSE c.resolved_at END,
                    reopened_at = CASE WHEN :written AND c.status IN ('resolved', 'closed') THEN now() ELSE c.reopened_at END,
                    awaiting_reply_since = LEAST(c.awaiting_reply_since, EXCLUDED.awaiting_reply_since),
                    awaiting_first_reply = c.awaiting_first_reply OR (:written AND c.status IN ('resolved', 'closed')),
                    unread_count = c.unread_count + EXCLUDED.unread_count,
                    total_messages = c.total_messages + 1,
                    last_message_content = CASE WHEN EXCLUDED.last_message_at >= c.last_message_at
                        THEN EXCLUDED.last_message_content ELSE c.last_message_content END,
                    last_message_from = CASE WHEN EXCLUDED.last_message_at >= c.last_message_at
                        THEN EXCLUDED.last_message_from ELSE c.last_message_from END,
                    last_message_at = GREATEST(c.last_message_at, EXCLUDED.last_message_at),
                    last_customer_message_content = CASE WHEN :written
                        AND EXCLUDED.last_customer_message_at >= COALESCE(c.last_customer_message_at, '-infinity')
                        THEN EXCLUDED.last_customer_message_content ELSE c.last_customer_message_content END,
                    last_customer_message_at = GREATEST(c.last_customer_message_at, EXCLUDED.last_customer_message_at),
                    updated_at = now()
                RETURNING c.*, (xmax = 0) AS inserted, (c.reopened_at IS NOT DISTINCT FROM now()) AS reopened,
                    (:written AND (SELECT snoozed_until FROM before) IS NOT NULL) AS woke
                """)
                .param("id", Uuids.timeOrdered())
                .param("tenantId", tenantId.value())
                .param("contactId", contactId.value())
                .params(identifiers(customer))
                .param("name", customerName)
                .param("at", Timestamp.from(at))
                .param("preview", preview)
                .param("from", written ? SenderType.CUSTOMER.code() : SenderType.SYSTEM.code())
                .param("written", written)
                .param("unread", written ? 1 : 0)
                .param("customerAt", written ? Timestamp.from(at) : null, Types.TIMESTAMP)
                .param("customerPreview", written ? preview : null, Types.VARCHAR)
                .query((rs, row) -> new Upserted(map(rs, row), rs.getBoolean("inserted"), rs.getBoolean("reopened"),
                        rs.getBoolean("woke")))
                .single();
    }

    /** A new conversation with the contact, nothing counted yet; empty when the contact already has one. */
    Optional<Conversation> open(TenantId tenantId, ContactId contactId, WhatsAppUser customer, String customerName,
            Instant at) {
        return jdbc.sql("""
                INSERT INTO conversations (id, tenant_id, contact_id, customer_phone, customer_user_id,
                        customer_username, customer_name, last_message_at, created_at, updated_at)
                VALUES (:id, :tenantId, :contactId, :phone, :userId, :username, :name, :at, now(), now())
                ON CONFLICT (tenant_id, contact_id) WHERE contact_id IS NOT NULL DO NOTHING
                RETURNING *
                """)
                .param("id", Uuids.timeOrdered())
                .param("tenantId", tenantId.value())
                .param("contactId", contactId.value())
                .params(identifiers(customer))
                .param("name", customerName)
                .param("at", Timestamp.from(at))
                .query(ConversationRepository::map)
                .optional();
    }

    /**
     * Gives a conversation left without a contact (its contact was deleted) to the new contact of
     * the same customer, so the customer's history stays in one conversation.
     */
    /** Whether a conversation without a contact was found and given this one. */
    boolean adoptOrphan(TenantId tenantId, ContactId contactId, WhatsAppUser customer) {
        return jdbc.sql("""
                UPDATE conversations SET contact_id = :contactId, updated_at = now()
                WHERE id = (SELECT id FROM conversations
                            WHERE tenant_id = :tenantId AND contact_id IS NULL
                              AND (customer_phone = :phone OR customer_user_id = :userId)
                            ORDER BY last_message_at DESC LIMIT 1)
                """)
                .param("tenantId", tenantId.value()).param("contactId", contactId.value())
                .params(identifiers(customer))
                .update() == 1;
    }

    /** Answers the conversation as it is now. */
    Conversation recordOutbound(TenantId tenantId, ConversationId id, String preview, SenderType from, Instant at) {
        return jdbc.sql("""
                UPDATE conversations SET
                    total_messages = total_messages + 1,
                    last_message_content = CASE WHEN :at >= last_message_at THEN :preview ELSE last_message_content END,
                    last_message_from = CASE WHEN :at >= last_message_at THEN :from ELSE last_message_from END,
                    last_message_at = GREATEST(last_message_at, :at),
                    updated_at = now()
                WHERE tenant_id = :tenantId AND id = :id
                RETURNING *
                """)
                .param("tenantId", tenantId.value()).param("id", id.value())
                .param("preview", preview).param("from", from.code()).param("at", Timestamp.from(at))
                .query(ConversationRepository::map)
                .single();
    }

    /**
     * A team member answered: the customer is no longer waiting. Answers since when they had been
     * waiting and whether this was the first answer since the conversation opened or re-opened;
     * empty when nobody was waiting (a second reply in a row).
     */
    Optional<Waited> recordReply(TenantId tenantId, ConversationId id) {
        return jdbc.sql("""
                UPDATE conversations c SET awaiting_reply_since = NULL, awaiting_first_reply = false
                FROM (SELECT id, awaiting_reply_since, awaiting_first_reply FROM conversations
                      WHERE tenant_id = :tenantId AND id = :id FOR UPDATE) before
                WHERE c.id = before.id AND before.awaiting_reply_since IS NOT NULL
                RETURNING before.awaiting_reply_since, before.awaiting_first_reply
                """)
                .param("tenantId", tenantId.value()).param("id", id.value())
                .query((rs, row) -> new Waited(rs.getTimestamp(1).toInstant(), rs.getBoolean(2)))
                .optional();
    }

    record Waited(Instant since, boolean firstReply) {
    }

    /** Switches a conversation in bot mode to agent mode; answers whether it was in bot mode. */
    boolean takeOverFromBot(TenantId tenantId, ConversationId id) {
        return jdbc.sql("""
                UPDATE conversations SET mode = 'agent', updated_at = now()
                WHERE tenant_id = :tenantId AND id = :id AND mode = 'bot'
                """)
                .param("tenantId", tenantId.value()).param("id", id.value())
                .update() == 1;
    }

    /** Answers whether the count changed. */
    boolean setUnread(TenantId tenantId, ConversationId id, int unread) {
        return jdbc.sql("""
                UPDATE conversations SET unread_count = :unread, updated_at = now()
                WHERE tenant_id = :tenantId AND id = :id AND unread_count <> :unread
                """)
                .param("tenantId", tenantId.value()).param("id", id.value()).param("unread", unread)
                .update() == 1;
    }

    Optional<Conversation> find(TenantId tenantId, ConversationId id) {
        return jdbc.sql("SELECT * FROM conversations WHERE tenant_id = :tenantId AND id = :id")
                .param("tenantId", tenantId.value()).param("id", id.value())
                .query(ConversationRepository::map)
                .optional();
    }

    /** By the BSUID first, as contacts are matched; a conversation without a contact last. */
    Optional<Conversation> findByCustomer(TenantId tenantId, WhatsAppUser customer) {
        return jdbc.sql("""
                SELECT * FROM conversations
                WHERE tenant_id = :tenantId AND (customer_user_id = :userId OR customer_phone = :phone)
                ORDER BY (customer_user_id IS NOT DISTINCT FROM :userId) DESC, (contact_id IS NULL), last_message_at DESC
                LIMIT 1
                """)
                .param("tenantId", tenantId.value())
                .params(identifiers(customer))
                .query(ConversationRepository::map)
                .optional();
    }

    Optional<Conversation> findByContact(TenantId tenantId, ContactId contactId) {
        return jdbc.sql("SELECT * FROM conversations WHERE tenant_id = :tenantId AND contact_id = :contactId")
                .param("tenantId", tenantId.value()).param("contactId", contactId.value())
                .query(ConversationRepository::map)
                .optional();
    }

    /** The customer's identifiers as the contact now has them (a new number, a BSUID learnt). */
    void readdress(TenantId tenantId, ContactId contactId, WhatsAppUser customer) {
        jdbc.sql("""
                UPDATE conversations SET customer_phone = COALESCE(:phone, customer_phone),
                    customer_user_id = COALESCE(:userId, customer_user_id),
                    customer_username = COALESCE(:username, customer_username), updated_at = now()
                WHERE tenant_id = :tenantId AND contact_id = :contactId
                """)
                .param("tenantId", tenantId.value()).param("contactId", contactId.value())
                .params(identifiers(customer))
                .update();
    }

    /** Reads the conversation and locks it until commit, so a concurrent inbound message cannot be overwritten. */
    Optional<Conversation> lock(TenantId tenantId, ConversationId id) {
        return jdbc.sql("SELECT * FROM conversations WHERE tenant_id = :tenantId AND id = :id FOR UPDATE")
                .param("tenantId", tenantId.value()).param("id", id.value())
                .query(ConversationRepository::map)
                .optional();
    }

    void update(TenantId tenantId, ConversationId id, ConversationEdit edit, Instant at) {
        jdbc.sql("""
                UPDATE conversations SET status = :status, priority = :priority, mode = :mode,
                    tags = CAST(:tags AS text[]), internal_notes = :notes, assigned_cs_id = :assignee,
                    resolved_at = :resolvedAt, snoozed_until = :snoozedUntil, updated_at = :at
                WHERE tenant_id = :tenantId AND id = :id
                """)
                .param("status", edit.status().code())
                .param("priority", edit.priority().code())
                .param("mode", edit.mode().code())
                .param("tags", edit.tags().toArray(String[]::new))
                .param("notes", edit.internalNotes())
                .param("assignee", edit.assignedCsId() == null ? null : edit.assignedCsId().value(), Types.OTHER)
                .param("resolvedAt", edit.resolvedAt() == null ? null : Timestamp.from(edit.resolvedAt()), Types.TIMESTAMP)
                .param("snoozedUntil", edit.snoozedUntil() == null ? null : Timestamp.from(edit.snoozedUntil()), Types.TIMESTAMP)
                .param("at", Timestamp.from(at))
                .param("tenantId", tenantId.value()).param("id", id.value())
                .update();
    }

    void recordAssignment(TenantId tenantId, ConversationId id, UserId from, UserId to, UserId by, Instant at) {
        jdbc.sql("""
                INSERT INTO conversation_assignments (id, tenant_id, conversation_id, from_user_id, to_user_id,
                                                      assigned_by, assigned_at)
                VALUES (:id, :tenantId, :conversationId, :from, :to, :by, :at)
                """)
                .param("id", Uuids.timeOrdered())
                .param("tenantId", tenantId.value())
                .param("conversationId", id.value())
                .param("from", from == null ? null : from.value(), Types.OTHER)
                .param("to", to == null ? null : to.value(), Types.OTHER)
                .param("by", by == null ? null : by.value(), Types.OTHER)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** The customer's identifiers as parameters, typed: any of them may be null. */
    private static Map<String, SqlParameterValue> identifiers(WhatsAppUser customer) {
        Map<String, SqlParameterValue> params = new HashMap<>();
        params.put("phone", new SqlParameterValue(Types.VARCHAR, customer.e164()));
        params.put("userId", new SqlParameterValue(Types.VARCHAR, customer.userId()));
        params.put("username", new SqlParameterValue(Types.VARCHAR, customer.username()));
        return params;
    }

    static Conversation map(ResultSet rs, int row) throws SQLException {
        return new Conversation(
                new ConversationId(rs.getObject("id", UUID.class)),
                new TenantId(rs.getObject("tenant_id", UUID.class)),
                nullable(rs.getObject("contact_id", UUID.class), ContactId::new),
                nullable(rs.getObject("assigned_cs_id", UUID.class), UserId::new),
                new WhatsAppUser(rs.getString("customer_phone") == null ? null : new PhoneNumber(rs.getString("customer_phone")),
                        rs.getString("customer_user_id"), null, rs.getString("customer_username")),
                rs.getString("customer_name"),
                rs.getString("customer_avatar_url"),
                Codes.parse(ConversationStatus.class, rs.getString("status")),
                Codes.parse(Priority.class, rs.getString("priority")),
                Codes.parse(ChatMode.class, rs.getString("mode")),
                rs.getInt("unread_count"),
                rs.getInt("total_messages"),
                instant(rs.getTimestamp("last_message_at")),
                rs.getString("last_message_content"),
                rs.getString("last_message_from") == null ? null : Codes.parse(SenderType.class, rs.getString("last_message_from")),
                instant(rs.getTimestamp("last_customer_message_at")),
                rs.getString("last_customer_message_content"),
                tags(rs.getArray("tags")),
                rs.getString("category"),
                rs.getString("internal_notes"),
                instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("updated_at")),
                instant(rs.getTimestamp("resolved_at")),
                instant(rs.getTimestamp("snoozed_until")));
    }

    private static List<String> tags(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static <T> T nullable(UUID value, java.util.function.Function<UUID, T> wrap) {
        return value == null ? null : wrap.apply(value);
    }

    /** @param woke the customer's message ended a snooze */
    record Upserted(Conversation conversation, boolean inserted, boolean reopened, boolean woke) {
    }
}
