package id.sapa.conversation;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.sapa.shared.TenantId;

/** Reads the inbox list. */
@Repository
class ConversationQueries {

    private final JdbcClient jdbc;
    private final MessageSearch messages;

    ConversationQueries(JdbcClient jdbc, MessageSearch messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /**
     * The page and the total in one statement. The count runs as its own scan rather than as
     * {@code count(*) OVER ()}, which would make PostgreSQL read and sort every matching row before
     * the LIMIT; this way the page still comes from an index in order and stops after
     * {@code offset + limit} rows. The lateral join keeps the count when the page is past the end.
     * Page numbers (the seed's contract) need OFFSET; the limit caps its cost at deep pages.
     */
    ConversationPage list(TenantId tenantId, ConversationQuery query) {
        ConversationFilter filter = ConversationFilter.of(tenantId, query, messages);
        // The unfiltered list (or one status tab) reads its total from the trigger-kept counters;
        // its condition names only columns the counter table has too.
        String count = query.filtersOnlyByStatus()
                ? "SELECT COALESCE(sum(c.n), 0) AS n FROM conversation_counts c WHERE %1$s"
                : "SELECT count(*) AS n FROM conversations c WHERE %1$s";
        String sql = filter.with() + """
                SELECT total.n AS total_count, page.*
                FROM (%4$s) total
                LEFT JOIN LATERAL (
                    SELECT c.* FROM conversations c
                    WHERE %1$s
                    ORDER BY %2$s
                    LIMIT :limit OFFSET :offset
                ) page ON true
                ORDER BY %3$s
                """.formatted(filter.where(), filter.orderBy("c"), filter.orderBy("page"), count.formatted(filter.where()));
        return jdbc.sql(sql)
                .params(filter.params())
                .param("limit", query.limit())
                .param("offset", query.offset())
                .query(rs -> {
                    List<Conversation> conversations = new ArrayList<>();
                    long total = 0;
                    while (rs.next()) {
                        total = rs.getLong("total_count");
                        if (rs.getObject("id") != null) {
                            conversations.add(ConversationRepository.map(rs, rs.getRow()));
                        }
                    }
                    return new ConversationPage(conversations, total, query.page(), query.limit());
                });
    }
}
