package dev.sitrep.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.sitrep.finding.Finding;
import dev.sitrep.finding.Rule;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Findings as a GitLab Code Quality report: the Code Climate JSON array that GitLab's merge-request widget and
 * pipeline tab read from a job's {@code artifacts:reports:codequality}.
 *
 * <p>Each finding is one Code Climate issue with its rule's code as {@code check_name}, the message as
 * {@code description}, a
 * severity (a data error, which stops the site from being published, is {@code critical}; another error
 * {@code major}; a warning {@code minor}), the path relative to the repository root (as GitLab resolves it) and
 * the line. The fingerprint is a SHA-256 of the rule, the path and the message, without the line, so that GitLab
 * sees a finding as the same one when lines above it move; identical findings in one file are told apart by their
 * order. The report is written with Jackson from records and is deterministic: findings sorted, {@code \n} line
 * endings.
 */
public final class CodeQualityReport {

    /** Where {@code check} writes the report, relative to the build directory. */
    public static final String FILE_NAME = "gl-code-quality-report.json";

    private CodeQualityReport() {
    }

    /**
     * Writes the report of {@code findings} to {@code file}, creating its folder.
     *
     * @throws dev.sitrep.SitrepException when the file cannot be written
     */
    public static void write(Path file, List<Finding> findings, RepositoryPaths paths) {
        ReportFiles.write(file, issues(findings, paths), "GitLab Code Quality report");
    }

    /** The report of {@code findings} as JSON text, ending with a line break: what {@link #write} writes. */
    public static String render(List<Finding> findings, RepositoryPaths paths) {
        try {
            return ReportFiles.WRITER.writeValueAsString(issues(findings, paths)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the Code Quality records cannot be serialised", e);
        }
    }

    private static List<Issue> issues(List<Finding> findings, RepositoryPaths paths) {
        List<Issue> issues = new ArrayList<>(findings.size());
        Map<String, Integer> seen = new HashMap<>();
        for (Finding finding : findings.stream().sorted().toList()) {
            String file = finding.location().file();
            String path = paths.fromRoot(file).orElse(file);
            String identity = finding.rule().code() + '\n' + path + '\n' + finding.message();
            int occurrence = seen.merge(identity, 1, Integer::sum);
            issues.add(new Issue("issue", finding.rule().code(), finding.message(), List.of(category(finding)),
                    new IssueLocation(path, new Lines(finding.location().line())), severity(finding),
                    fingerprint(identity + '\n' + occurrence)));
        }
        return issues;
    }

    /** GitLab's severity of a finding: info, minor, major, critical or blocker. */
    static String severity(Finding finding) {
        if (finding.isDataError()) {
            return "critical";
        }
        return finding.isError() ? "major" : "minor";
    }

    /** The Code Climate category: a data rule is a bug risk (it stops publishing), a policy rule a matter of clarity. */
    static String category(Finding finding) {
        return finding.rule().kind() == Rule.Kind.DATA ? "Bug Risk" : "Clarity";
    }

    private static String fingerprint(String identity) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(identity.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    // The Code Climate issue, as much of it as GitLab reads.

    record Issue(String type, @JsonProperty("check_name") String checkName, String description,
                 List<String> categories, IssueLocation location, String severity, String fingerprint) {
    }

    record IssueLocation(String path, Lines lines) {
    }

    record Lines(int begin) {
    }
}
