package dev.sitrep.git;

import java.time.Instant;
import java.util.Objects;

/**
 * The commit in which a postmortem first appears as published.
 *
 * @param commit the abbreviated commit id
 * @param time   the commit time (when the change entered the repository)
 */
public record Publication(String commit, Instant time) {

    public Publication {
        Objects.requireNonNull(commit, "commit");
        Objects.requireNonNull(time, "time");
    }
}
