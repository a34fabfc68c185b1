package id.sapa.channel;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import id.sapa.shared.TenantId;
import id.sapa.shared.db.AfterCommit;

/**
 * Each tenant's channel as read moments ago, for traffic that arrives message by message (the
 * sandbox's customers): reading the channel row again for every message was a fifth of the
 * database work of receiving one. A change made on this node is seen at once (every write forgets
 * what is remembered, again when its transaction commits, so a read racing the write cannot keep
 * the old row); a change made on another node is seen within {@link #FRESHNESS}.
 */
@Component
class RecentChannels {

    static final Duration FRESHNESS = Duration.ofSeconds(2);

    private final Cache<TenantId, Optional<Channel>> byTenant = Caffeine.newBuilder()
            .expireAfterWrite(FRESHNESS)
            .maximumSize(10_000)
            .build();

    Optional<Channel> find(TenantId tenantId, Function<TenantId, Optional<Channel>> read) {
        return byTenant.get(tenantId, read);
    }

    /** Called by every write to the channels table. Writes are rare, so all is forgotten. */
    void forget() {
        byTenant.invalidateAll();
        AfterCommit.run(byTenant::invalidateAll);
    }
}
