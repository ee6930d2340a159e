package dev.sitrep.site;

import dev.sitrep.SitrepException;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The right to publish into one output directory: one run at a time, across threads and processes. It is an
 * operating-system lock on a hidden file beside the output directory ({@code .<name>.sitrep-lock}), which the system
 * releases when the process that holds it dies, however it dies; within one JVM (a parallel Maven build), a set of the
 * lock files held keeps two threads apart, since the system's lock belongs to the whole process.
 */
final class PublishLock implements AutoCloseable {

    /** How long a run waits for another run to finish publishing into the same directory. */
    static final Duration DEFAULT_WAIT = Duration.ofMinutes(2);

    private static final String LOCK_INFIX = ".sitrep-lock";
    private static final Set<Path> HELD_IN_THIS_JVM = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private PublishLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Waits up to {@code wait} for the right to publish into {@code parent/name}.
     *
     * @throws SitrepException when another run still publishes there after {@code wait}
     */
    static PublishLock acquire(Path parent, String name, Path shown, Duration wait) throws IOException {
        Path file = parent.resolve("." + name + LOCK_INFIX);
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            if (HELD_IN_THIS_JVM.add(file)) {
                FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = null;
                try {
                    lock = channel.tryLock();
                } finally {
                    if (lock == null) {
                        channel.close();
                        HELD_IN_THIS_JVM.remove(file);
                    }
                }
                if (lock != null) {
                    return new PublishLock(file, channel, lock);
                }
            }
            if (System.nanoTime() >= deadline) {
                throw new SitrepException("another sitrep run is publishing the site to " + shown + " right now (it "
                        + "holds " + file + "), and it did not finish within " + wait.toSeconds() + " s; the site it "
                        + "publishes stays whole. Run generate again when it has finished, or give each build an "
                        + "output directory of its own (sitrep.outputDirectory)");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SitrepException("interrupted while waiting for another sitrep run to finish publishing to "
                        + shown);
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
            channel.close();
        } finally {
            HELD_IN_THIS_JVM.remove(file);
        }
    }
}
