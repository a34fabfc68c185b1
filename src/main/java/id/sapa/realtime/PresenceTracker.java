package id.sapa.realtime;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import id.sapa.operator.Presence;
import id.sapa.shared.Actor;
import id.sapa.shared.UserId;

/**
 * This server's open inbox connections, reported to {@link Presence}: a user comes online when a
 * socket connects, and is reported as still there at every check while one stays open. Nothing
 * happens at a disconnect: a user whose tab reloads must not flicker offline; the presence timeout
 * decides when they are gone.
 */
@Component
class PresenceTracker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PresenceTracker.class);

    private final Presence presence;
    private final Map<UUID, Actor> sockets = new ConcurrentHashMap<>();
    private volatile ScheduledExecutorService checks;

    PresenceTracker(Presence presence) {
        this.presence = presence;
    }

    /** Called off the network threads (it writes to the database). */
    void opened(UUID socketId, Actor actor) {
        sockets.put(socketId, actor);
        try {
            presence.connected(actor.tenantId(), actor.userId());
        } catch (RuntimeException e) {
            log.warn("Could not mark user {} online", actor.userId(), e);
        }
    }

    void closed(UUID socketId) {
        sockets.remove(socketId);
    }

    void check() {
        try {
            Set<UserId> connected = sockets.values().stream().map(Actor::userId).collect(Collectors.toSet());
            presence.check(connected);
        } catch (RuntimeException e) {
            log.warn("Presence check failed", e);
        }
    }

    @Override
    public synchronized void start() {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("presence-check").daemon().factory());
        long every = presence.checkInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::check, every, every, TimeUnit.MILLISECONDS);
        checks = scheduler;
    }

    @Override
    public synchronized void stop() {
        if (checks != null) {
            checks.shutdownNow();
            checks = null;
        }
    }

    @Override
    public boolean isRunning() {
        return checks != null;
    }
}
