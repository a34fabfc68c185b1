package id.sapa.shared.db;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.springframework.dao.TransientDataAccessException;

/**
 * Runs a whole transaction again when PostgreSQL aborted it for a conflict with another one: a
 * deadlock (two messages of one customer arriving together while an auto-reply answers the
 * first), a lock timeout or a serialization failure. The database already undid the loser's work,
 * so running it again is safe; giving up would turn a moment's contention into a failed webhook.
 */
public final class TransientConflicts {

    private static final int ATTEMPTS = 4;

    private TransientConflicts() {
    }

    /** @param transaction the work, opening and committing its own transaction each time */
    public static <T> T retry(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (TransientDataAccessException conflict) {
                if (attempt == ATTEMPTS) {
                    throw conflict;
                }
                pause(attempt);
            }
        }
    }

    public static void retry(Runnable transaction) {
        retry(() -> {
            transaction.run();
            return null;
        });
    }

    /** A few milliseconds, random, so the two conflicting transactions do not meet again at once. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a transaction", e);
        }
    }
}
