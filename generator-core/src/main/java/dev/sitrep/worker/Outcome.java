package dev.sitrep.worker;

import dev.sitrep.CheckResult;
import dev.sitrep.GenerateResult;
import dev.sitrep.finding.Finding;
import dev.sitrep.finding.FindingCounts;

import java.util.List;
import java.util.Objects;

/**
 * What a host needs to know of a run, without the model: the findings to print, the one-line summary, and for
 * {@code generate} whether and how much it wrote. Small enough to cross from a worker JVM to the host.
 *
 * @param findings every finding, sorted by file, line and column
 * @param summary  the one line that closes the report, {@link CheckResult#summary()}
 * @param written  whether a site was written ({@code false} for {@code check})
 * @param files    how many files the site has (0 when not written)
 * @param bytes    their total size in bytes (0 when not written)
 */
public record Outcome(List<Finding> findings, String summary, boolean written, int files, long bytes)
        implements FindingCounts {

    public Outcome {
        findings = List.copyOf(findings);
        Objects.requireNonNull(summary, "summary");
        if (!written && (files != 0 || bytes != 0)) {
            throw new IllegalArgumentException("a site that was not written has no files");
        }
    }

    /** The outcome of {@code check}. */
    public static Outcome of(CheckResult result) {
        return new Outcome(result.findings(), result.summary(), false, 0, 0);
    }

    /** The outcome of {@code generate}. */
    public static Outcome of(GenerateResult result) {
        return new Outcome(result.check().findings(), result.check().summary(), result.written(), result.files(),
                result.bytes());
    }
}
