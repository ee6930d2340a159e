package dev.sitrep.model;

import java.util.Objects;

/**
 * A heading of a postmortem: its plain text, level (1-6), where it stands, and whether anything but blank lines
 * follows it before the next heading of the same or a higher level.
 */
public record Section(String heading, int level, Location location, boolean hasContent) {

    public Section {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(location, "location");
    }
}
