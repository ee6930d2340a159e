package dev.sitrep.maven;

import dev.sitrep.CheckResult;
import dev.sitrep.Sitrep;
import dev.sitrep.SitrepOptions;
import dev.sitrep.report.CodeQualityReport;
import dev.sitrep.report.SarifReport;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Reads and checks the incident repository and prints every finding like a compiler,
 * {@code path:line:col: error|warning: message}, then a one-line summary. Writes a SARIF 2.1.0 report to
 * {@code target/sitrep/findings.sarif} (for GitHub code scanning) and a Code Quality report to
 * {@code target/sitrep/gl-code-quality-report.json} (for GitLab merge requests); on GitHub Actions also prints each
 * finding as a workflow annotation. Fails the build on any error (and, with {@code sitrep.failOnWarning}, on any
 * warning).
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

    /** The GitLab Code Quality report of the findings. */
    @Parameter(defaultValue = SitrepProperties.CODE_QUALITY_FILE, readonly = true, required = true)
    private File codeQualityFile;

    /** This plugin's version, named in the SARIF report. */
    @Parameter(defaultValue = "${plugin.version}", readonly = true, required = true)
    private String pluginVersion;

    @Override
    protected void run(Instant clock) throws MojoFailureException {
        SitrepOptions options = options(siteDirectory, clock);
        if (changedSince != null && !changedSince.isBlank()) {
            options = options.withChangedSince(changedSince.strip());
        }
        CiEnvironment ci = ci();
        CheckResult result = Sitrep.check(options);
        report(result, ci);
        // after the findings: a report that cannot be written fails the build below them
        SarifReport.write(sarifFile.toPath(), result.findings(), ci.paths(), pluginVersion);
        CodeQualityReport.write(codeQualityFile.toPath(), result.findings(), ci.paths());
        getLog().info("sitrep: reports written to " + relative(sarifFile) + " (SARIF) and " + relative(codeQualityFile)
                + " (GitLab Code Quality)");
        fail(Verdict.check(result, failOnWarning));
    }

    private Path relative(File file) {
        return basedir.toPath().toAbsolutePath().relativize(file.toPath().toAbsolutePath());
    }
}
