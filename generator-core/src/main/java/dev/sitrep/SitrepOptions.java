package dev.sitrep;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * What one run of sitrep works on.
 *
 * @param sourceDirectory the incident repository ({@code sitrep.yaml} and the incident folders)
 * @param outputDirectory where the site is written
 * @param baseDirectory   paths in findings are shown relative to this folder (the project directory)
 * @param now             the clock every deadline and status is measured against
 */
public record SitrepOptions(Path sourceDirectory, Path outputDirectory, Path baseDirectory, Instant now) {

    public SitrepOptions {
        Objects.requireNonNull(sourceDirectory, "sourceDirectory");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        Objects.requireNonNull(now, "now");
    }
}
