package id.sapa.shared.db;

import java.time.Duration;
import java.util.function.Function;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.github.benmanes.caffeine.cache.Cache;

import id.sapa.shared.Caches;

/**
 * Rows as read moments ago, for rows that every message or request reads and people rarely change
 * (a tenant, its channel, its notice texts): reading them again each time was a large share of the
 * database work of sending one message. A change made on this node is seen at once: the owner's
 * every write calls {@link #forget()}, which forgets at once and again when the transaction ends, so
 * neither a read racing the write nor a rolled-back write can stay remembered. A change made on
 * another node is seen within the freshness given.
 *
 * @param <K> the key the rows are read by (usually the tenant)
 * @param <V> what a read answers (an {@code Optional} when the row may be missing)
 */
public final class RecentRows<K, V> {

    private final Cache<K, V> rows;

    public RecentRows(Duration freshness) {
        this.rows = Caches.builder().expireAfterWrite(freshness).maximumSize(10_000).build();
    }

    /** The remembered answer for {@code key}, or {@code read}'s, remembered from now on. */
    public V get(K key, Function<K, V> read) {
        return rows.get(key, read);
    }

    /** Called by every write to the rows. Writes are rare, so all is forgotten. */
    public void forget() {
        rows.invalidateAll();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    rows.invalidateAll();
                }
            });
        }
    }
}
