package dev.sitrep.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where each value of one parsed document stands in its file, by JSON pointer ({@code /updates/2/at}).
 *
 * <p>Rules that work on the model use it to point a finding at the exact line: {@link #of} gives the
 * value's position, {@link #key} the position of the key that introduces it. A pointer that is not
 * in the index falls back to its nearest ancestor, and finally to the start of the document.
 *
 * <p>Every document of a repository keeps its positions for as long as the run lasts, so they are stored compactly:
 * one array of pointers (which a reader can share between documents: every incident has a {@code /updates/0/at})
 * and the line and column of each key and value packed into one {@code long}, with a {@link Location} made only when
 * a rule asks.
 */
public final class Positions {

    private static final long ABSENT = -1L;

    private final Location start;
    private final String[] pointers;
    private final long[] values;
    private final long[] keys;

    private Positions(Location start, String[] pointers, long[] values, long[] keys) {
        this.start = Objects.requireNonNull(start, "start");
        this.pointers = pointers;
        this.values = values;
        this.keys = keys;
    }

    /**
     * The positions as plain data, in the order they were recorded: for storing them (the build cache) and
     * {@link #of(Data)} to get them back. Lines and columns are packed as {@link Builder} packs them.
     */
    public record Data(Location start, List<String> pointers, long[] values, long[] keys) {

        public Data {
            Objects.requireNonNull(start, "start");
            pointers = List.copyOf(pointers);
            values = values.clone();
            keys = keys.clone();
            if (values.length != pointers.size() || keys.length != pointers.size()) {
                throw new IllegalArgumentException("positions of different lengths");
            }
        }
    }

    /** These positions as plain data. */
    public Data data() {
        return new Data(start, Arrays.asList(pointers), values, keys);
    }

    /** Positions from their plain data. */
    public static Positions of(Data data) {
        return new Positions(data.start(), data.pointers().toArray(new String[0]), data.values().clone(),
                data.keys().clone());
    }

    /** Positions of a document about which nothing is known but its file. */
    public static Positions none(String file) {
        return new Positions(Location.startOf(file), new String[0], new long[0], new long[0]);
    }

    /** A builder for the positions of a document that starts at {@code start}. */
    public static Builder builder(Location start) {
        return new Builder(start);
    }

    /** One mapping key as a JSON-pointer token: {@code ~} and {@code /} escaped ({@code a/b} is {@code a~1b}). */
    public static String token(String key) {
        if (key.indexOf('~') < 0 && key.indexOf('/') < 0) {
            return key;
        }
        return key.replace("~", "~0").replace("/", "~1");
    }

    /** Where the document starts: its file, and the line its first value can stand on. */
    public Location start() {
        return start;
    }

    /** The file these positions are in. */
    public String file() {
        return start.file();
    }

    /** Where the value at {@code pointer} starts, or its nearest known ancestor. */
    public Location of(String pointer) {
        return lookup(values, pointer);
    }

    /** Where the key of the value at {@code pointer} stands (for arrays: the element), or the nearest known ancestor. */
    public Location key(String pointer) {
        int i = indexOf(pointer, keys);
        return i >= 0 ? location(keys[i]) : lookup(values, pointer);
    }

    /** Whether the document has a key (or list element) at exactly {@code pointer}. */
    public boolean hasKey(String pointer) {
        return indexOf(pointer, keys) >= 0;
    }

    /** Every value's position by pointer, in document order. */
    public Map<String, Location> values() {
        return map(values);
    }

    /** Every key's (or list element's) position by pointer, in document order. */
    public Map<String, Location> keys() {
        return map(keys);
    }

    private Map<String, Location> map(long[] packed) {
        Map<String, Location> map = new LinkedHashMap<>();
        for (int i = 0; i < pointers.length; i++) {
            if (packed[i] != ABSENT) {
                map.putIfAbsent(pointers[i], location(packed[i]));
            }
        }
        return Collections.unmodifiableMap(map);
    }

    private Location lookup(long[] index, String pointer) {
        String p = pointer;
        while (true) {
            int i = indexOf(p, index);
            if (i >= 0) {
                return location(index[i]);
            }
            int k = indexOf(p, keys);
            if (k >= 0) {
                return location(keys[k]);
            }
            if (p.isEmpty()) {
                return start;
            }
            int slash = p.lastIndexOf('/');
            p = slash <= 0 ? "" : p.substring(0, slash);
        }
    }

    /** The first entry for {@code pointer} that has a position in {@code packed}; -1 when there is none. */
    private int indexOf(String pointer, long[] packed) {
        int hash = pointer.hashCode();
        for (int i = 0; i < pointers.length; i++) {
            String p = pointers[i];
            if (packed[i] != ABSENT && (p == pointer || p.hashCode() == hash && p.equals(pointer))) {
                return i;
            }
        }
        return -1;
    }

    private Location location(long packed) {
        return location(start.file(), packed);
    }

    private static Location location(String file, long packed) {
        return new Location(file, (int) (packed >>> 32), (int) packed);
    }

    private static long pack(int line, int column) {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
        }
        return (long) line << 32 | column;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Positions other && start.equals(other.start) && values().equals(other.values())
                && keys().equals(other.keys());
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, values(), keys());
    }

    @Override
    public String toString() {
        return "Positions[start=" + start + ", values=" + values() + ", keys=" + keys() + "]";
    }

    /**
     * Collects the positions of one document as a reader walks it. A value usually follows its key at once (a
     * mapping's key, then its value; a list element, then its value), and then shares the key's entry.
     */
    public static final class Builder {
        private final Location start;
        private String[] pointers = new String[32];
        private long[] values = new long[32];
        private long[] keys = new long[32];
        private int size;

        private Builder(Location start) {
            this.start = Objects.requireNonNull(start, "start");
        }

        /** Records the position of the key (or list element) of the value at {@code pointer}. */
        public Builder key(String pointer, int line, int column) {
            append(pointer, ABSENT, pack(line, column));
            return this;
        }

        /** Records where the value at {@code pointer} starts. */
        public Builder value(String pointer, int line, int column) {
            long at = pack(line, column);
            int last = size - 1;
            if (last >= 0 && values[last] == ABSENT && pointers[last].equals(pointer)) {
                values[last] = at;
            } else {
                append(pointer, at, ABSENT);
            }
            return this;
        }

        /** The position of the key at exactly {@code pointer}, when one was recorded. */
        public Optional<Location> keyAt(String pointer) {
            for (int i = 0; i < size; i++) {
                if (keys[i] != ABSENT && pointers[i].equals(pointer)) {
                    return Optional.of(location(start.file(), keys[i]));
                }
            }
            return Optional.empty();
        }

        private void append(String pointer, long value, long key) {
            if (size == pointers.length) {
                int grown = size * 2;
                pointers = Arrays.copyOf(pointers, grown);
                values = Arrays.copyOf(values, grown);
                keys = Arrays.copyOf(keys, grown);
            }
            pointers[size] = Objects.requireNonNull(pointer, "pointer");
            values[size] = value;
            keys[size] = key;
            size++;
        }

        /** The positions, trimmed to what was recorded. */
        public Positions build() {
            return new Positions(start, Arrays.copyOf(pointers, size), Arrays.copyOf(values, size),
                    Arrays.copyOf(keys, size));
        }
    }
}
