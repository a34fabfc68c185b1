package id.sapa.shared.db;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops the embedded server when the JVM that started it dies without stopping it ({@code kill -9},
 * the out-of-memory killer). PostgreSQL runs in its own session and would otherwise keep the data
 * directory until someone stopped it by hand.
 *
 * <p>The watchdog is a {@code /bin/sh} that reads its standard input, a pipe whose only writer is
 * this JVM. The kernel closes that pipe whenever the JVM ends, however it ends, so the shell wakes
 * at once, with no polling and no pid that could be reused, and runs {@code pg_ctl stop -m fast}.
 * On a normal shutdown the JVM writes a line instead, and the shell exits without doing anything.
 * A shell rather than a second JVM: it needs no classpath (Sapa may run as one jar), weighs about
 * a megabyte, and is on every Linux and macOS. It ignores the terminal's Ctrl-C and hang-up, which
 * start the JVM's own orderly shutdown.
 */
final class PostmasterWatchdog implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PostmasterWatchdog.class);
    private static final Path SHELL = Path.of("/bin/sh");
    /** How the watchdog shows in {@code ps}: the shell's {@code $0}. */
    static final String NAME = "sapa-postgres-watchdog";
    private static final Duration STOP_WAIT = Duration.ofSeconds(60);
    private static final String SCRIPT = """
            trap '' INT HUP
            if read -r released; then exit 0; fi
            exec "$@"
            """;

    /** None when it could not be started. */
    private final Process shell;

    private PostmasterWatchdog(Process shell) {
        this.shell = shell;
    }

    /**
     * Watches the server running on the directory. Without a watchdog Sapa still runs: the next
     * start stops a server left behind, so a failure here is only logged.
     */
    static PostmasterWatchdog watch(Path dataDirectory) {
        try {
            Optional<Postmaster> postmaster = Postmaster.of(dataDirectory);
            if (postmaster.isEmpty()) {
                return unwatched("its server was not found on " + dataDirectory, null);
            }
            if (!Files.isExecutable(SHELL)) {
                return unwatched("no " + SHELL, null);
            }
            List<String> command = new ArrayList<>(List.of(SHELL.toString(), "-c", SCRIPT, NAME));
            command.addAll(postmaster.get().stopCommand(STOP_WAIT));
            Process shell = new ProcessBuilder(command)
                    // Its output would go to the console of a JVM that is gone; the next start logs what it finds.
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return new PostmasterWatchdog(shell);
        } catch (IOException e) {
            return unwatched(e.toString(), e);
        }
    }

    private static PostmasterWatchdog unwatched(String reason, Exception cause) {
        log.warn("No watchdog for the embedded PostgreSQL ({}): if this JVM is killed, the server keeps running until"
                + " the next start stops it", reason, cause);
        return new PostmasterWatchdog(null);
    }

    /** Call once the server has been stopped: the watchdog leaves without touching anything. */
    @Override
    public void close() {
        if (shell == null) {
            return;
        }
        try (OutputStream release = shell.getOutputStream()) {
            release.write('\n');
        } catch (IOException alreadyGone) {
            // it had nothing left to do
        }
        try {
            if (!shell.waitFor(5, TimeUnit.SECONDS)) {
                shell.destroy();
            }
        } catch (InterruptedException e) {
            shell.destroy();
            Thread.currentThread().interrupt();
        }
    }
}
