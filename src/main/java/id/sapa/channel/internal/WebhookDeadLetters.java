package id.sapa.channel.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.sapa.channel.spi.ProviderType;
import id.sapa.shared.ChannelId;
import id.sapa.shared.ProblemException;
import id.sapa.shared.TenantId;
import id.sapa.shared.Text;

/**
 * The webhook deliveries given up on, as a tenant's owners and admins see them: only those of the
 * tenant's own channel, and never their bodies (a body from the shared Meta app can carry other
 * businesses' messages too).
 */
@Component
public class WebhookDeadLetters {

    private final JdbcClient jdbc;
    private final WebhookInbox inbox;
    private final TransactionTemplate transaction;

    WebhookDeadLetters(JdbcClient jdbc, WebhookInbox inbox, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.inbox = inbox;
        this.transaction = transaction;
    }

    /** @param lastError the failed items of the last attempt, one a line: their ids and why */
    public record DeadLetter(UUID id, ProviderType provider, int attempts, String lastError, Instant firstFailedAt,
            Instant deadAt) {
    }

    public record DeadLetterPage(List<DeadLetter> deadLetters, long total, int page, int limit) {

        public long totalPages() {
            return (total + limit - 1) / limit;
        }
    }

    /** Newest first. */
    public DeadLetterPage list(TenantId tenantId, int page, int limit) {
        long total = jdbc.sql("SELECT count(*) FROM webhook_dead_letters WHERE tenant_id = :tenantId")
                .param("tenantId", tenantId.value()).query(Long.class).single();
        List<DeadLetter> deadLetters = jdbc.sql("""
                SELECT id, provider, attempts, last_error, first_failed_at, dead_at FROM webhook_dead_letters
                WHERE tenant_id = :tenantId ORDER BY dead_at DESC, id LIMIT :limit OFFSET :offset""")
                .param("tenantId", tenantId.value()).param("limit", limit).param("offset", (long) (page - 1) * limit)
                .query((rs, row) -> new DeadLetter(rs.getObject("id", UUID.class), ProviderType.fromCode(rs.getString("provider")),
                        rs.getInt("attempts"), rs.getString("last_error"),
                        rs.getTimestamp("first_failed_at") == null ? null : rs.getTimestamp("first_failed_at").toInstant(),
                        rs.getTimestamp("dead_at").toInstant()))
                .list();
        return new DeadLetterPage(deadLetters, total, page, limit);
    }

    /**
     * Processes the body again as a new delivery, for the tenant's channel only: what it holds for
     * other channels stays untouched. Items already stored are recognised and skipped.
     *
     * @throws ProblemException not found for an id that is not the tenant's
     */
    public void retry(TenantId tenantId, UUID id) {
        transaction.executeWithoutResult(status -> {
            Retried dead = jdbc.sql("""
                    DELETE FROM webhook_dead_letters WHERE id = :id AND tenant_id = :tenantId
                    RETURNING provider, channel_id, body""")
                    .param("id", id).param("tenantId", tenantId.value())
                    .query((rs, row) -> new Retried(ProviderType.fromCode(rs.getString("provider")),
                            new ChannelId(rs.getObject("channel_id", UUID.class)), rs.getBytes("body")))
                    .optional().orElseThrow(() -> ProblemException.notFound(new Text("Webhook gagal", "Webhook dead letter"), id));
            inbox.accept(dead.provider(), dead.channel(), dead.body());
        });
    }

    private record Retried(ProviderType provider, ChannelId channel, byte[] body) {
    }
}
