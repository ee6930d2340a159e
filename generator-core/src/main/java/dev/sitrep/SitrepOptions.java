package dev.sitrep;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What one run of sitrep works on.
 *
 * @param sourceDirectory the incident repository ({@code sitrep.yaml} and the incident folders)
 * @param outputDirectory where the site is written
 * @param baseDirectory   paths in findings are shown relative to this folder (the project directory)
 * @param now             the clock every deadline and status is measured against
 * @param changedSince    pull-request mode: a git ref; policy errors in files the change does not touch become
 *                        warnings
 * @param cacheDirectory  where sitrep keeps what it needs between builds, so that a rebuild reads and renders only
 *                        what changed; none: every build starts from nothing
 */
public record SitrepOptions(Path sourceDirectory, Path outputDirectory, Path baseDirectory, Instant now,
                            Optional<String> changedSince, Optional<Path> cacheDirectory) {

    /** Options without pull-request mode and without a cache. */
    public SitrepOptions(Path sourceDirectory, Path outputDirectory, Path baseDirectory, Instant now) {
        this(sourceDirectory, outputDirectory, baseDirectory, now, Optional.empty(), Optional.empty());
    }

    /** Options without a cache. */
    public SitrepOptions(Path sourceDirectory, Path outputDirectory, Path baseDirectory, Instant now,
                         Optional<String> changedSince) {
        this(sourceDirectory, outputDirectory, baseDirectory, now, changedSince, Optional.empty());
    }

    public SitrepOptions {
        Objects.requireNonNull(sourceDirectory, "sourceDirectory");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(changedSince, "changedSince");
        Objects.requireNonNull(cacheDirectory, "cacheDirectory");
    }

    /** The same options in pull-request mode against {@code ref}. */
    public SitrepOptions withChangedSince(String ref) {
        return new SitrepOptions(sourceDirectory, outputDirectory, baseDirectory, now, Optional.of(ref),
                cacheDirectory);
    }

    /** The same options with the build cache in {@code directory}. */
    public SitrepOptions withCache(Path directory) {
        return new SitrepOptions(sourceDirectory, outputDirectory, baseDirectory, now, changedSince,
                Optional.of(directory));
    }
}
