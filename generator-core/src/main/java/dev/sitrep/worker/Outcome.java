package dev.sitrep.worker;

import dev.sitrep.CheckResult;
import dev.sitrep.GenerateResult;
import dev.sitrep.finding.Finding;
import dev.sitrep.finding.FindingCounts;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a host needs to know of a run, without the model: the findings to print, the one-line summary, for
 * {@code generate} whether and how much it wrote, and whether a SARIF report it asked for could not be written.
 * Small enough to cross from a worker JVM to the host.
 *
 * @param findings     every finding, sorted by file, line and column
 * @param summary      the one line that closes the report, {@link CheckResult#summary()}
 * @param written      whether a site was written ({@code false} for {@code check})
 * @param files        how many files the site has (0 when not written)
 * @param bytes        their total size in bytes (0 when not written)
 * @param sarifFailure why the SARIF report the host asked for could not be written; empty when it was written or
 *                     not asked for. It travels with the findings, so that the host prints them before it fails.
 */
public record Outcome(List<Finding> findings, String summary, boolean written, int files, long bytes,
                      Optional<String> sarifFailure) implements FindingCounts {

    public Outcome {
        findings = List.copyOf(findings);
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(sarifFailure, "sarifFailure");
        if (!written && (files != 0 || bytes != 0)) {
            throw new IllegalArgumentException("a site that was not written has no files");
        }
    }

    /** An outcome without a SARIF failure. */
    public Outcome(List<Finding> findings, String summary, boolean written, int files, long bytes) {
        this(findings, summary, written, files, bytes, Optional.empty());
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

    /** The same outcome, with a SARIF report that could not be written for the reason {@code failure}. */
    public Outcome withSarifFailure(String failure) {
        return new Outcome(findings, summary, written, files, bytes, Optional.of(failure));
    }
}
