package id.sapa.conversation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.sapa.conversation.ConversationQuery.AssignedTo;
import id.sapa.conversation.ConversationQuery.Anyone;
import id.sapa.conversation.ConversationQuery.Unassigned;
import id.sapa.shared.TenantId;

/**
 * Turns a {@link ConversationQuery} into the SQL condition and order of the inbox list. Values only
 * ever travel as named parameters; the SQL text is chosen from fixed fragments.
 *
 * @param with        common table expressions the conditions use, or empty
 * @param where       conditions on {@code conversations c}, starting with the tenant
 * @param sortColumns the order, a key the indexes of the conversation migrations serve, ending with
 *                    the id so that equal values still have one order and pages never overlap
 */
record ConversationFilter(String with, String where, List<String> sortColumns, boolean ascending,
        Map<String, Object> params) {

    /**
     * The conversations a search finds, gathered once from indexes and shared by the count and the
     * page: name words (GIN on the name's words), the phone's beginning or end (pattern indexes),
     * and message words. Messages belong to the message module, so their matches come from it first
     * ({@link MessageSearch}, one indexed query) and join the others here as an array parameter. The
     * list then reads only these rows by primary key.
     */
    private static String searchMatches(ConversationSearch search) {
        StringBuilder sql = new StringBuilder("""
                WITH search_matches AS MATERIALIZED (
                    SELECT unnest(CAST(:messageMatches AS uuid[])) AS id
                """);
        if (search.nameQuery() != null) {
            sql.append("""
                    UNION
                    SELECT n.id FROM conversations n
                    WHERE n.tenant_id = :tenantId
                      AND to_tsvector('simple', coalesce(n.customer_name, '') || ' ' || coalesce(n.customer_username, ''))
                          @@ to_tsquery('simple', :nameQuery)
                    """);
        }
        if (search.phoneDigits() != null) {
            sql.append("""
                    UNION
                    SELECT p.id FROM conversations p WHERE p.tenant_id = :tenantId AND p.customer_phone LIKE :phonePrefix
                    UNION
                    SELECT s.id FROM conversations s WHERE s.tenant_id = :tenantId AND reverse(s.customer_phone) LIKE :phoneSuffix
                    """);
        }
        return sql.append(")\n").toString();
    }

    /** @param messages asked only when the query searches */
    static ConversationFilter of(TenantId tenantId, ConversationQuery query, MessageSearch messages) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        conditions.add("c.tenant_id = :tenantId");
        params.put("tenantId", tenantId.value());
        if (query.status() != null) {
            conditions.add("c.status = :status");
            params.put("status", query.status().code());
        }
        switch (query.assignedTo()) {
            case Anyone anyone -> {
            }
            case Unassigned unassigned -> conditions.add("c.assigned_cs_id IS NULL");
            case AssignedTo assigned -> {
                conditions.add("c.assigned_cs_id = :assignedTo");
                params.put("assignedTo", assigned.userId().value());
            }
        }
        if (query.viewer() != null) {
            conditions.add("(c.assigned_cs_id IS NULL OR c.assigned_cs_id = :viewer)");
            params.put("viewer", query.viewer().value());
        }
        if (query.mentioned() != null) {
            conditions.add("""
                    EXISTS (SELECT 1 FROM note_mentions m
                            WHERE m.tenant_id = c.tenant_id AND m.user_id = :mentioned AND m.conversation_id = c.id)""");
            params.put("mentioned", query.mentioned().value());
        }
        if (query.contact() != null) {
            conditions.add("c.contact_id = :contactId");
            params.put("contactId", query.contact().value());
        }
        if (query.unreadOnly()) {
            conditions.add("c.unread_count > 0");
        }
        if (!query.tags().isEmpty()) {
            conditions.add("c.tags @> CAST(:tags AS text[])");
            params.put("tags", query.tags().toArray(String[]::new));
        }
        if (query.mode() != null) {
            conditions.add("c.mode = :mode");
            params.put("mode", query.mode().code());
        }
        if (query.priority() != null) {
            conditions.add("c.priority = :priority");
            params.put("priority", query.priority().code());
        }
        String with = "";
        if (query.search() != null) {
            ConversationSearch search = ConversationSearch.of(query.search());
            with = searchMatches(search);
            conditions.add(search(search, params));
            params.put("messageMatches", messages.conversationsMentioning(tenantId, search.words()).toArray(UUID[]::new));
        }
        return new ConversationFilter(with, String.join("\n  AND ", conditions), sortColumns(query.sortBy()),
                query.ascending(), params);
    }

    /** Read as one array (evaluated once), so each conversation is a primary-key look-up. */
    private static String search(ConversationSearch search, Map<String, Object> params) {
        if (search.nameQuery() != null) {
            params.put("nameQuery", search.nameQuery());
        }
        if (search.phoneDigits() != null) {
            params.put("phonePrefix", search.phonePrefixPattern());
            params.put("phoneSuffix", search.phoneSuffixPattern());
        }
        return "c.id = ANY(ARRAY(SELECT id FROM search_matches))";
    }

    private static List<String> sortColumns(ConversationQuery.SortBy sortBy) {
        return switch (sortBy) {
            case LAST_MESSAGE -> List.of("last_message_at", "id");
            case CREATED_AT -> List.of("created_at", "id");
            case UNREAD_COUNT -> List.of("unread_count", "last_message_at", "id");
        };
    }

    /** The ORDER BY list on the columns of the table or subquery known as {@code alias}. */
    String orderBy(String alias) {
        String direction = ascending ? " ASC" : " DESC";
        return String.join(", ", sortColumns.stream().map(column -> alias + "." + column + direction).toList());
    }
}
