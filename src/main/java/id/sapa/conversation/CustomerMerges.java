package id.sapa.conversation;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.sapa.shared.ContactId;
import id.sapa.shared.TenantId;

/**
 * Joins the conversations of two contacts found to be one customer: the absorbed conversation's
 * counters, tags, notes and hand-over history go to the kept one, which keeps its own status,
 * assignee and mode; then the absorbed one is deleted.
 */
@Repository
class CustomerMerges {

    private final JdbcClient jdbc;
    private final ConversationRepository conversations;

    CustomerMerges(JdbcClient jdbc, ConversationRepository conversations) {
        this.jdbc = jdbc;
        this.conversations = conversations;
    }

    /**
     * The two conversations to join, when both contacts have one; when only the absorbed contact
     * has one, it simply becomes the kept contact's, and there is nothing more to join.
     */
    Optional<ConversationMerge> prepare(TenantId tenantId, ContactId absorbed, ContactId kept) {
        Optional<Conversation> from = conversations.findByContact(tenantId, absorbed);
        if (from.isEmpty()) {
            return Optional.empty();
        }
        Optional<Conversation> into = conversations.findByContact(tenantId, kept);
        if (into.isEmpty()) {
            jdbc.sql("UPDATE conversations SET contact_id = :kept, updated_at = now() WHERE tenant_id = :tenantId AND id = :id")
                    .param("kept", kept.value()).param("tenantId", tenantId.value()).param("id", from.get().id().value())
                    .update();
            return Optional.empty();
        }
        return Optional.of(new ConversationMerge(from.get().id(), into.get().id()));
    }

    /** Call once the messages have moved to {@code into}. */
    void complete(TenantId tenantId, ConversationMerge merge) {
        for (String table : new String[] { "conversation_notes", "conversation_assignments" }) {
            jdbc.sql("UPDATE " + table + " SET conversation_id = :into WHERE tenant_id = :tenantId AND conversation_id = :from")
                    .param("into", merge.into().value()).param("from", merge.from().value())
                    .param("tenantId", tenantId.value()).update();
        }
        jdbc.sql("""
                UPDATE conversations k SET
                    customer_phone = COALESCE(k.customer_phone, f.customer_phone),
                    customer_user_id = COALESCE(k.customer_user_id, f.customer_user_id),
                    customer_username = COALESCE(k.customer_username, f.customer_username),
                    customer_name = COALESCE(k.customer_name, f.customer_name),
                    unread_count = k.unread_count + f.unread_count,
                    total_messages = k.total_messages + f.total_messages,
                    last_message_content = CASE WHEN f.last_message_at > k.last_message_at
                        THEN f.last_message_content ELSE k.last_message_content END,
                    last_message_from = CASE WHEN f.last_message_at > k.last_message_at
                        THEN f.last_message_from ELSE k.last_message_from END,
                    last_message_at = GREATEST(k.last_message_at, f.last_message_at),
                    last_customer_message_content = CASE WHEN f.last_customer_message_at > k.last_customer_message_at
                        OR k.last_customer_message_at IS NULL
                        THEN f.last_customer_message_content ELSE k.last_customer_message_content END,
                    last_customer_message_at = GREATEST(k.last_customer_message_at, f.last_customer_message_at),
                    awaiting_reply_since = LEAST(k.awaiting_reply_since, f.awaiting_reply_since),
                    tags = ARRAY(SELECT DISTINCT unnest(k.tags || f.tags)),
                    created_at = LEAST(k.created_at, f.created_at),
                    updated_at = now()
                FROM conversations f
                WHERE k.tenant_id = :tenantId AND k.id = :into AND f.tenant_id = :tenantId AND f.id = :from
                """)
                .param("tenantId", tenantId.value()).param("into", merge.into().value()).param("from", merge.from().value())
                .update();
        jdbc.sql("DELETE FROM conversations WHERE tenant_id = :tenantId AND id = :from")
                .param("tenantId", tenantId.value()).param("from", merge.from().value()).update();
    }
}
