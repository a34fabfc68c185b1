package id.sapa.shared;

import com.github.benmanes.caffeine.cache.Caffeine;

/** Where Sapa's in-process caches start. */
public final class Caches {

    private Caches() {
    }

    /**
     * A cache builder whose upkeep (evicting, expiring) runs on the thread that used the cache.
     * Caffeine hands it to the common pool by default, and waking a pool thread for every put was a
     * sixth of the time a notice request spent waiting on a two-core server: the woken thread took the
     * request's core. Done in place, the upkeep is a few map operations.
     */
    public static Caffeine<Object, Object> builder() {
        return Caffeine.newBuilder().executor(Runnable::run);
    }
}
