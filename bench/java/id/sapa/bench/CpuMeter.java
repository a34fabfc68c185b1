package id.sapa.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import com.sun.management.OperatingSystemMXBean;

/**
 * CPU time spent by this JVM (Sapa and the load driver) and by PostgreSQL's processes on this
 * machine, to show where a message's cost goes. PostgreSQL's share is read from Linux's
 * {@code /proc} (at the usual 100 ticks a second) and is absent elsewhere, or when the database
 * runs on another machine.
 */
final class CpuMeter {

    private static final double MILLIS_PER_TICK = 10.0;
    private static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    record Reading(long jvmNanos, long postgresTicks) {
    }

    record Spent(double jvmMillis, double postgresMillis) {

        /** Per message, as text: {@code "Sapa JVM 1.10 ms, PostgreSQL 0.70 ms"}. */
        String perMessage(int messages) {
            String jvm = String.format("JVM %.2f ms", jvmMillis / messages);
            return postgresMillis < 0 ? jvm : jvm + String.format(", PostgreSQL %.2f ms", postgresMillis / messages);
        }
    }

    static Reading read() {
        return new Reading(OS.getProcessCpuTime(), postgresTicks());
    }

    static Spent since(Reading start) {
        Reading now = read();
        double postgres = start.postgresTicks() < 0 || now.postgresTicks() < 0 ? -1
                : (now.postgresTicks() - start.postgresTicks()) * MILLIS_PER_TICK;
        return new Spent((now.jvmNanos() - start.jvmNanos()) / 1e6, postgres);
    }

    /** User and system ticks of every process named postgres; -1 without {@code /proc}. */
    private static long postgresTicks() {
        Path proc = Path.of("/proc");
        if (!Files.isDirectory(proc)) {
            return -1;
        }
        try (Stream<Path> processes = Files.list(proc)) {
            return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToLong(CpuMeter::postgresTicksOf).sum();
        } catch (IOException e) {
            return -1;
        }
    }

    private static long postgresTicksOf(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            if (!stat.contains("(postgres)")) {
                return 0;
            }
            // Fields after the command name: state is the first, utime the 12th, stime the 13th.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException gone) {
            return 0; // the process ended between the listing and the read
        }
    }

    private CpuMeter() {
    }
}
