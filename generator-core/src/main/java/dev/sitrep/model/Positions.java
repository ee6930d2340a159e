package dev.sitrep.model;

import java.util.Map;
import java.util.Objects;

/**
 * Where each value of one parsed document stands in its file, by JSON pointer ({@code /updates/2/at}).
 *
 * <p>Rules that work on the model use it to point a finding at the exact line: {@link #of} gives the
 * value's position, {@link #key} the position of the key that introduces it. A pointer that is not
 * in the index falls back to its nearest ancestor, and finally to the start of the document.
 */
public record Positions(Location start, Map<String, Location> values, Map<String, Location> keys) {

    public Positions {
        Objects.requireNonNull(start, "start");
        values = Map.copyOf(values);
        keys = Map.copyOf(keys);
    }

    /** Positions of a document about which nothing is known but its file. */
    public static Positions none(String file) {
        return new Positions(Location.startOf(file), Map.of(), Map.of());
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
        Location key = keys.get(pointer);
        return key != null ? key : lookup(values, pointer);
    }

    private Location lookup(Map<String, Location> index, String pointer) {
        String p = pointer;
        while (true) {
            Location found = index.get(p);
            if (found != null) {
                return found;
            }
            Location key = keys.get(p);
            if (key != null) {
                return key;
            }
            if (p.isEmpty()) {
                return start;
            }
            int slash = p.lastIndexOf('/');
            p = slash <= 0 ? "" : p.substring(0, slash);
        }
    }
}
