package id.sapa.message;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.sapa.conversation.MessageSearch;
import id.sapa.shared.TenantId;

/** Message words for the inbox search, through the full-text index of migration V202611231741. */
@Repository
class MessageWords implements MessageSearch {

    private final JdbcClient jdbc;

    MessageWords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The expression repeats the indexed one exactly, or the index is not used. */
    @Override
    public List<UUID> conversationsMentioning(TenantId tenantId, String words) {
        return jdbc.sql("""
                SELECT DISTINCT m.conversation_id FROM messages m
                WHERE m.tenant_id = :tenantId
                  AND to_tsvector('simple', coalesce(m.content, '')) @@ plainto_tsquery('simple', :words)
                """)
                .param("tenantId", tenantId.value()).param("words", words)
                .query(UUID.class).list();
    }
}
