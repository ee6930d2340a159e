package dev.sitrep.report;

import dev.sitrep.finding.Finding;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where a SARIF report of a run's findings goes, with everything the report needs besides the findings. A host asks
 * for a report with one, and whichever JVM runs the goal writes it ({@link #write}), so the host's JVM need not load
 * the JSON data binder just to render the report.
 *
 * @param file        the report file; its folder is created
 * @param paths       where the project lies in its repository (the report's paths are relative to the root)
 * @param toolVersion the sitrep version the report names
 */
public record SarifTarget(Path file, RepositoryPaths paths, String toolVersion) {

    public SarifTarget {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(paths, "paths");
        Objects.requireNonNull(toolVersion, "toolVersion");
    }

    /**
     * Writes the report of {@code findings}, as {@link SarifReport#write} does.
     *
     * @throws dev.sitrep.SitrepException when the file cannot be written
     */
    public void write(List<Finding> findings) {
        SarifReport.write(file, findings, paths, toolVersion);
    }
}
