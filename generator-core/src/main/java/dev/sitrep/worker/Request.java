package dev.sitrep.worker;

import dev.sitrep.SitrepOptions;
import dev.sitrep.report.SarifTarget;

import java.util.Objects;
import java.util.Optional;

/**
 * What a host asks of a run: a goal, the options it runs with, and optionally a SARIF report of its findings, which
 * the run writes wherever it runs (in a worker JVM, or in the host's).
 *
 * @param goal    check, or also generate the site
 * @param options what the goal works on
 * @param sarif   where to write a SARIF report of the findings, if anywhere
 */
public record Request(Goal goal, SitrepOptions options, Optional<SarifTarget> sarif) {

    public Request {
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(sarif, "sarif");
    }

    /** A request without a SARIF report. */
    public Request(Goal goal, SitrepOptions options) {
        this(goal, options, Optional.empty());
    }

    /** The same request, also writing a SARIF report to {@code target}. */
    public Request withSarif(SarifTarget target) {
        return new Request(goal, options, Optional.of(target));
    }
}
