package id.sapa.shared.db;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.temporal.ChronoUnit;

/**
 * Which Sapa uses an embedded database directory: a lock on {@code <directory>.lock}, held for the
 * life of the JVM. The operating system drops it however the JVM ends, {@code kill -9} included,
 * so a lock that can be taken proves that whoever started a server on the directory before is
 * gone. The file lies beside the directory because {@code initdb} wants the directory empty.
 */
final class OwnerLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private OwnerLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** @throws IllegalStateException at once, naming the owner, when a live Sapa holds the directory */
    static OwnerLock take(Path dataDirectory) throws IOException {
        Path file = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".lock");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException heldInThisJvm) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IllegalStateException("The embedded PostgreSQL in " + dataDirectory + " is in use by another Sapa ("
                    + Files.readString(file).strip() + "); stop that one first, or give this one its own SAPA_DATA_DIR");
        }
        // Only read by a second Sapa's error message: the lock itself is what counts.
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(describe(ProcessHandle.current()).getBytes(StandardCharsets.UTF_8)));
        return new OwnerLock(channel, lock);
    }

    private static String describe(ProcessHandle process) {
        return "pid " + process.pid() + process.info().startInstant()
                .map(start -> ", started " + start.truncatedTo(ChronoUnit.SECONDS)).orElse("");
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
