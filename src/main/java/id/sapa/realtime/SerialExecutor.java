package id.sapa.realtime;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one socket's requests one after another, in the order they arrived, on a shared executor:
 * off Netty's network threads (a handler may wait for the database) without letting a
 * {@code typing-stop} overtake its {@code typing-start}. A socket that floods requests faster than
 * they run is refused beyond {@code capacity} waiting ones instead of growing memory.
 */
final class SerialExecutor implements Executor {

    private static final Logger log = LoggerFactory.getLogger(SerialExecutor.class);

    private final Executor delegate;
    private final int capacity;
    private final ArrayDeque<Runnable> waiting = new ArrayDeque<>();
    private boolean running;

    SerialExecutor(Executor delegate, int capacity) {
        this.delegate = delegate;
        this.capacity = capacity;
    }

    @Override
    public void execute(Runnable task) {
        synchronized (waiting) {
            if (waiting.size() >= capacity) {
                throw new RejectedExecutionException("too many requests waiting");
            }
            waiting.add(task);
            if (running) {
                return;
            }
            running = true;
        }
        delegate.execute(this::drain);
    }

    private void drain() {
        while (true) {
            Runnable next;
            synchronized (waiting) {
                next = waiting.poll();
                if (next == null) {
                    running = false;
                    return;
                }
            }
            try {
                next.run();
            } catch (RuntimeException e) {
                // One failed request must not stop the socket's later ones.
                log.warn("A socket request failed", e);
            }
        }
    }
}
