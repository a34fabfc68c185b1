package id.sapa.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default keeps its data across restarts, like a real install must. */
class EmbeddedDatabaseIntegrationTest {

    @TempDir
    Path dataDirectoryParent;

    private Path dataDirectory;

    @BeforeEach
    void placeTheDataDirectory() {
        // as under SAPA_DATA_DIR: the owner's lock file lies beside it
        dataDirectory = dataDirectoryParent.resolve("postgres");
    }

    @Test
    void aSecondStartFindsTheDataOfTheFirst() throws Exception {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDirectory, false);
                Connection connection = connect(first)) {
            connection.createStatement().execute("CREATE TABLE kept (note TEXT)");
            connection.createStatement().execute("INSERT INTO kept VALUES ('masih ada')");
        }

        try (EmbeddedDatabase second = EmbeddedDatabase.start(dataDirectory, false);
                Connection connection = connect(second);
                ResultSet rows = connection.createStatement().executeQuery("SELECT note FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("masih ada");
        }
    }

    @Test
    void aSecondServerCannotTakeTheSameDataDirectory() throws Exception {
        try (EmbeddedDatabase running = EmbeddedDatabase.start(dataDirectory, false)) {
            assertThatThrownBy(() -> EmbeddedDatabase.start(dataDirectory, false)).isInstanceOf(RuntimeException.class);
            try (Connection connection = connect(running)) {
                assertThat(connection.isValid(2)).isTrue();
            }
        }
    }

    private static Connection connect(EmbeddedDatabase database) throws Exception {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), "");
    }
}
