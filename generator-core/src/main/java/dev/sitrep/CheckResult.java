package dev.sitrep;

import dev.sitrep.finding.Finding;
import dev.sitrep.finding.FindingCounts;
import dev.sitrep.model.StatusRepository;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The outcome of reading and checking a source tree.
 *
 * @param findings   every finding, sorted by file, line and column
 * @param repository the model, when the configuration could be read
 * @param files      how many source files were read
 * @param notices    what the run says besides findings (a build cache that could not be used)
 */
public record CheckResult(List<Finding> findings, Optional<StatusRepository> repository, int files,
                          List<String> notices) implements FindingCounts {

    public CheckResult {
        findings = List.copyOf(findings);
        notices = List.copyOf(notices);
    }

    /** A result without notices. */
    public CheckResult(List<Finding> findings, Optional<StatusRepository> repository, int files) {
        this(findings, repository, files, List.of());
    }

    /** One line: {@code sitrep: 42 files checked, 1 error, 3 warnings}. */
    public String summary() {
        int incidents = repository.map(r -> r.incidents().size()).orElse(0);
        return String.format(Locale.ROOT, "sitrep: %d %s read (%d %s), %s, %s", files, plural(files, "file"),
                incidents, plural(incidents, "incident"), count(errors(), "error"), count(warnings(), "warning"));
    }

    private static String count(long n, String word) {
        return (n == 0 ? "no" : Long.toString(n)) + " " + plural(n, word);
    }

    private static String plural(long n, String word) {
        return n == 1 ? word : word + "s";
    }
}
