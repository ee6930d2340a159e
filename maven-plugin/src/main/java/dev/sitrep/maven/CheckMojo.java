package dev.sitrep.maven;

import dev.sitrep.SitrepException;
import dev.sitrep.SitrepOptions;
import dev.sitrep.report.SarifTarget;
import dev.sitrep.worker.Goal;
import dev.sitrep.worker.Outcome;
import dev.sitrep.worker.Request;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.time.Instant;

/**
 * Reads and checks the incident repository and prints every finding like a compiler,
 * {@code path:line:col: error|warning: message}, then a one-line summary. Writes a SARIF 2.1.0 report to
 * {@code target/sitrep/findings.sarif}; on GitHub Actions also prints each finding as a workflow annotation.
 * Fails the build on any error (and, with {@code sitrep.failOnWarning}, on any warning).
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractSitrepMojo {

    /**
     * Pull-request mode: a git ref (such as {@code origin/main}) that the change is measured against. Policy
     * errors in files the change does not touch are printed as warnings; data errors anywhere still fail.
     */
    @Parameter(property = SitrepProperties.CHANGED_SINCE)
    private String changedSince;

    /** The site folder, which {@code check} never writes but the run's options name. */
    @Parameter(defaultValue = SitrepProperties.DEFAULT_OUTPUT_DIRECTORY, readonly = true, required = true)
    private File siteDirectory;

    /** The SARIF report of the findings. */
    @Parameter(defaultValue = SitrepProperties.SARIF_FILE, readonly = true, required = true)
    private File sarifFile;

    /** This plugin's version, named in the SARIF report. */
    @Parameter(defaultValue = "${plugin.version}", readonly = true, required = true)
    private String pluginVersion;

    @Override
    protected void run(Instant clock) throws MojoFailureException {
        SitrepOptions options = new SitrepOptions(sourceDirectory.toPath(), siteDirectory.toPath(),
                basedir.toPath(), clock);
        if (changedSince != null && !changedSince.isBlank()) {
            options = options.withChangedSince(changedSince.strip());
        }
        GithubEnvironment github = github();
        // the run writes the report where it runs (the worker JVM, by default): Maven's JVM need not load Jackson's
        // data binder for it
        Outcome result = run(new Request(Goal.CHECK, options)
                .withSarif(new SarifTarget(sarifFile.toPath(), github.paths(), pluginVersion)));
        report(result, github);
        if (result.sarifFailure().isPresent()) { // after the findings, as when this JVM wrote the report
            throw new SitrepException(result.sarifFailure().get());
        }
        getLog().info("sitrep: SARIF report written to " + basedir.toPath().relativize(sarifFile.toPath().toAbsolutePath()));
        fail(Verdict.check(result, failOnWarning));
    }
}
