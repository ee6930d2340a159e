package dev.sitrep.maven;

import dev.sitrep.CheckResult;
import dev.sitrep.finding.Finding;
import dev.sitrep.report.GithubAnnotations;
import dev.sitrep.report.TextReport;
import org.apache.maven.plugin.logging.Log;

import java.util.function.Consumer;

/**
 * Prints the findings of a run, shared by both goals: each finding as {@code path:line:col: error: message}
 * through the Maven log (errors at error level, warnings at warning level), on GitHub Actions also each
 * finding as a workflow annotation, then the one-line summary.
 *
 * <p>Annotations go to standard output raw: GitHub only reads a workflow command that starts its line, and
 * the Maven log would put {@code [ERROR]} before it.
 */
final class FindingReporter {

    private final Log log;
    private final Consumer<String> stdout;
    private final CiEnvironment ci;

    FindingReporter(Log log, Consumer<String> stdout, CiEnvironment ci) {
        this.log = log;
        this.stdout = stdout;
        this.ci = ci;
    }

    void report(CheckResult result) {
        for (Finding finding : result.findings()) {
            if (finding.isError()) {
                log.error(TextReport.line(finding));
            } else {
                log.warn(TextReport.line(finding));
            }
        }
        if (ci.githubActions()) {
            GithubAnnotations.commands(result.findings(), ci.paths()).forEach(stdout);
        }
        log.info(result.summary());
    }
}
