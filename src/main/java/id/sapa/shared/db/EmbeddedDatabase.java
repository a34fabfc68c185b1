package id.sapa.shared.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server run as a child process, for running Sapa with nothing installed. Its
 * files stay in the given directory, so a second start finds the same data.
 */
final class EmbeddedDatabase implements AutoCloseable {

    static final String DATABASE = "sapa";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedDatabase start(Path dataDirectory, boolean ephemeral) {
        try {
            Files.createDirectories(dataDirectory);
            boolean fresh = !Files.exists(dataDirectory.resolve("PG_VERSION"));
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(ephemeral)
                    // the embedded library turns fsync off for speed; kept data must survive a crash
                    .setServerConfig("fsync", ephemeral ? "off" : "on")
                    .setServerConfig("max_connections", "100")
                    // Spring stops it after closing the pool; a hook of its own would race that.
                    .setRegisterShutdownHook(false)
                    .start();
            EmbeddedDatabase database = new EmbeddedDatabase(postgres);
            database.createDatabaseIfMissing();
            log.info("Embedded PostgreSQL {} on port {} with data in {}", fresh ? "initialised" : "started",
                    postgres.getPort(), dataDirectory.toAbsolutePath());
            return database;
        } catch (IOException | IllegalStateException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL in " + dataDirectory
                    + " (is another Sapa using the same SAPA_DATA_DIR?)", e);
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

    @Override
    public void close() throws IOException {
        log.info("Stopping embedded PostgreSQL");
        postgres.close();
    }
}
