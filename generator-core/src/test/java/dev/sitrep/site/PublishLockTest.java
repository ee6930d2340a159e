package dev.sitrep.site;

import dev.sitrep.SitrepException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two runs publishing into one output directory: one at a time, each site whole, the loser told why. */
class PublishLockTest {

    @TempDir
    Path root;

    private Path source() throws IOException {
        return Files.createDirectories(root.resolve("project/incidents"));
    }

    private Path out() {
        return root.resolve("project/target/site/status");
    }

    private static OutputFile file(String path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSecondRunWaitsForTheFirstThenPublishesItsOwnSite() throws Exception {
        Path source = source();
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<SiteWriter.Written> first = CompletableFuture.supplyAsync(() ->
                SiteWriter.write(out(), source, sink -> {
                    sink.put(file("index.html", "first"));
                    writing.countDown();
                    await(finish);
                    sink.put(file("style.css", "first"));
                }));
        assertTrue(writing.await(30, TimeUnit.SECONDS));
        CompletableFuture<SiteWriter.Written> second = CompletableFuture.supplyAsync(() ->
                SiteWriter.write(out(), source, sink -> sink.put(file("index.html", "second")), Duration.ofSeconds(30)));
        Thread.sleep(300);
        assertTrue(!second.isDone(), "the second run waits while the first publishes");
        finish.countDown();
        assertEquals(2, first.get(30, TimeUnit.SECONDS).files());
        assertEquals(1, second.get(30, TimeUnit.SECONDS).files());
        assertEquals(Map.of("index.html", "second", SiteWriter.MANIFEST,
                "# Files written by sitrep. Other files in this folder are kept.\nindex.html\n"), SiteWriterTest.tree(out()));
    }

    @Test
    void aRunThatCannotWaitLongEnoughSaysAnotherRunIsPublishingAndTheSiteStaysWhole() throws Exception {
        Path source = source();
        SiteWriter.write(out(), source, sink -> sink.put(file("index.html", "before")));
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<SiteWriter.Written> first = CompletableFuture.supplyAsync(() ->
                SiteWriter.write(out(), source, sink -> {
                    sink.put(file("index.html", "first"));
                    writing.countDown();
                    await(finish);
                }));
        assertTrue(writing.await(30, TimeUnit.SECONDS));
        SitrepException e = assertThrows(SitrepException.class, () -> SiteWriter.write(out(), source,
                sink -> sink.put(file("index.html", "second")), Duration.ofMillis(200)));
        assertEquals("another sitrep run is publishing the site to " + out() + " right now (it holds "
                + out().resolveSibling(".status.sitrep-lock") + "), and it did not finish within 0 s; the site it "
                + "publishes stays whole. Run generate again when it has finished, or give each build an output "
                + "directory of its own (sitrep.outputDirectory)", e.getMessage());
        assertEquals("before", Files.readString(out().resolve("index.html")), "the previous site is untouched");
        finish.countDown();
        first.get(30, TimeUnit.SECONDS);
        assertEquals("first", Files.readString(out().resolve("index.html")));
    }

    @Test
    void aLockHeldByAnotherProcessIsWaitedForAndADeadProcessReleasesIt() throws Exception {
        Path source = source();
        Files.createDirectories(out().getParent());
        Path marker = root.resolve("holding");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), HoldLock.class.getName(),
                out().resolveSibling(".status.sitrep-lock").toString(), marker.toString()).inheritIO().start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(marker)) {
                assertTrue(holder.isAlive() && System.nanoTime() < deadline, "the other process took the lock");
                Thread.sleep(20);
            }
            assertThrows(SitrepException.class, () -> SiteWriter.write(out(), source,
                    sink -> sink.put(file("index.html", "mine")), Duration.ofMillis(200)));
        } finally {
            holder.destroyForcibly(); // SIGKILL: the system releases the lock of a dead process
            holder.waitFor(30, TimeUnit.SECONDS);
        }
        SiteWriter.write(out(), source, sink -> sink.put(file("index.html", "mine")), Duration.ofSeconds(30));
        assertEquals("mine", Files.readString(out().resolve("index.html")));
    }

    /** Another process's run: takes the publishing lock, says so, and holds it until it is killed. */
    public static final class HoldLock {
        public static void main(String[] args) throws Exception {
            try (var channel = java.nio.channels.FileChannel.open(Path.of(args[0]),
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
                 var lock = channel.lock()) {
                Files.writeString(Path.of(args[1]), "holding");
                Thread.sleep(TimeUnit.MINUTES.toMillis(5));
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(30, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
