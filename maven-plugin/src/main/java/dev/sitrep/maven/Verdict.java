package dev.sitrep.maven;

import dev.sitrep.finding.FindingCounts;

import java.util.Locale;
import java.util.Optional;

/** Whether a run fails the build, and the one line that says why. */
final class Verdict {

    private static final String FIX = "; fix the findings listed above";

    private Verdict() {
    }

    /** {@code check} fails on any error, and with {@code failOnWarning} on any warning. */
    static Optional<String> check(FindingCounts result, boolean failOnWarning) {
        if (result.hasErrors()) {
            return Optional.of("sitrep check failed: " + counts(result) + FIX);
        }
        if (failOnWarning && result.warnings() > 0) {
            return Optional.of("sitrep check failed: " + counts(result) + ", and " + SitrepProperties.FAIL_ON_WARNING
                    + " is true" + FIX);
        }
        return Optional.empty();
    }

    /**
     * {@code generate} fails only on data errors: a site can be built from files that break a deadline, and
     * it shows such an overdue postmortem. With {@code failOnWarning} any other finding fails it too.
     */
    static Optional<String> generate(FindingCounts result, boolean failOnWarning) {
        long dataErrors = result.dataErrors();
        if (dataErrors > 0) {
            return Optional.of("sitrep generate failed: " + count(dataErrors, "data error")
                    + " in the incident files, so no site was written" + FIX);
        }
        if (failOnWarning && !result.findings().isEmpty()) {
            return Optional.of("sitrep generate failed: " + counts(result) + ", and " + SitrepProperties.FAIL_ON_WARNING
                    + " is true" + FIX);
        }
        return Optional.empty();
    }

    private static String counts(FindingCounts result) {
        long errors = result.errors();
        long warnings = result.warnings();
        if (errors == 0) {
            return count(warnings, "warning");
        }
        return warnings == 0 ? count(errors, "error") : count(errors, "error") + " and " + count(warnings, "warning");
    }

    private static String count(long n, String word) {
        return String.format(Locale.ROOT, "%d %s", n, n == 1 ? word : word + "s");
    }
}
