package dev.sitrep.maven;

import dev.sitrep.SitrepException;
import org.apache.maven.plugin.MojoExecutionException;

/** How a failure that is not the input's fault reaches the user: an I/O or configuration failure, or a bug. */
final class Failures {

    private Failures() {
    }

    /** The Maven error for an unchecked failure of the core: its own words for a {@link SitrepException}. */
    static MojoExecutionException of(RuntimeException e) {
        if (e instanceof SitrepException) {
            return new MojoExecutionException("sitrep could not finish: " + e.getMessage(), e);
        }
        return new MojoExecutionException("sitrep failed unexpectedly, which is a bug in sitrep, not a problem "
                + "in the incident files (run with -e for the stack trace): " + e, e);
    }
}
