package id.sapa.shared.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.zonky.test.db.postgres.util.LinuxUtils;

/**
 * The running PostgreSQL server of an embedded data directory, found through the
 * {@code postmaster.pid} it keeps there (pid on the first line, port on the fourth).
 */
record Postmaster(ProcessHandle process, Path dataDirectory, int port) {

    static final String PID_FILE = "postmaster.pid";

    /**
     * The server the pid file names, if that process is alive and is a {@code postgres} serving
     * this directory: a pid file outlives a host reboot, and its pid may by then belong to anything.
     */
    static Optional<Postmaster> of(Path dataDirectory) throws IOException {
        return PidFile.read(dataDirectory).flatMap(file -> ProcessHandle.of(file.pid())
                .filter(process -> Identity.of(process, dataDirectory) == Identity.THIS_SERVER)
                .map(process -> new Postmaster(process, dataDirectory, file.port())));
    }

    /**
     * Whether the pid file names a live process that is certainly not this directory's server (its
     * pid reused after a reboot); PostgreSQL would refuse to start beside it. A process that
     * cannot be told apart does not count: starting a second server on the files is worse than
     * not starting.
     */
    static boolean pidFileIsStale(Path dataDirectory) throws IOException {
        return PidFile.read(dataDirectory).flatMap(file -> ProcessHandle.of(file.pid()))
                .filter(process -> Identity.of(process, dataDirectory) == Identity.ANOTHER_PROGRAM).isPresent();
    }

    /**
     * {@code pg_ctl stop -m fast}: open sessions are ended, what they committed is kept. Run as the
     * embedded library runs its commands: as root inside a user namespace, since {@code pg_ctl}
     * refuses to run as root.
     */
    List<String> stopCommand(Duration wait) {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        Path postgres = Path.of(process.info().command().orElseThrow());
        command.add(postgres.resolveSibling(postgres.getFileName().toString().replace("postgres", "pg_ctl")).toString());
        command.addAll(List.of("stop", "-D", dataDirectory.toString(), "-m", "fast", "-w", "-t",
                Long.toString(wait.toSeconds()), "-s"));
        return command;
    }

    /** Stops the server (see {@link #stopCommand}) and waits for its process to be gone. */
    void stop(Duration wait) throws IOException {
        Process pgCtl = new ProcessBuilder(stopCommand(wait)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            // pg_ctl's own answer does not matter: the server may have been stopping already.
            pgCtl.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS);
            process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping PostgreSQL (pid " + process.pid() + ")", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("PostgreSQL (pid " + process.pid() + ") on " + dataDirectory + " did not stop within "
                    + wait.toSeconds() + " s", e);
        } finally {
            pgCtl.destroy();
        }
    }

    private enum Identity {
        THIS_SERVER, ANOTHER_PROGRAM, UNKNOWN;

        static Identity of(ProcessHandle process, Path dataDirectory) {
            ProcessHandle.Info info = process.info();
            // A process of another user shows no command: it cannot be told apart.
            Optional<String> name = info.command().map(command -> Path.of(command).getFileName().toString());
            if (!process.isAlive() || name.isEmpty()) {
                return UNKNOWN;
            }
            if (!name.get().equals("postgres") && !name.get().equals("postgres.exe")) {
                return ANOTHER_PROGRAM;
            }
            return servedDirectory(process, info).map(served -> compare(served, dataDirectory)).orElse(UNKNOWN);
        }

        /**
         * PostgreSQL changes into its data directory, so on Linux {@code /proc/<pid>/cwd} names it
         * whatever {@code -D} said (a server left by an older Sapa has a relative one). Elsewhere
         * {@code -D} is read, when absolute: Sapa passes it so.
         */
        private static Optional<Path> servedDirectory(ProcessHandle process, ProcessHandle.Info info) {
            Path workingDirectory = Path.of("/proc", Long.toString(process.pid()), "cwd");
            if (Files.isDirectory(workingDirectory)) {
                return Optional.of(workingDirectory);
            }
            List<String> arguments = info.arguments().map(List::of).orElse(List.of());
            int option = arguments.indexOf("-D");
            return option < 0 || option + 1 >= arguments.size() ? Optional.empty()
                    : Optional.of(Path.of(arguments.get(option + 1))).filter(Path::isAbsolute);
        }

        private static Identity compare(Path served, Path dataDirectory) {
            try {
                return Files.isSameFile(served, dataDirectory) ? THIS_SERVER : ANOTHER_PROGRAM;
            } catch (IOException unreadable) {
                return UNKNOWN;
            }
        }
    }

    private record PidFile(long pid, int port) {

        static Optional<PidFile> read(Path dataDirectory) throws IOException {
            List<String> lines;
            try {
                lines = Files.readAllLines(dataDirectory.resolve(PID_FILE));
            } catch (NoSuchFileException stoppedCleanly) {
                return Optional.empty();
            }
            try {
                return Optional.of(new PidFile(Long.parseLong(lines.get(0).strip()),
                        lines.size() > 3 ? Integer.parseInt(lines.get(3).strip()) : 0));
            } catch (IndexOutOfBoundsException | NumberFormatException beingWritten) {
                // PostgreSQL writes the file in steps; one not yet complete is left to PostgreSQL to judge.
                return Optional.empty();
            }
        }
    }
}
