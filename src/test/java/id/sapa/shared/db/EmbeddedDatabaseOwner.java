package id.sapa.shared.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

/**
 * A Sapa in a JVM of its own, for the crash tests: starts the embedded database on the directory
 * it is given, stores a row, says so and keeps running until it is killed.
 */
final class EmbeddedDatabaseOwner {

    static final String READY = "embedded database ready";

    private EmbeddedDatabaseOwner() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]), false);
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), "")) {
            connection.createStatement().execute("CREATE TABLE kept (note TEXT)");
            connection.createStatement().execute("INSERT INTO kept VALUES ('masih ada')");
        }
        System.out.println(READY);
        Thread.currentThread().join();
    }
}
