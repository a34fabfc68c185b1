package id.sapa.shared.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server run as a child process, for running Sapa with nothing installed. Its
 * files stay in the given directory, so a second start finds the same data.
 *
 * <p>A JVM killed without stopping the server leaves it running on the directory. The next start
 * recognises it: the {@link OwnerLock} it can take says its owner is dead, and the pid file names a
 * {@link Postmaster} on this directory, which it stops before starting afresh. A
 * {@link PostmasterWatchdog} usually stops it sooner, seconds after the JVM dies.
 */
final class EmbeddedDatabase implements AutoCloseable {

    static final String DATABASE = "sapa";
    private static final Duration LEFTOVER_STOP_WAIT = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;
    private final PostmasterWatchdog watchdog;
    /** None for a throw-away directory: made by this JVM, it has had no other owner. */
    private final OwnerLock owner;

    private EmbeddedDatabase(EmbeddedPostgres postgres, PostmasterWatchdog watchdog, OwnerLock owner) {
        this.postgres = postgres;
        this.watchdog = watchdog;
        this.owner = owner;
    }

    static EmbeddedDatabase start(Path dataDirectory, boolean ephemeral) {
        // Absolute, so that the server's -D names the directory wherever it is read from (see Postmaster).
        Path directory = dataDirectory.toAbsolutePath().normalize();
        OwnerLock owner = ephemeral ? null : takeOwnership(directory);
        try {
            if (owner != null) {
                clearLeftovers(directory);
            }
            boolean fresh = !Files.exists(directory.resolve("PG_VERSION"));
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(ephemeral)
                    // the embedded library turns fsync off for speed; kept data must survive a crash
                    .setServerConfig("fsync", ephemeral ? "off" : "on")
                    .setServerConfig("max_connections", "100")
                    // Spring stops it after closing the pool; a hook of its own would race that.
                    .setRegisterShutdownHook(false)
                    .start();
            EmbeddedDatabase database = new EmbeddedDatabase(postgres, PostmasterWatchdog.watch(directory), owner);
            try {
                database.createDatabaseIfMissing();
            } catch (RuntimeException e) {
                database.close();
                throw e;
            }
            log.info("Embedded PostgreSQL {} on port {} with data in {}", fresh ? "initialised" : "started",
                    postgres.getPort(), directory);
            return database;
        } catch (IOException | RuntimeException e) {
            release(owner);
            throw new IllegalStateException("Could not start the embedded PostgreSQL in " + directory, e);
        }
    }

    /** @throws IllegalStateException at once when a live Sapa uses the directory (see {@link OwnerLock}) */
    private static OwnerLock takeOwnership(Path directory) {
        try {
            Files.createDirectories(directory);
            return OwnerLock.take(directory);
        } catch (IOException e) {
            throw new IllegalStateException("Could not lock the embedded PostgreSQL's directory " + directory, e);
        }
    }

    /**
     * Readies a directory whose previous owner is gone for a new server: stops the server that
     * owner left running, or drops a pid file naming some other program, which would make
     * PostgreSQL refuse to start.
     */
    private static void clearLeftovers(Path directory) throws IOException {
        Optional<Postmaster> leftover = Postmaster.of(directory);
        if (leftover.isPresent()) {
            Postmaster postmaster = leftover.get();
            log.warn("Stopping the embedded PostgreSQL (pid {}, port {}) that a Sapa which ended without stopping it left"
                    + " running on {}", postmaster.process().pid(), postmaster.port(), directory);
            postmaster.stop(LEFTOVER_STOP_WAIT);
        } else if (Postmaster.pidFileIsStale(directory)) {
            log.warn("Removing {} in {}: the process it names is not this directory's PostgreSQL", Postmaster.PID_FILE,
                    directory);
            Files.delete(directory.resolve(Postmaster.PID_FILE));
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    String username() {
        return "postgres";
    }

    private void createDatabaseIfMissing() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                var check = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            check.setString(1, DATABASE);
            if (!check.executeQuery().next()) {
                try (var create = connection.createStatement()) {
                    create.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8'");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the embedded database", e);
        }
    }

    /** The server first, so that the watchdog has nothing to do and the next owner finds it stopped. */
    @Override
    public void close() throws IOException {
        log.info("Stopping embedded PostgreSQL");
        try {
            postgres.close();
        } finally {
            watchdog.close();
            release(owner);
        }
    }

    private static void release(OwnerLock owner) {
        if (owner == null) {
            return;
        }
        try {
            owner.close();
        } catch (IOException e) {
            log.warn("Could not release {}", owner, e);
        }
    }
}
