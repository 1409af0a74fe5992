package io.chipwatch.kafka;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps a second broker away from a data directory in use. Kafka locks its log directories only
 * once the broker half starts, after the controller half has already opened (and may write) the
 * metadata log in the same directory, so two processes on one {@code --data-dir} could damage it.
 */
final class DataDirLock implements AutoCloseable {

    private static final String FILE = ".chipwatch.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Locks {@code dir}, creating it if needed, or fails with a message saying what to do. */
    static DataDirLock acquire(Path dir) {
        FileChannel channel = null;
        try {
            Files.createDirectories(dir);
            channel = FileChannel.open(dir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw inUse(dir);
            }
            return new DataDirLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw inUse(dir);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new BrokerStartException("cannot use " + dir + " for Kafka data: " + e.getMessage(), e);
        } catch (BrokerStartException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // The lock goes with the channel anyway.
        }
        closeQuietly(channel);
    }

    private static BrokerStartException inUse(Path dir) {
        return new BrokerStartException("Kafka data in " + dir + " is in use by another chipwatch broker; "
                + "stop it, or pass another --data-dir, --ephemeral or --bootstrap-servers");
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            // Nothing left to release.
        }
    }
}
