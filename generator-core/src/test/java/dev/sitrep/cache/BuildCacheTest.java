package dev.sitrep.cache;

import dev.sitrep.finding.Finding;
import dev.sitrep.finding.Level;
import dev.sitrep.finding.Rule;
import dev.sitrep.model.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BuildCacheTest {

    @TempDir
    Path dir;

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void keepsWhatARunUsedOrAddedAndForgetsTheRest() throws IOException {
        BuildCache first = BuildCache.load(dir, "fp").cache();
        first.put(BuildCache.Kind.PARSED, "a", bytes("alpha"));
        first.put(BuildCache.Kind.PARSED, "b", bytes("beta"));
        first.put(BuildCache.Kind.MARKDOWN, "m", bytes("<p>x</p>"));
        first.save();

        BuildCache second = BuildCache.load(dir, "fp").cache();
        assertArrayEquals(bytes("alpha"), second.get(BuildCache.Kind.PARSED, "a").orElseThrow());
        assertEquals(Optional.empty(), second.get(BuildCache.Kind.PARSED, "m"), "kinds are apart");
        second.put(BuildCache.Kind.PARSED, "c", bytes("gamma"));
        second.save();

        BuildCache third = BuildCache.load(dir, "fp").cache();
        assertArrayEquals(bytes("alpha"), third.get(BuildCache.Kind.PARSED, "a").orElseThrow(), "used, so kept");
        assertArrayEquals(bytes("gamma"), third.get(BuildCache.Kind.PARSED, "c").orElseThrow(), "added, so kept");
        assertEquals(Optional.empty(), third.get(BuildCache.Kind.PARSED, "b"), "not used by the last run");
        assertEquals(Optional.empty(), third.get(BuildCache.Kind.MARKDOWN, "m"));
        third.close();
    }

    @Test
    void aRebuildWritesTheSameFileAsABuildThatMadeEverythingAnew(@TempDir Path fresh) throws IOException {
        BuildCache first = BuildCache.load(dir, "fp").cache();
        for (String key : List.of("k", "c", "x", "f", "q")) {
            first.put(BuildCache.Kind.PARSED, key, value(key));
        }
        first.put(BuildCache.Kind.STAT, "s", bytes("stat"));
        first.save();

        // the next build asks out of order, drops some, and adds keys that sort between the old ones
        BuildCache second = BuildCache.load(dir, "fp").cache();
        for (String key : List.of("x", "c", "q")) {
            assertArrayEquals(value(key), second.get(BuildCache.Kind.PARSED, key).orElseThrow());
        }
        second.put(BuildCache.Kind.PARSED, "a", value("a"));
        second.put(BuildCache.Kind.PARSED, "m", value("m"));
        second.put(BuildCache.Kind.PARSED, "z", value("z"));
        second.put(BuildCache.Kind.PARSED, "q", bytes("value of q, again"));
        second.put(BuildCache.Kind.MARKDOWN, "h", bytes("<p>h</p>"));
        second.save();

        BuildCache anew = BuildCache.load(fresh, "fp").cache();
        for (String key : List.of("z", "m", "c", "a", "x")) {
            anew.put(BuildCache.Kind.PARSED, key, value(key));
        }
        anew.put(BuildCache.Kind.PARSED, "q", bytes("value of q, again"));
        anew.put(BuildCache.Kind.MARKDOWN, "h", bytes("<p>h</p>"));
        anew.save();
        assertArrayEquals(Files.readAllBytes(fresh.resolve(BuildCache.FILE)), Files.readAllBytes(dir.resolve(BuildCache.FILE)));
    }

    /** Some values small enough to be held in memory from the file, some read from it. */
    private static byte[] value(String key) {
        return bytes(("value of " + key).repeat("cxz".contains(key) ? 40 : 1));
    }

    /** The file of a cache saved with a {@link #value} under each of {@code keys}. */
    private Path savedWith(String... keys) throws IOException {
        BuildCache cache = BuildCache.load(dir, "fp").cache();
        for (String key : keys) {
            cache.put(BuildCache.Kind.PARSED, key, value(key));
        }
        cache.save();
        return dir.resolve(BuildCache.FILE);
    }

    @Test
    void aDamagedValueIsNeverUsedAndIsMadeAgain() throws IOException {
        Path file = savedWith("c", "x");
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 1] ^= 0x20; // in the last value, x's
        Files.write(file, bytes);

        BuildCache second = BuildCache.load(dir, "fp").cache();
        assertEquals(List.of(), second.notices(), "the index is whole; a value is checked when it is read");
        assertArrayEquals(value("c"), second.get(BuildCache.Kind.PARSED, "c").orElseThrow());
        assertEquals(Optional.empty(), second.get(BuildCache.Kind.PARSED, "x"), "never trusted");
        assertEquals(List.of("warning: the build cache " + file + " is damaged (its checksum does not match for 1 "
                + "value); what they held was made again"), second.notices());
        second.put(BuildCache.Kind.PARSED, "x", value("x"));
        second.save();

        BuildCache third = BuildCache.load(dir, "fp").cache();
        assertArrayEquals(value("x"), third.get(BuildCache.Kind.PARSED, "x").orElseThrow());
        assertArrayEquals(value("c"), third.get(BuildCache.Kind.PARSED, "c").orElseThrow());
        assertEquals(List.of(), third.notices());
        third.close();
    }

    @Test
    void aFileCutShortIsNotUsed() throws IOException {
        Path file = savedWith("x");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 1));

        BuildCache.Loaded loaded = BuildCache.load(dir, "fp");
        assertEquals(Optional.of("warning: the build cache " + file + " is damaged (it ends early); it is ignored and "
                + "everything is built"), loaded.notice());
        assertEquals(Optional.empty(), loaded.cache().get(BuildCache.Kind.PARSED, "x"));
        loaded.cache().close();
    }

    @Test
    void aBuildThatUsedEverythingAndMadeNothingLeavesTheFileAlone() throws IOException {
        BuildCache first = BuildCache.load(dir, "fp").cache();
        first.put(BuildCache.Kind.PARSED, "a", bytes("alpha"));
        first.put(BuildCache.Kind.STAT, "s", bytes("stat"));
        first.save();
        Path file = dir.resolve(BuildCache.FILE);
        FileTime longAgo = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(file, longAgo);

        BuildCache second = BuildCache.load(dir, "fp").cache();
        second.get(BuildCache.Kind.PARSED, "a").orElseThrow();
        second.get(BuildCache.Kind.STAT, "s").orElseThrow();
        second.save();
        assertEquals(longAgo, Files.getLastModifiedTime(file), "not written again");

        BuildCache third = BuildCache.load(dir, "fp").cache();
        third.get(BuildCache.Kind.PARSED, "a").orElseThrow();
        third.save(); // "s" was not used: the file changes
        assertTrue(Files.getLastModifiedTime(file).compareTo(longAgo) > 0);
        BuildCache fourth = BuildCache.load(dir, "fp").cache();
        assertEquals(Optional.empty(), fourth.get(BuildCache.Kind.STAT, "s"));
        fourth.close();
    }

    @Test
    void newValuesWaitOnDiskNotOnTheHeapAndTheirFileIsGoneAfterTheBuild() throws IOException {
        BuildCache cache = BuildCache.load(dir, "fp").cache();
        byte[] value = bytes("alpha");
        cache.put(BuildCache.Kind.PARSED, "a", value);
        value[0] = 'X'; // the cache keeps what it was given, not the caller's array
        cache.put(BuildCache.Kind.PARSED, "b", new byte[0]);
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dir)) {
            assertEquals(List.of(".spill"), files.map(f -> f.getFileName().toString())
                    .map(n -> n.substring(n.lastIndexOf('.'))).toList(), "one spill file while the build runs");
        }
        assertArrayEquals(bytes("alpha"), cache.get(BuildCache.Kind.PARSED, "a").orElseThrow(), "read back");
        assertArrayEquals(new byte[0], cache.get(BuildCache.Kind.PARSED, "b").orElseThrow());
        cache.save();
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dir)) {
            assertEquals(List.of(BuildCache.FILE), files.map(f -> f.getFileName().toString()).toList());
        }
        BuildCache next = BuildCache.load(dir, "fp").cache();
        assertArrayEquals(bytes("alpha"), next.get(BuildCache.Kind.PARSED, "a").orElseThrow());
        next.put(BuildCache.Kind.PARSED, "c", bytes("gamma"));
        next.close(); // a build that does not save leaves no spill file either
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dir)) {
            assertEquals(List.of(BuildCache.FILE), files.map(f -> f.getFileName().toString()).toList());
        }
    }

    @Test
    void anotherSitrepsCacheIsNotUsed() throws IOException {
        BuildCache first = BuildCache.load(dir, "one").cache();
        first.put(BuildCache.Kind.PARSED, "a", bytes("alpha"));
        first.save();
        BuildCache.Loaded other = BuildCache.load(dir, "two");
        assertEquals(Optional.empty(), other.cache().get(BuildCache.Kind.PARSED, "a"));
        assertTrue(other.notice().orElseThrow().contains("another version of sitrep"), other.notice()::toString);
    }

    @Test
    void recordsOfTheModelComeBackEqualAndNoOtherClassIsRead() throws IOException {
        Finding finding = new Finding(Level.ERROR, Rule.SYNTAX, new Location("a.yaml", 3, 7), "bad");
        byte[] encoded = BuildCache.encode(Optional.of(List.of(finding)), 42L);
        RecordCodec.Reader reader = BuildCache.decoder(encoded);
        assertEquals(Optional.of(List.of(finding)), reader.read());
        assertEquals(42L, reader.read());

        // a record of another package can be written (to hash it) but is never read back
        record Other(String x) {
        }
        byte[] foreign = BuildCache.encode(new Other("x"));
        IOException e = assertThrows(IOException.class, () -> BuildCache.decoder(foreign).read());
        assertTrue(e.getMessage().startsWith("a class the cache may not hold: dev.sitrep.cache."), e.getMessage());
    }

    @Test
    void equalInputsHaveEqualKeysAndDifferentOnesDifferentKeys() {
        assertEquals(BuildCache.hash("a", "bc"), BuildCache.hash("a", "bc"));
        assertTrue(!BuildCache.hash("a", "bc").equals(BuildCache.hash("ab", "c")), "parts are length-prefixed");
        assertEquals(BuildCache.hashOf("p", List.of("x", 1)), BuildCache.hashOf("p", List.of("x", 1)));
        assertTrue(!BuildCache.hashOf("p", List.of("x", 1)).equals(BuildCache.hashOf("p", List.of("x", 2))));
    }

    @Test
    void aModelOfMegabytesIsHashedWhole() throws Exception {
        // a page's model is hashed through a small buffer: every byte of it counts, the last ones too
        List<Object> model = new java.util.ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            model.add(new Location("incidents/" + i + "/incident.yaml", i + 1, i % 80 + 1));
        }
        List<Object> lastChanged = new java.util.ArrayList<>(model);
        lastChanged.set(model.size() - 1, new Location("incidents/other/incident.yaml", 1, 1));
        String hash = BuildCache.hashOf("page\n", model);
        assertTrue(!hash.equals(BuildCache.hashOf("page\n", lastChanged)), "the end of a long model counts");

        java.security.MessageDigest md5 = java.security.MessageDigest.getInstance("MD5");
        md5.update("page\n".getBytes(StandardCharsets.UTF_8));
        byte[] encoded = BuildCache.encode(model);
        assertTrue(encoded.length > 1 << 20, "more than a megabyte: " + encoded.length);
        assertEquals(java.util.HexFormat.of().formatHex(md5.digest(encoded)), hash,
                "the hash of exactly the bytes the codec writes");
    }
}
