package id.sapa.conversation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
     * The tenant's messages containing the searched words, found once through the full-text index
     * (migration message/V202611231741) and shared by the count and the page, which would otherwise
     * each search again. PostgreSQL checks each conversation against this set with a hash lookup
     * ("hashed SubPlan"). The messages table belongs to the message module; the inbox search reads it
     * here because one statement must filter, count and page together.
     */
    private static final String MESSAGE_MATCHES = """
            WITH message_matches AS MATERIALIZED (
                SELECT m.conversation_id FROM messages m
                WHERE m.tenant_id = :tenantId
                  AND to_tsvector('simple', coalesce(m.content, '')) @@ plainto_tsquery('simple', :words)
            )
            """;

    static ConversationFilter of(TenantId tenantId, ConversationQuery query) {
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
            with = MESSAGE_MATCHES;
            conditions.add(search(ConversationSearch.of(query.search()), params));
        }
        return new ConversationFilter(with, String.join("\n  AND ", conditions), sortColumns(query.sortBy()),
                query.ascending(), params);
    }

    private static String search(ConversationSearch search, Map<String, Object> params) {
        params.put("namePattern", search.namePattern());
        params.put("words", search.words());
        String phone = "";
        if (search.phoneDigits() != null) {
            phone = " OR c.customer_phone LIKE :phonePattern";
            params.put("phonePattern", "%" + search.phoneDigits() + "%");
        }
        return """
                (c.customer_name ILIKE :namePattern%s
                   OR EXISTS (SELECT 1 FROM message_matches mm WHERE mm.conversation_id = c.id))"""
                .formatted(phone);
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
