package dev.sitrep.cache;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * What sitrep keeps between builds in its cache folder, so that a rebuild reads, renders and writes only what
 * changed: per entry kind, values by key. One file, {@value #FILE}, replaced atomically when a build ends, holding
 * only the entries that build used, so that it never grows with history.
 *
 * <p>The file starts with what wrote it (the {@code fingerprint} of sitrep's code and templates): a cache of another
 * sitrep is not used. Then comes its index: every key with the length and CRC-32 of its value (small values are in
 * the index itself), and the index's checksum; then the values, in the index's order. A build reads the index when it
 * starts, a few megabytes for 10,000 incidents, and a value when it asks for it: a large cache does not sit on the
 * heap, and saving copies the values it kept from the old file to the new one without reading them. A file whose
 * index is truncated, damaged or not sitrep's is ignored, with a notice, and the build runs as if there were no
 * cache; a value whose checksum does not match is not used (it is made again), with a notice too. A cache can only
 * ever save work: every value is keyed by a hash of everything that went into it.
 *
 * <p>Safe to use from many threads.
 */
public final class BuildCache {

    /** The cache file in the cache folder. */
    public static final String FILE = "sitrep-cache.bin";

    private static final String MAGIC = "sitrep build cache";
    private static final int FORMAT = 5;

    /** The kinds of entries. */
    public enum Kind {
        /**
         * What the publication witness learnt from a git object, which never changes: the files a commit changes, by
         * its id and the file names looked for; whether a blob is a published postmortem, by its id.
         */
        HISTORY,
        /** A parsed source file: its model record and findings, by the hash of its kind, name and bytes. */
        PARSED,
        /** A postmortem body rendered to safe HTML, by the hash of its Markdown. */
        MARKDOWN,
        /** The key of a page's model, by the key of the inputs that built it (see the site's HTML pages). */
        PAGE,
        /**
         * A source file's size and modification time when it was read, by its kind and name, with the key of its
         * {@link #PARSED} entry: a file with the same size and time need not be read again.
         */
        STAT,
        /**
         * A page that {@code check} rendered with the repository's own templates without a failure, by the page's key
         * (nothing is stored with it): the same key gives the same page, which need not be tried again.
         */
        TRIED
    }

    private final Path directory;
    private final String fingerprint;
    /** The previous build's file, open for reading values where {@link #old} says they are; null without one. */
    private final FileChannel file;
    /** Where the values begin in {@link #file}, after its index. */
    private final long valuesAt;
    /**
     * The previous build's entries: where each value is in {@link #file}, in the file's order (by key within a kind,
     * as {@link #save} writes them). Not changed after loading.
     */
    private final Map<Kind, Map<String, Stored>> old;
    /** The previous build's entries this build asked for, written again by {@link #save}. */
    private final Map<Kind, Set<String>> reused = new ConcurrentHashMap<>();
    /**
     * The entries this build made: where each value is in the {@link #spill} file, as {offset, length, CRC-32}; or
     * the value itself when no spill file could be made.
     */
    private final Map<Kind, Map<String, Object>> added = new ConcurrentHashMap<>();
    /**
     * A file beside the cache that this build's new values are appended to as they are made, so that a first build
     * does not hold them all on the heap (451 MB at 100,000 incidents) until {@link #save}; deleted by {@link #close}.
     */
    private FileChannel spill;
    private Path spillPath;
    private boolean spillFailed;
    private final AtomicLong spillEnd = new AtomicLong();
    /** This build's source files by the name findings give them, with the key of what reading them gave. */
    private final Map<String, String> sources = new ConcurrentHashMap<>();

    /**
     * Where a value of the previous build is among the values of its file (from {@link #valuesAt}), and its CRC-32; a
     * value of at most {@link #INLINE} bytes (a file's size and time, a page's key) is held here instead, read with the
     * index, so that asking for it costs no read.
     */
    private record Stored(long position, int length, int crc, byte[] inline) {
    }

    /** The previous file's values that did not match their checksum when this build read them. */
    private final Set<String> damaged = ConcurrentHashMap.newKeySet();

    /** The largest value kept in memory from the previous build's file. */
    private static final int INLINE = 128;

    private BuildCache(Path directory, String fingerprint, FileChannel file, long valuesAt,
                       Map<Kind, Map<String, Stored>> old) {
        this.directory = directory;
        this.fingerprint = fingerprint;
        this.file = file;
        this.valuesAt = valuesAt;
        this.old = old;
        for (Kind kind : Kind.values()) {
            reused.put(kind, ConcurrentHashMap.newKeySet(old.get(kind).size()));
            added.put(kind, new ConcurrentHashMap<>());
        }
    }

    /** The cache as loaded, and why it was not used, if it was not. */
    public record Loaded(BuildCache cache, Optional<String> notice) {
    }

    /**
     * The cache in {@code directory} written by the sitrep of {@code fingerprint}; an empty one, with a notice
     * saying why, when there is none that can be used.
     */
    public static Loaded load(Path directory, String fingerprint) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Path path = directory.resolve(FILE);
        Map<Kind, Map<String, Stored>> entries = empty();
        FileChannel channel = null;
        long valuesAt = 0;
        boolean keep = false;
        try {
            channel = FileChannel.open(path, StandardOpenOption.READ);
            // the index only: it says where each value is and what its checksum is; the values stay on disk until a
            // build asks for them, so a large cache is neither read whole nor held on the heap
            CRC32 crc = new CRC32();
            BufferedInputStream buffered = new BufferedInputStream(Channels.newInputStream(channel), 1 << 16);
            PositionInput position = new PositionInput(new CheckedInputStream(buffered, crc));
            DataInputStream in = new DataInputStream(position);
            byte[] magic = MAGIC.getBytes(StandardCharsets.UTF_8);
            byte[] start = new byte[4 + magic.length];
            int got = in.readNBytes(start, 0, start.length);
            byte[] expectedStart = ByteBuffer.allocate(start.length).putInt(magic.length).put(magic).array();
            if (got != start.length || !Arrays.equals(start, expectedStart)) {
                return new Loaded(new BuildCache(directory, fingerprint, null, 0, empty()),
                        Optional.of("the build cache " + path + " is not sitrep's; building everything"));
            }
            if (in.readInt() != FORMAT || !fingerprint.equals(readShort(in))) {
                return new Loaded(new BuildCache(directory, fingerprint, null, 0, empty()),
                        Optional.of("the build cache " + path + " was written by another version of sitrep or its "
                                + "templates; building everything"));
            }
            // positions among the values, which follow the index's checksum
            long values = 0;
            for (Kind kind : Kind.values()) {
                int n = in.readInt();
                if (n < 0) {
                    throw new IOException("a negative count");
                }
                Map<String, Stored> map = new LinkedHashMap<>(Math.min(n, 1 << 20) * 4 / 3 + 1);
                entries.put(kind, map);
                for (int i = 0; i < n; i++) {
                    String key = readShort(in);
                    int length = in.readInt();
                    int valueCrc = in.readInt();
                    if (length < 0 || length > (1 << 28)) {
                        throw new IOException("an entry of " + length + " bytes");
                    }
                    if (length <= INLINE) {
                        byte[] inline = in.readNBytes(length);
                        if (inline.length != length) {
                            throw new EOFException();
                        }
                        map.put(key, new Stored(-1, length, valueCrc, inline));
                    } else {
                        map.put(key, new Stored(values, length, valueCrc, null));
                        values += length;
                    }
                }
            }
            long expected = crc.getValue();
            long written = new DataInputStream(buffered).readLong();
            if (expected != written) {
                throw new IOException("its checksum does not match");
            }
            valuesAt = position.position + Long.BYTES;
            if (channel.size() != valuesAt + values) {
                throw new IOException(channel.size() < valuesAt + values ? "it ends early"
                        : "it is longer than its index");
            }
            keep = true;
        } catch (NoSuchFileException e) {
            return new Loaded(new BuildCache(directory, fingerprint, null, 0, empty()), Optional.empty());
        } catch (EOFException e) {
            return damaged(directory, fingerprint, path, "it ends early");
        } catch (IOException | RuntimeException e) {
            return damaged(directory, fingerprint, path, e.getMessage());
        } finally {
            if (!keep && channel != null) {
                try {
                    channel.close();
                } catch (IOException e) {
                    // nothing was read from it
                }
            }
        }
        return new Loaded(new BuildCache(directory, fingerprint, channel, valuesAt, entries), Optional.empty());
    }

    /** The position in the file of the next byte read through it (it sits above the buffer). */
    private static final class PositionInput extends FilterInputStream {
        private long position;

        PositionInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                position++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                position += n;
            }
            return n;
        }

    }

    private static Loaded damaged(Path directory, String fingerprint, Path file, String why) {
        return new Loaded(new BuildCache(directory, fingerprint, null, 0, empty()),
                Optional.of("warning: the build cache " + file + " is damaged (" + why + "); it is ignored and "
                        + "everything is built"));
    }

    private static Map<Kind, Map<String, Stored>> empty() {
        Map<Kind, Map<String, Stored>> map = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            map.put(kind, Map.of());
        }
        return map;
    }

    /** The value of {@code key}, if the last build or this one kept it; it is then kept for the next build too. */
    public Optional<byte[]> get(Kind kind, String key) {
        Object made = added.get(kind).get(key);
        if (made != null) {
            try {
                return Optional.of(made(made));
            } catch (IOException e) {
                return Optional.empty(); // as if it were not there: the value is made again
            }
        }
        Stored where = old.get(kind).get(key);
        if (where == null) {
            return Optional.empty();
        }
        byte[] value;
        try {
            value = where.inline() != null ? where.inline().clone()
                    : read(file, valuesAt + where.position(), where.length());
        } catch (IOException e) {
            return Optional.empty(); // as if it were not there: the value is made again
        }
        if (where.inline() == null && crc(value) != where.crc()) {
            damaged.add(kind + " " + key);
            return Optional.empty(); // never trusted: the value is made again, and the next file holds that one
        }
        reused.get(kind).add(key);
        return Optional.of(value);
    }

    /**
     * What went wrong with the previous build's file that this build worked around: values whose checksum did not
     * match when they were read (each was made again).
     */
    public List<String> notices() {
        if (damaged.isEmpty()) {
            return List.of();
        }
        return List.of("warning: the build cache " + directory.resolve(FILE) + " is damaged (its checksum does not "
                + "match for " + damaged.size() + (damaged.size() == 1 ? " value" : " values")
                + "); what they held was made again");
    }

    private static int crc(byte[] value) {
        CRC32 crc = new CRC32();
        crc.update(value);
        return (int) crc.getValue();
    }

    /** A value this build made: in memory, or read back from the spill file. */
    private byte[] made(Object made) throws IOException {
        return made instanceof long[] where ? read(spill, where[0], (int) where[1]) : (byte[]) made;
    }

    private static byte[] read(FileChannel file, long at, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        long position = at;
        while (buffer.hasRemaining()) {
            int n = file.read(buffer, position);
            if (n < 0) {
                throw new EOFException();
            }
            position += n;
        }
        return buffer.array();
    }

    /** Keeps {@code value} under {@code key} for the next build. */
    public void put(Kind kind, String key, byte[] value) {
        FileChannel channel = spill();
        if (channel != null) {
            long position = spillEnd.getAndAdd(value.length);
            try {
                ByteBuffer buffer = ByteBuffer.wrap(value);
                for (long at = position; buffer.hasRemaining(); ) {
                    at += channel.write(buffer, at);
                }
                added.get(kind).put(key, new long[] {position, value.length, crc(value)});
                return;
            } catch (IOException e) {
                // kept in memory instead
            }
        }
        added.get(kind).put(key, value.clone());
    }

    /** The spill file, made on first use; null when it cannot be made (the values then stay in memory). */
    private synchronized FileChannel spill() {
        if (spill == null && !spillFailed) {
            try {
                Files.createDirectories(directory);
                spillPath = Files.createTempFile(directory, FILE, ".spill");
                spill = FileChannel.open(spillPath, StandardOpenOption.READ, StandardOpenOption.WRITE);
            } catch (IOException | RuntimeException e) {
                spillFailed = true;
                deleteSpill();
            }
        }
        return spill;
    }

    private void deleteSpill() {
        if (spillPath != null) {
            try {
                Files.deleteIfExists(spillPath);
            } catch (IOException e) {
                // a file in the build folder, which the next clean removes
            }
        }
    }

    /**
     * Notes that reading the source file {@code display} gave the {@link Kind#PARSED} entry {@code key}: a hash of
     * the file's kind, name and bytes, which with this cache's fingerprint determines its model record.
     */
    public void source(String display, String key) {
        sources.put(display, key);
    }

    /** The key of what reading the source file {@code display} gave in this build, when it is known. */
    public Optional<String> sourceKey(String display) {
        return Optional.ofNullable(sources.get(display));
    }

    /** What wrote this cache: the fingerprint of the running sitrep. */
    public String fingerprint() {
        return fingerprint;
    }

    /**
     * Writes what this build used and added, replacing the cache file atomically: a build that dies leaves the
     * previous file whole.
     *
     * @throws IOException when the cache folder cannot be written
     */
    public void save() throws IOException {
        if (unchanged()) {
            close(); // the file holds exactly what this build used: writing it again would give the same bytes
            return;
        }
        Files.createDirectories(directory);
        Path tmp = Files.createTempFile(directory, FILE, ".tmp");
        try {
            try (FileChannel target = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                // the index through a buffer, then its checksum, then the values straight into the file
                BufferedOutputStream buffered = new BufferedOutputStream(Channels.newOutputStream(target), 1 << 16);
                CRC32 crc = new CRC32();
                List<Region> values = writeIndex(new DataOutputStream(new CheckedOutputStream(buffered, crc)));
                new DataOutputStream(buffered).writeLong(crc.getValue());
                buffered.flush();
                copy(values, target);
            }
            try {
                Files.move(tmp, directory.resolve(FILE), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, directory.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
            close();
        }
    }

    /**
     * Writes the header and the index of the new file: what this build used and added, kind by kind in key order.
     * Returns where each value larger than {@link #INLINE} comes from, in the index's order.
     */
    private List<Region> writeIndex(DataOutputStream out) throws IOException {
        writeShort(out, MAGIC);
        out.writeInt(FORMAT);
        writeShort(out, fingerprint);
        List<Region> values = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            // the previous file's entries are in key order already: merged with this build's new ones, the file
            // stays in key order without sorting every key, and the kept values are copied in long runs
            Map<String, Object> made = added.get(kind);
            Set<String> used = reused.get(kind);
            List<Map.Entry<String, Stored>> kept = old.get(kind).entrySet().stream()
                    .filter(e -> used.contains(e.getKey()) && !made.containsKey(e.getKey()))
                    .toList();
            List<String> fresh = made.keySet().stream().sorted().toList();
            out.writeInt(kept.size() + fresh.size());
            int k = 0;
            int f = 0;
            while (k < kept.size() || f < fresh.size()) {
                if (f == fresh.size() || k < kept.size() && kept.get(k).getKey().compareTo(fresh.get(f)) < 0) {
                    Map.Entry<String, Stored> entry = kept.get(k++);
                    Stored where = entry.getValue();
                    index(out, entry.getKey(), where.length(), where.crc(), where.inline());
                    if (where.inline() == null) {
                        values.add(new Region(file, valuesAt + where.position(), where.length(), null));
                    }
                } else {
                    String key = fresh.get(f++);
                    Object value = made.get(key);
                    if (value instanceof long[] where) {
                        byte[] inline = where[1] <= INLINE ? read(spill, where[0], (int) where[1]) : null;
                        index(out, key, (int) where[1], (int) where[2], inline);
                        if (inline == null) {
                            values.add(new Region(spill, where[0], where[1], null));
                        }
                    } else {
                        byte[] bytes = (byte[]) value;
                        index(out, key, bytes.length, crc(bytes), bytes.length <= INLINE ? bytes : null);
                        if (bytes.length > INLINE) {
                            values.add(new Region(null, 0, bytes.length, bytes));
                        }
                    }
                }
            }
        }
        out.flush();
        return values;
    }

    /** One entry of the index: its key, its value's length and CRC-32, and the value itself when it is small. */
    private static void index(DataOutputStream out, String key, int length, int crc, byte[] inline)
            throws IOException {
        writeShort(out, key);
        out.writeInt(length);
        out.writeInt(crc);
        if (inline != null) {
            out.write(inline);
        }
    }

    /** Where a value of the new file comes from: a part of the old file or of the spill file, or memory. */
    private record Region(FileChannel from, long position, long length, byte[] bytes) {
    }

    /**
     * Appends the values to {@code target}: neighbouring parts of one file in one transfer, which the operating
     * system copies without them passing through the heap.
     */
    private static void copy(List<Region> values, FileChannel target) throws IOException {
        int i = 0;
        while (i < values.size()) {
            Region first = values.get(i++);
            if (first.bytes() != null) {
                writeFully(target, ByteBuffer.wrap(first.bytes()));
                continue;
            }
            long length = first.length();
            while (i < values.size() && values.get(i).from() == first.from()
                    && values.get(i).position() == first.position() + length) {
                length += values.get(i++).length();
            }
            for (long at = first.position(), left = length; left > 0; ) {
                long n = first.from().transferTo(at, left, target);
                if (n <= 0) {
                    throw new EOFException("the cache's previous file ended early");
                }
                at += n;
                left -= n;
            }
        }
    }

    private static void writeFully(FileChannel target, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            target.write(buffer);
        }
    }

    /** Whether this build made nothing new and used every entry of the previous file, which it then need not write. */
    private boolean unchanged() {
        if (file == null) {
            return false;
        }
        for (Kind kind : Kind.values()) {
            if (!added.get(kind).isEmpty() || reused.get(kind).size() != old.get(kind).size()) {
                return false;
            }
        }
        return true;
    }

    /** Lets go of the previous build's file and deletes this build's spill file; {@link #save} does so too. */
    public void close() {
        if (file != null) {
            try {
                file.close();
            } catch (IOException e) {
                // it was only read
            }
        }
        synchronized (this) {
            if (spill != null) {
                try {
                    spill.close();
                } catch (IOException e) {
                    // deleted below
                }
            }
            deleteSpill();
        }
    }

    /**
     * The hex MD5 of {@code parts}, each length-prefixed so that no two lists of parts share a hash.
     *
     * <p>A key only has to change when its inputs change. MD5 does that, and it is what this JDK hashes fastest
     * where Maven runs sitrep (without the C2 compiler: 390 MB/s against SHA-256's 121 MB/s, measured 2026-12-06),
     * which matters when a rebuild hashes every page model. Its known weakness, two crafted inputs with one hash,
     * gains an author nothing: the site would show the other of two texts they wrote, both of which went through
     * the same review and checks when they were built.
     */
    public static String hash(byte[]... parts) {
        MessageDigest digest = digest();
        for (byte[] part : parts) {
            digest.update(intBytes(part.length));
            digest.update(part);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** {@link #hash} of texts, as UTF-8. */
    public static String hash(String... parts) {
        byte[][] bytes = new byte[parts.length][];
        for (int i = 0; i < parts.length; i++) {
            bytes[i] = parts[i].getBytes(StandardCharsets.UTF_8);
        }
        return hash(bytes);
    }

    /** The hex hash of {@code prefix} and {@code values} written with {@link RecordCodec}, without holding the bytes. */
    public static String hashOf(String prefix, Object... values) {
        return hashOf(prefix, s -> null, values);
    }

    /**
     * {@link #hashOf(String, Object...)}, with each long string that {@code known} has a key for hashed as that key
     * (see {@link RecordCodec.Writer#Writer(DataOutputStream, java.util.function.Function)}).
     */
    public static String hashOf(String prefix, java.util.function.Function<String, String> known, Object... values) {
        MessageDigest digest = digest();
        digest.update(prefix.getBytes(StandardCharsets.UTF_8));
        // the buffer hands the digest a few kilobytes at a time; a page model of megabytes passes through it, and the
        // ten thousand small keys of a rebuild do not each allocate a large one
        try (DataOutputStream out = new DataOutputStream(new RecordCodec.Bytes(1 << 12, digest))) {
            RecordCodec.Writer writer = new RecordCodec.Writer(out, known);
            for (Object value : values) {
                writer.write(value);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot happen without a file", e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The digest of the cache's keys: a copy of one looked up once, which is cheaper than a lookup per key. */
    static MessageDigest digest() {
        try {
            return (MessageDigest) MD5.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's MD5 can be copied", e);
        }
    }

    private static final MessageDigest MD5 = md5();

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has MD5", e);
        }
    }

    /** A SHA-256 digest. */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** {@code value} written with {@link RecordCodec}. */
    public static byte[] encode(Object... values) {
        RecordCodec.Bytes bytes = new RecordCodec.Bytes(512);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            RecordCodec.Writer writer = new RecordCodec.Writer(out);
            for (Object value : values) {
                writer.write(value);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot happen in memory", e);
        }
        return bytes.toByteArray();
    }

    /** A reader of values written by {@link #encode}. */
    public static RecordCodec.Reader decoder(byte[] bytes) {
        return new RecordCodec.Reader(bytes);
    }

    private static byte[] intBytes(int v) {
        return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
    }

    private static void writeShort(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readShort(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 4096) {
            throw new IOException("a key of " + n + " bytes");
        }
        byte[] bytes = new byte[n];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
