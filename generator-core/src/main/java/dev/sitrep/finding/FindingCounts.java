package dev.sitrep.finding;

import java.util.List;

/** Counts of a run's findings, for the results that carry them. */
public interface FindingCounts {

    /** Every finding, sorted by file, line and column. */
    List<Finding> findings();

    default long errors() {
        return findings().stream().filter(Finding::isError).count();
    }

    default long warnings() {
        return findings().stream().filter(f -> f.level() == Level.WARNING).count();
    }

    /** How many errors are data errors: files that cannot be understood, which stop {@code generate}. */
    default long dataErrors() {
        return findings().stream().filter(Finding::isDataError).count();
    }

    default boolean hasErrors() {
        return findings().stream().anyMatch(Finding::isError);
    }

    /** Whether a data error (not a policy finding) makes the input unusable for a site. */
    default boolean hasDataErrors() {
        return findings().stream().anyMatch(Finding::isDataError);
    }
}
