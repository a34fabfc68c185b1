package id.sapa.quickreply;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.sapa.shared.TenantId;
import id.sapa.shared.UserId;

/**
 * Every read takes the tenant and the reader: a personal quick reply of someone else is not found,
 * like another tenant's.
 */
@Repository
class QuickReplyRepository {

    private static final String VISIBLE = "tenant_id = :tenantId AND (is_global OR created_by = :reader)";

    private final JdbcClient jdbc;

    QuickReplyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(TenantId tenantId, UUID id, UserId author, QuickReplyDraft draft, Instant at) {
        jdbc.sql("""
                INSERT INTO quick_replies (id, tenant_id, created_by, shortcut, title, message, category, tags,
                                           is_active, is_global, created_at, updated_at)
                VALUES (:id, :tenantId, :author, :shortcut, :title, :message, :category, CAST(:tags AS text[]),
                        :active, :global, :at, :at)
                """)
                .param("id", id)
                .param("tenantId", tenantId.value())
                .param("author", author.value())
                .params(draftParams(draft))
                .param("at", Timestamp.from(at))
                .update();
    }

    /**
     * A starter has no author and gives way to a shortcut the team already wrote (a tenant may have
     * written quick replies through the API before ever listing them).
     */
    void insertStarter(TenantId tenantId, UUID id, QuickReplyDraft draft, Instant at) {
        jdbc.sql("""
                INSERT INTO quick_replies (id, tenant_id, shortcut, title, message, category, tags,
                                           is_active, is_global, created_at, updated_at)
                VALUES (:id, :tenantId, :shortcut, :title, :message, :category, CAST(:tags AS text[]),
                        :active, :global, :at, :at)
                ON CONFLICT DO NOTHING
                """)
                .param("id", id)
                .param("tenantId", tenantId.value())
                .params(draftParams(draft))
                .param("at", Timestamp.from(at))
                .update();
    }

    /** Answers true to exactly one caller per tenant: the one that gives the starters. */
    boolean claimStarters(TenantId tenantId) {
        return jdbc.sql("""
                INSERT INTO quick_reply_tenants (tenant_id, starters_given_at) VALUES (:tenantId, now())
                ON CONFLICT (tenant_id) DO NOTHING
                """)
                .param("tenantId", tenantId.value()).update() == 1;
    }

    void update(TenantId tenantId, UUID id, QuickReplyDraft draft, Instant at) {
        jdbc.sql("""
                UPDATE quick_replies SET shortcut = :shortcut, title = :title, message = :message,
                    category = :category, tags = CAST(:tags AS text[]), is_active = :active, is_global = :global,
                    updated_at = :at
                WHERE tenant_id = :tenantId AND id = :id
                """)
                .param("id", id)
                .param("tenantId", tenantId.value())
                .params(draftParams(draft))
                .param("at", Timestamp.from(at))
                .update();
    }

    void delete(TenantId tenantId, UUID id) {
        jdbc.sql("DELETE FROM quick_replies WHERE tenant_id = :tenantId AND id = :id")
                .param("tenantId", tenantId.value()).param("id", id)
                .update();
    }

    Optional<QuickReply> findShared(TenantId tenantId, UUID id) {
        return jdbc.sql("SELECT * FROM quick_replies WHERE tenant_id = :tenantId AND is_global AND id = :id")
                .param("tenantId", tenantId.value()).param("id", id)
                .query(QuickReplyRepository::map)
                .optional();
    }

    Optional<QuickReply> findVisible(TenantId tenantId, UserId reader, UUID id) {
        return jdbc.sql("SELECT * FROM quick_replies WHERE " + VISIBLE + " AND id = :id")
                .param("tenantId", tenantId.value()).param("reader", reader.value()).param("id", id)
                .query(QuickReplyRepository::map)
                .optional();
    }

    /**
     * The reader's quick replies. With a search, those whose shortcut starts with it come first,
     * then those that contain it in the shortcut, title or text; within each group the most used.
     * The category is matched whatever its case: "pengiriman" finds those filed under "Pengiriman".
     */
    List<QuickReply> list(TenantId tenantId, UserId reader, String category, String search, boolean includeInactive) {
        String pattern = search == null ? null : escapeLike(search.toLowerCase(java.util.Locale.ROOT));
        return jdbc.sql("SELECT * FROM quick_replies WHERE " + VISIBLE + """
                     AND (:includeInactive OR is_active)
                     AND (CAST(:category AS text) IS NULL OR lower(category) = lower(CAST(:category AS text)))
                     AND (CAST(:search AS text) IS NULL
                          OR lower(shortcut) LIKE CAST(:search AS text) || '%'
                          OR lower(shortcut) LIKE '/' || CAST(:search AS text) || '%'
                          OR lower(shortcut) LIKE '%' || CAST(:search AS text) || '%'
                          OR lower(title) LIKE '%' || CAST(:search AS text) || '%'
                          OR lower(message) LIKE '%' || CAST(:search AS text) || '%')
                ORDER BY CASE WHEN CAST(:search AS text) IS NULL THEN 0
                              WHEN lower(shortcut) LIKE CAST(:search AS text) || '%'
                                OR lower(shortcut) LIKE '/' || CAST(:search AS text) || '%' THEN 0
                              ELSE 1 END,
                         use_count DESC, lower(shortcut)
                LIMIT 500
                """)
                .param("tenantId", tenantId.value())
                .param("reader", reader.value())
                .param("includeInactive", includeInactive)
                .param("category", category)
                .param("search", pattern)
                .query(QuickReplyRepository::map)
                .list();
    }

    /** Counts one use; answers whether the quick reply still exists. */
    boolean recordUse(TenantId tenantId, UUID id, Instant at) {
        return jdbc.sql("""
                UPDATE quick_replies SET use_count = use_count + 1, last_used_at = GREATEST(last_used_at, :at)
                WHERE tenant_id = :tenantId AND id = :id
                """)
                .param("tenantId", tenantId.value()).param("id", id).param("at", Timestamp.from(at))
                .update() == 1;
    }

    private static java.util.Map<String, Object> draftParams(QuickReplyDraft draft) {
        var params = new java.util.HashMap<String, Object>();
        params.put("shortcut", draft.shortcut());
        params.put("title", draft.title());
        params.put("message", draft.message());
        params.put("category", draft.category());
        params.put("tags", draft.tags().toArray(String[]::new));
        params.put("active", draft.active());
        params.put("global", draft.global());
        return params;
    }

    /** The user's text matched literally: '%' and '_' are not wildcards for them. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static QuickReply map(ResultSet rs, int row) throws SQLException {
        UUID author = rs.getObject("created_by", UUID.class);
        Timestamp lastUsed = rs.getTimestamp("last_used_at");
        java.sql.Array tags = rs.getArray("tags");
        return new QuickReply(
                rs.getObject("id", UUID.class),
                new TenantId(rs.getObject("tenant_id", UUID.class)),
                author == null ? null : new UserId(author),
                rs.getString("shortcut"),
                rs.getString("title"),
                rs.getString("message"),
                rs.getString("category"),
                tags == null ? List.of() : List.of((String[]) tags.getArray()),
                rs.getInt("use_count"),
                lastUsed == null ? null : lastUsed.toInstant(),
                rs.getBoolean("is_active"),
                rs.getBoolean("is_global"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
