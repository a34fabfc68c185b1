package id.sapa.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database after its Sapa was killed with {@code kill -9}: that Sapa runs in a JVM of
 * its own ({@link EmbeddedDatabaseOwner}) and is killed for real; the next start happens here.
 */
class EmbeddedDatabaseCrashIntegrationTest {

    @TempDir
    Path dataDirectoryParent;

    private Path dataDirectory;
    private Process owner;

    @AfterEach
    void stopWhatIsLeft() throws IOException {
        if (owner != null) {
            owner.descendants().forEach(ProcessHandle::destroyForcibly);
            owner.destroyForcibly();
        }
        if (dataDirectory != null) {
            Optional<Postmaster> left = Postmaster.of(dataDirectory);
            if (left.isPresent()) {
                left.get().stop(Duration.ofSeconds(30));
            }
        }
    }

    @Test
    void aServerLeftRunningByAKilledSapaIsStoppedAndItsDataKept() throws Exception {
        startOwner();
        // As if the watchdog had been killed with it: the server outlives them both.
        ProcessHandle watchdog = watchdogOf(owner.toHandle(), dataDirectory);
        watchdog.destroyForcibly();
        watchdog.onExit().join();
        owner.destroyForcibly().waitFor();
        Postmaster leftover = Postmaster.of(dataDirectory).orElseThrow();
        assertThat(leftover.process().isAlive()).isTrue();

        try (EmbeddedDatabase restarted = EmbeddedDatabase.start(dataDirectory, false)) {
            assertThat(keptNote(restarted.jdbcUrl())).isEqualTo("masih ada");
            assertThat(leftover.process().isAlive()).isFalse();
        }
    }

    @Test
    void theWatchdogStopsTheServerSoonAfterItsSapaIsKilled() throws Exception {
        startOwner();
        Postmaster postmaster = Postmaster.of(dataDirectory).orElseThrow();

        owner.destroyForcibly().waitFor();

        await().atMost(Duration.ofSeconds(10)).until(() -> !postmaster.process().isAlive());
        assertThat(dataDirectory.resolve(Postmaster.PID_FILE)).as("stopped cleanly").doesNotExist();
        try (EmbeddedDatabase restarted = EmbeddedDatabase.start(dataDirectory, false)) {
            assertThat(keptNote(restarted.jdbcUrl())).isEqualTo("masih ada");
        }
    }

    @Test
    void aSecondSapaIsRefusedAtOnceWhileTheFirstRuns() throws Exception {
        startOwner();
        Postmaster running = Postmaster.of(dataDirectory).orElseThrow();

        // Well under the ~17 s the refusal used to take: it must not wait for a server at all.
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(
                () -> EmbeddedDatabase.start(dataDirectory, false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("in use by another Sapa (pid " + owner.pid())
                .hasMessageContaining("SAPA_DATA_DIR"));

        assertThat(keptNote("jdbc:postgresql://localhost:" + running.port() + "/" + EmbeddedDatabase.DATABASE))
                .isEqualTo("masih ada");
    }

    @Test
    void aPidFileNamingAnotherProgramDoesNotKeepTheServerFromStarting() throws Exception {
        dataDirectory = dataDirectoryParent.resolve("postgres");
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDirectory, false);
                Connection connection = DriverManager.getConnection(first.jdbcUrl(), first.username(), "")) {
            connection.createStatement().execute("CREATE TABLE kept (note TEXT)");
            connection.createStatement().execute("INSERT INTO kept VALUES ('masih ada')");
        }
        // After a host reboot the pid in the file left by a crash may belong to any program.
        Process otherProgram = new ProcessBuilder("sleep", "300").start();
        try {
            Files.writeString(dataDirectory.resolve(Postmaster.PID_FILE), otherProgram.pid() + "\n" + dataDirectory + "\n");

            try (EmbeddedDatabase restarted = EmbeddedDatabase.start(dataDirectory, false)) {
                assertThat(keptNote(restarted.jdbcUrl())).isEqualTo("masih ada");
                assertThat(otherProgram.isAlive()).isTrue();
            }
        } finally {
            otherProgram.destroyForcibly();
        }
    }

    @Test
    void aNormalStopLeavesNoProcessBehind() throws Exception {
        dataDirectory = dataDirectoryParent.resolve("postgres");
        EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory, false);
        ProcessHandle postmaster = Postmaster.of(dataDirectory).orElseThrow().process();
        ProcessHandle watchdog = watchdogOf(ProcessHandle.current(), dataDirectory);

        database.close();

        // pg_ctl is done when the pid file is gone; the process itself ends a moment later.
        await().atMost(Duration.ofSeconds(10)).until(() -> !postmaster.isAlive());
        await().atMost(Duration.ofSeconds(10)).until(() -> !watchdog.isAlive());
        assertThat(dataDirectory.resolve(Postmaster.PID_FILE)).doesNotExist();
    }

    private void startOwner() throws IOException {
        dataDirectory = dataDirectoryParent.resolve("postgres");
        Path output = dataDirectoryParent.resolve("owner.log");
        owner = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), EmbeddedDatabaseOwner.class.getName(), dataDirectory.toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> !owner.isAlive() || Files.readString(output).contains(EmbeddedDatabaseOwner.READY));
        assertThat(owner.isAlive()).as(() -> read(output)).isTrue();
    }

    /** The watchdog of this directory's server: the test JVM's other contexts have watchdogs of their own. */
    private static ProcessHandle watchdogOf(ProcessHandle parent, Path dataDirectory) {
        String directory = dataDirectory.toAbsolutePath().normalize().toString();
        return parent.children().filter(child -> {
            List<String> arguments = child.info().arguments().map(List::of).orElse(List.of());
            return arguments.contains(PostmasterWatchdog.NAME) && arguments.contains(directory);
        }).findFirst().orElseThrow();
    }

    private static String keptNote(String jdbcUrl) throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
                ResultSet rows = connection.createStatement().executeQuery("SELECT note FROM kept")) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
