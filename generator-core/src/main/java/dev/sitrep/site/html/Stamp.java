package dev.sitrep.site.html;

import java.util.Objects;

/**
 * A point in time or a date as the page shows it, and its ISO form for {@code <time datetime>}; both empty when absent.
 */
public record Stamp(String display, String iso) {

    /** The stamp of a time that is not known. */
    public static final Stamp NONE = new Stamp("", "");

    public Stamp {
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(iso, "iso");
    }
}
