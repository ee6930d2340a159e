package dev.sitrep.site.html;

import java.util.Objects;

/** One of an incident's milestones (started, detected, ...), {@link Stamp#NONE} when not recorded. */
public record TimeRow(String label, Stamp at) {

    public TimeRow {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(at, "at");
    }
}
