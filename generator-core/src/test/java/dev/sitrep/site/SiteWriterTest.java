package dev.sitrep.site;

import dev.sitrep.Fixture;
import dev.sitrep.SitrepException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class SiteWriterTest {

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

    /** Every file and folder under {@code dir} with its content ("<dir>" for folders), by relative path. */
    static Map<String, String> tree(Path dir) throws IOException {
        Map<String, String> tree = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(p -> !p.equals(dir)).toList()) {
                String relative = dir.relativize(p).toString().replace('\\', '/');
                tree.put(relative, Files.isDirectory(p) ? "<dir>" : Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return tree;
    }

    /** Beside the published site, no temporary or set-aside folder remains. */
    private void assertNoLeftovers() throws IOException {
        try (Stream<Path> siblings = Files.list(out().getParent())) {
            // the publishing lock (PublishLock) stays: deleting it would let two runs lock two different files
            assertEquals(List.of(".status.sitrep-lock", "status"),
                    siblings.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void writesTheFilesAndASortedManifest() throws IOException {
        SiteWriter.Written written = SiteWriter.write(out(), source(),
                List.of(file("index.html", "home"), file("api/v2/status.json", "{}\n")));

        assertEquals(2, written.files());
        assertEquals(7, written.bytes());
        assertEquals(Map.of(".sitrep-manifest", "# Files written by sitrep. Other files in this folder are kept.\n"
                        + "api/v2/status.json\nindex.html\n",
                "api", "<dir>", "api/v2", "<dir>", "api/v2/status.json", "{}\n", "index.html", "home"), tree(out()));
        assertNoLeftovers();
    }

    @Test
    void thePublishedFolderIsReadableLikeAnyOtherAndKeepsItsPermissions() throws IOException {
        assumeTrue(Files.getFileAttributeView(root, PosixFileAttributeView.class) != null, "POSIX file system");
        Path source = source();
        SiteWriter.write(out(), source, List.of(file("index.html", "v1")));
        Set<PosixFilePermission> fresh = Files.getPosixFilePermissions(out());

        assertTrue(fresh.contains(PosixFilePermission.OTHERS_READ) || fresh.equals(
                Files.getPosixFilePermissions(out().getParent())), fresh.toString());

        Files.setPosixFilePermissions(out(), PosixFilePermissions.fromString("rwxr-x---"));
        SiteWriter.write(out(), source, List.of(file("index.html", "v2")));

        assertEquals(PosixFilePermissions.fromString("rwxr-x---"), Files.getPosixFilePermissions(out()));
    }

    @Test
    void keepsFilesSitrepDidNotWriteAndRemovesStaleOnes() throws IOException {
        Path source = source();
        SiteWriter.write(out(), source, List.of(file("index.html", "v1"), file("incidents/gone/index.html", "old"),
                file("history.atom", "feed")));
        Files.writeString(out().resolve("CNAME"), "status.example.com\n");
        Files.writeString(out().resolve(".nojekyll"), "");
        Files.createDirectories(out().resolve(".git/refs/tags"));
        Files.writeString(out().resolve(".git/HEAD"), "ref: refs/heads/gh-pages\n");
        Files.writeString(out().resolve("incidents/notes.txt"), "mine");

        SiteWriter.write(out(), source, List.of(file("index.html", "v2"), file("history.atom", "feed")));

        Map<String, String> tree = tree(out());
        assertEquals("status.example.com\n", tree.get("CNAME"));
        assertEquals("", tree.get(".nojekyll"));
        assertEquals("ref: refs/heads/gh-pages\n", tree.get(".git/HEAD"));
        assertEquals("<dir>", tree.get(".git/refs/tags"));
        assertEquals("mine", tree.get("incidents/notes.txt"));
        assertEquals("v2", tree.get("index.html"));
        assertFalse(tree.containsKey("incidents/gone/index.html"));
        assertFalse(tree.containsKey("incidents/gone"));
        assertEquals("# Files written by sitrep. Other files in this folder are kept.\nhistory.atom\nindex.html\n",
                tree.get(".sitrep-manifest"));
    }

    @Test
    void aRebuildReplacesOnlyTheFilesThatChangedAndKeepsTheOthersAsTheyAre() throws IOException {
        Path source = source();
        List<OutputFile> same = new ArrayList<>();
        for (String id : List.of("a", "d", "e", "f", "g", "h")) {
            same.add(file("incidents/" + id + "/index.html", id));
        }
        List<OutputFile> first = new ArrayList<>(same);
        first.addAll(List.of(file("index.html", "v1"), file("incidents/b/index.html", "b")));
        SiteWriter.write(out(), source, first);
        Object unchanged = Files.readAttributes(out().resolve("incidents/a/index.html"), BasicFileAttributes.class)
                .fileKey();
        Object folder = Files.readAttributes(out().resolve("incidents/a"), BasicFileAttributes.class).fileKey();

        List<OutputFile> second = new ArrayList<>(same);
        second.addAll(List.of(file("index.html", "v2"), file("incidents/c/index.html", "c")));
        SiteWriter.Written written = SiteWriter.write(out(), source, second);

        assertEquals(3, written.changed(), "index.html replaced, incidents/c added, incidents/b removed");
        assertEquals(8, written.files());
        assertEquals(unchanged, Files.readAttributes(out().resolve("incidents/a/index.html"),
                BasicFileAttributes.class).fileKey(), "the same file, not a copy");
        assertEquals(folder, Files.readAttributes(out().resolve("incidents/a"), BasicFileAttributes.class).fileKey(),
                "the same folder");
        Map<String, String> tree = tree(out());
        assertEquals("v2", tree.get("index.html"));
        assertEquals("c", tree.get("incidents/c/index.html"));
        assertFalse(tree.containsKey("incidents/b"), "a folder its stale file leaves empty goes too");
        assertNoLeftovers();

        assertEquals(0, SiteWriter.write(out(), source, second).changed());
    }

    @Test
    void whenMostFilesChangeTheNewSiteIsSwappedInWhole() throws IOException {
        Path source = source();
        SiteWriter.write(out(), source, List.of(file("a.html", "a1"), file("b.html", "b1"), file("c.html", "c")));
        Files.writeString(out().resolve("CNAME"), "status.example.com\n");
        Object kept = Files.readAttributes(out().resolve("c.html"), BasicFileAttributes.class).fileKey();

        SiteWriter.Written written = SiteWriter.write(out(), source, List.of(file("a.html", "a2"),
                file("b.html", "b2"), file("c.html", "c")));

        assertEquals(3, written.changed(), "a new tree: every file counts");
        assertEquals(Map.of(".sitrep-manifest", "# Files written by sitrep. Other files in this folder are kept.\n"
                        + "a.html\nb.html\nc.html\n", "CNAME", "status.example.com\n", "a.html", "a2",
                "b.html", "b2", "c.html", "c"), tree(out()));
        assertEquals(kept, Files.readAttributes(out().resolve("c.html"), BasicFileAttributes.class).fileKey(),
                "an unchanged file is linked into the new tree, not written again");
        assertNoLeftovers();
    }

    @Test
    void aKeptFileIsNeitherRenderedNorWrittenAndItsKeyIsInTheManifest() throws IOException {
        Path source = source();
        SiteWriter.write(out(), source, sink -> sink.stream("page.html", "k1", o -> o.write("one".getBytes(
                StandardCharsets.UTF_8))));
        assertTrue(Files.readString(out().resolve(SiteWriter.MANIFEST)).endsWith("page.html\tk1\n"));

        List<Boolean> kept = new ArrayList<>();
        SiteWriter.Written same = SiteWriter.write(out(), source, sink -> kept.add(sink.keep("page.html", "k1")));
        List<Boolean> other = new ArrayList<>();
        SiteWriter.write(out(), source, sink -> {
            other.add(sink.keep("page.html", "k2"));
            sink.stream("page.html", "k2", o -> o.write("two".getBytes(StandardCharsets.UTF_8)));
        });

        assertEquals(List.of(true), kept);
        assertEquals(0, same.changed());
        assertEquals(3, same.bytes(), "a kept file counts with its size");
        assertEquals(List.of(false), other, "another key: the page is rendered");
        assertEquals("two", Files.readString(out().resolve("page.html")));
    }

    @Test
    void aFolderWhereANewFileMustGoMakesTheWholeSiteSwapIn() throws IOException {
        Path source = source();
        SiteWriter.write(out(), source, List.of(file("a.html", "a1"), file("b.html", "b1"), file("old.html", "o")));
        Map<String, String> before = tree(out());
        // a folder where the new b.html must go: the in-place update cannot rename b.html into place
        Files.delete(out().resolve("b.html"));
        Files.createDirectories(out().resolve("b.html/inside"));
        Files.writeString(out().resolve("b.html/inside/x"), "in the way");
        Map<String, String> blocked = tree(out());

        SiteWriter.write(out(), source, List.of(file("a.html", "a2"), file("b.html", "b2")));

        // the site could not be laid over the old one: it was swapped in whole, as before in-place publishing
        assertEquals("a2", tree(out()).get("a.html"));
        assertEquals("b2", tree(out()).get("b.html"));
        assertNoLeftovers();
        assertTrue(blocked.containsKey("b.html/inside/x") && before.containsKey("old.html"));
    }

    @Test
    void aRunThatDiedWhileReplacingIsUndoneByTheNextRun() throws IOException {
        Path source = source();
        SiteWriter.write(out(), source, List.of(file("a.html", "a1"), file("b.html", "b1")));
        Map<String, String> before = tree(out());
        Path parent = out().getParent();
        // what a run that died after replacing a.html and creating c.html leaves behind
        Path backup = Files.createDirectories(parent.resolve(".status.sitrep-bak-dead"));
        Files.createLink(backup.resolve("a.html"), out().resolve("a.html"));
        Files.delete(out().resolve("a.html"));
        Files.writeString(out().resolve("a.html"), "a2");
        Files.writeString(out().resolve("c.html"), "c2");
        Files.createDirectories(parent.resolve(".status.sitrep-tmp-dead"));
        Files.writeString(parent.resolve(".status.sitrep-journal"), ".status.sitrep-bak-dead\n"
                + ".status.sitrep-tmp-dead\nR a.html\nC c.html\nD b.html\nM .sitrep-manifest\n");

        // the next run first puts the previous site back, then publishes its own
        SiteWriter.write(out(), source, List.of(file("a.html", "a1"), file("b.html", "b1")));

        assertEquals(before, tree(out()));
        assertNoLeftovers();
    }

    @Test
    void aFileOfTheNewSiteWinsOverAnUnlistedFile() throws IOException {
        Files.createDirectories(out());
        Files.writeString(out().resolve("index.html"), "hand-written");
        Files.writeString(out().resolve("api"), "a file where the site needs a folder");

        SiteWriter.write(out(), source(), List.of(file("index.html", "generated"), file("api/v2/status.json", "{}")));

        assertEquals("generated", Files.readString(out().resolve("index.html")));
        assertEquals("{}", Files.readString(out().resolve("api/v2/status.json")));
    }

    @Test
    void sameFilesSameBytes() throws IOException {
        Path source = source();
        List<OutputFile> files = List.of(file("b.txt", "b"), file("a/c.txt", "c"));
        SiteWriter.write(out(), source, files);
        Map<String, String> first = tree(out());
        SiteWriter.write(out(), source, List.of(files.get(1), files.get(0)));

        assertEquals(first, tree(out()));
    }

    @Test
    void aFailedRenderLeavesThePreviousSiteByteIdentical() throws IOException {
        Path source = source();
        SiteWriter.write(out(), source, List.of(file("index.html", "v1"), file("api/v2/status.json", "{}")));
        Files.writeString(out().resolve("CNAME"), "status.example.com\n");
        Map<String, String> before = tree(out());
        SitePart broken = (context, sink) -> {
            throw new SitrepException("template index.ftlh failed");
        };
        SitePart fine = (context, sink) -> sink.put(file("index.html", "v2"));

        SiteContext context = new SiteContext(Fixture.repository(Fixture.config("UTC", Fixture.component("api", null)),
                List.of(), List.of()), Instant.parse("2026-11-20T12:00:00Z"), Optional.empty());

        SitrepException e = assertThrows(SitrepException.class,
                () -> SiteWriter.write(out(), source, sink -> new SiteGenerator(List.of(fine, broken)).render(context, sink)));

        assertEquals("template index.ftlh failed", e.getMessage());
        assertEquals(before, tree(out()));
        assertNoLeftovers();
    }

    @Test
    void eachFileIsOnDiskAsSoonAsItIsHandedOverButPublishedOnlyWithTheWholeSite() throws IOException {
        Path source = source();
        SiteWriter.write(out(), source, List.of(file("index.html", "v1")));
        List<String> seenWhileRendering = new ArrayList<>();

        SiteWriter.write(out(), source, sink -> {
            sink.put(file("incidents/a/index.html", "page a"));
            try (Stream<Path> siblings = Files.list(out().getParent())) {
                Path tmp = siblings.filter(p -> p.getFileName().toString().startsWith(".status.sitrep-tmp-"))
                        .findFirst().orElseThrow();
                seenWhileRendering.add(Files.readString(tmp.resolve("incidents/a/index.html")));
                seenWhileRendering.add(Files.readString(out().resolve("index.html")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            sink.put(file("index.html", "v2"));
        });

        assertEquals(List.of("page a", "v1"), seenWhileRendering);
        assertEquals("v2", Files.readString(out().resolve("index.html")));
        assertEquals("page a", Files.readString(out().resolve("incidents/a/index.html")));
    }

    @Test
    void aFailedWriteLeavesThePreviousSiteByteIdenticalAndNoLeftovers() throws IOException {
        Path source = source();
        SiteWriter.write(out(), source, List.of(file("index.html", "v1")));
        Map<String, String> before = tree(out());
        // the second file cannot be created (its name is longer than any file system allows): an I/O failure
        // after part of the new site has been written
        List<OutputFile> files = List.of(file("a.txt", "written first"), file("z" + "x".repeat(300), "fails"));

        SitrepException e = assertThrows(SitrepException.class, () -> SiteWriter.write(out(), source, files));

        assertTrue(e.getMessage().contains("the previous site is unchanged"), e.getMessage());
        assertEquals(before, tree(out()));
        assertNoLeftovers();
    }

    @Test
    void pathClashesAreBugsNamedAsSuchAndLeaveThePreviousSite() throws IOException {
        Path source = source();
        SiteWriter.write(out(), source, List.of(file("index.html", "v1")));
        Map<String, String> before = tree(out());

        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> SiteWriter.write(out(),
                source, List.of(file("index.html", "a"), file("index.html", "b"))));
        IllegalArgumentException fileThenFolder = assertThrows(IllegalArgumentException.class, () -> SiteWriter.write(
                out(), source, List.of(file("api", "x"), file("api/v2/status.json", "{}"))));
        IllegalArgumentException folderThenFile = assertThrows(IllegalArgumentException.class, () -> SiteWriter.write(
                out(), source, List.of(file("api/v2/status.json", "{}"), file("api", "x"))));
        IllegalArgumentException manifest = assertThrows(IllegalArgumentException.class, () -> SiteWriter.write(
                out(), source, List.of(file(SiteWriter.MANIFEST, "x"))));

        assertEquals("two site files have the path index.html", twice.getMessage());
        assertEquals("site file api is also a folder of api/v2/status.json", fileThenFolder.getMessage());
        assertEquals("site file api is also a folder of api/v2/status.json", folderThenFile.getMessage());
        assertEquals("a site file cannot be named .sitrep-manifest", manifest.getMessage());
        assertEquals(before, tree(out()));
        assertNoLeftovers();
    }

    @Test
    void aSiteSetAsideByADeadRunIsPutBack() throws IOException {
        Path source = source();
        SiteWriter.write(out(), source, List.of(file("index.html", "v1")));
        Files.writeString(out().resolve("CNAME"), "keep");
        // simulate a kill between the two renames: the old site is aside, the output folder is missing
        Path aside = out().resolveSibling(".status.sitrep-old-123");
        Files.move(out(), aside);
        Files.createDirectories(out().resolveSibling(".status.sitrep-tmp-456/half"));

        SiteWriter.write(out(), source, List.of(file("index.html", "v2")));

        assertEquals("keep", Files.readString(out().resolve("CNAME")));
        assertEquals("v2", Files.readString(out().resolve("index.html")));
        assertNoLeftovers();
    }

    @Test
    void refusesAnOutputDirectoryThatOverlapsTheSource() throws IOException {
        Path source = source();
        List<OutputFile> files = List.of(file("index.html", "x"));

        SitrepException same = assertThrows(SitrepException.class, () -> SiteWriter.write(source, source, files));
        SitrepException inside = assertThrows(SitrepException.class,
                () -> SiteWriter.write(source.resolve("site"), source, files));
        SitrepException contains = assertThrows(SitrepException.class,
                () -> SiteWriter.write(source.getParent(), source, files));
        SitrepException viaDots = assertThrows(SitrepException.class,
                () -> SiteWriter.write(source.resolve("../incidents/./x"), source, files));

        assertTrue(same.getMessage().contains("is the source directory"), same.getMessage());
        assertTrue(inside.getMessage().contains("is inside the source directory"), inside.getMessage());
        assertTrue(contains.getMessage().contains("contains the source directory"), contains.getMessage());
        assertTrue(viaDots.getMessage().contains("is inside the source directory"), viaDots.getMessage());
        assertEquals(Map.of(), tree(source));
    }

    @Test
    void refusesAFileAsOutputDirectory() throws IOException {
        Path source = source();
        Files.createDirectories(out().getParent());
        Files.writeString(out(), "not a folder");

        SitrepException e = assertThrows(SitrepException.class,
                () -> SiteWriter.write(out(), source, List.of(file("index.html", "x"))));

        assertTrue(e.getMessage().contains("is a file"), e.getMessage());
        assertEquals("not a folder", Files.readString(out()));
    }

    @Test
    void anOutputDirectoryThatIsOrHoldsTheProjectIsRefused() throws IOException {
        Path source = source();
        Path project = root.resolve("project");
        for (Path out : List.of(project, project.resolve("."))) {
            dev.sitrep.SitrepException e = org.junit.jupiter.api.Assertions.assertThrows(dev.sitrep.SitrepException.class,
                    () -> SiteWriter.checkSeparate(out, root.resolve("elsewhere/incidents"), project));
            assertEquals("the output directory " + out + " contains the project directory " + project + ", and "
                    + "publishing replaces the whole output directory; set sitrep.outputDirectory to a folder of its "
                    + "own, e.g. target/site/status", e.getMessage());
        }
        SiteWriter.checkSeparate(out(), source, project); // inside the project is where it belongs
    }
}
