package dev.sitrep.author;

import dev.sitrep.CheckResult;
import dev.sitrep.Sitrep;
import dev.sitrep.SitrepOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The incident goals' writes: whole or not at all, even when the process is killed half-way through. */
class AtomicFilesTest {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    @Test
    void replaceWritesTheNewBytesAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("incident.yaml");
        Files.writeString(file, "old");
        AtomicFiles.replace(file, "new".getBytes(StandardCharsets.UTF_8));
        assertEquals("new", Files.readString(file));
        assertEquals(List.of(file), list(dir));
    }

    @Test
    void aNewFileGetsThePermissionsOfAnyNewFileNotOwnerOnlyOnes(@TempDir Path dir) throws IOException {
        assumeTrue(POSIX, "permissions are POSIX ones");
        Path plain = Files.writeString(dir.resolve("plain.txt"), "made like an editor makes a file");
        Path created = dir.resolve("sitrep.yaml");
        AtomicFiles.create(created, "title: Acme Status\n".getBytes(StandardCharsets.UTF_8));
        Path replaced = dir.resolve("incident.yaml");
        AtomicFiles.replace(replaced, "title: Slow\n".getBytes(StandardCharsets.UTF_8));
        Set<PosixFilePermission> umask = Files.getPosixFilePermissions(plain);
        assertEquals(umask, Files.getPosixFilePermissions(created), "created");
        assertEquals(umask, Files.getPosixFilePermissions(replaced), "replaced where there was no file");
    }

    @Test
    void aReplacedFileKeepsItsPermissions(@TempDir Path dir) throws IOException {
        assumeTrue(POSIX, "permissions are POSIX ones");
        for (String mode : List.of("rw-rw-r--", "rw-------", "rwxr-x---")) {
            Path file = Files.writeString(dir.resolve("incident.yaml"), "old");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
            AtomicFiles.replace(file, "new".getBytes(StandardCharsets.UTF_8));
            assertEquals(mode, PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            Files.delete(file);
        }
    }

    @Test
    void createRefusesAnExistingFileAndLeavesItAsItWas(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("postmortem.md");
        AtomicFiles.create(file, "first".getBytes(StandardCharsets.UTF_8));
        assertThrows(FileAlreadyExistsException.class,
                () -> AtomicFiles.create(file, "second".getBytes(StandardCharsets.UTF_8)));
        assertEquals("first", Files.readString(file));
        assertEquals(List.of(file), list(dir));
    }

    @Test
    void aFailingWriteLeavesTheOldFileAndNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("incident.yaml");
        Files.writeString(file, "old");
        assertThrows(IOException.class, () -> AtomicFiles.replace(file, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(file));
        assertEquals(List.of(file), list(dir));
    }

    @Test
    void aProcessKilledHalfWayThroughAReplaceLeavesTheOldFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("incident.yaml");
        Files.writeString(file, "title: old\n");
        killHalfWay("replace", file, dir.resolve("half-written"));
        assertEquals("title: old\n", Files.readString(file));
    }

    @Test
    void aProcessKilledHalfWayThroughACreateLeavesNoFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("postmortem.md");
        killHalfWay("create", file, dir.resolve("half-written"));
        assertFalse(Files.exists(file));
    }

    @Test
    void theLeftoverOfAKilledWriteIsNotReadAsInput(@TempDir Path dir) throws Exception {
        Path incidents = dir.resolve("incidents");
        Path folder = incidents.resolve("2026/2026-11-03-api-errors");
        Files.createDirectories(folder);
        Files.writeString(incidents.resolve("sitrep.yaml"), "title: T\nbaseUrl: https://s.example\n"
                + "components:\n  - {id: api, name: API}\n");
        Files.writeString(folder.resolve("incident.yaml"), "title: API errors\nseverity: P3\ncomponents:\n"
                + "  api: degraded_performance\ndetected: 2026-11-03T14:02:00Z\nupdates:\n"
                + "  - {at: 2026-11-03T14:08:00Z, status: investigating, message: Looking.}\n");
        killHalfWay("replace", folder.resolve("incident.yaml"), dir.resolve("half-written"));
        try (Stream<Path> files = Files.list(folder)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().endsWith(".sitrep-tmp")), "the leftover");
        }
        CheckResult result = Sitrep.check(new SitrepOptions(incidents, dir.resolve("out"), dir,
                Instant.parse("2026-11-03T15:00:00Z")));
        assertEquals(List.of(), result.findings());
        assertEquals(2, result.files());
    }

    /**
     * Runs {@link HalfWrite} in a JVM of its own, waits until it has written half of a large file, and kills it
     * (SIGKILL: no finally block, no shutdown hook runs).
     */
    private static void killHalfWay(String how, Path file, Path marker) throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HalfWrite.class.getName(), how, file.toString(),
                marker.toString()).inheritIO().start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(marker)) {
                assertTrue(process.isAlive(), "the writer died before it was half-way");
                assertTrue(System.nanoTime() < deadline, "the writer never got half-way");
                Thread.sleep(20);
            }
        } finally {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Writes a megabyte through {@link AtomicFiles}, signals half-way, and waits to be killed. */
    public static final class HalfWrite {
        public static void main(String[] args) throws Exception {
            Path file = Path.of(args[0].equals("replace") || args[0].equals("create") ? args[1] : "");
            Path marker = Path.of(args[2]);
            AtomicFiles.Content content = (OutputStream out) -> {
                byte[] line = "message: half a line of a very long update\n".getBytes(StandardCharsets.UTF_8);
                for (int i = 0; i < 12_000; i++) {
                    out.write(line);
                }
                out.flush();
                Files.writeString(marker, "half");
                try {
                    Thread.sleep(TimeUnit.MINUTES.toMillis(5));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            };
            if (args[0].equals("replace")) {
                AtomicFiles.replace(file, content);
            } else {
                AtomicFiles.create(file, content);
            }
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
