package dev.sitrep;

import java.util.Objects;

/**
 * The outcome of generating the site.
 *
 * @param check   the findings of reading and checking the source tree
 * @param written whether the site was written (not when the input has data errors)
 * @param files   how many files the site has (0 when not written)
 * @param bytes   their total size in bytes (0 when not written)
 * @param changed how many files of the output this run wrote, replaced or removed: all of them for a new site, the
 *                few an edit touches for a rebuild over the previous site
 */
public record GenerateResult(CheckResult check, boolean written, int files, long bytes, int changed) {

    /** A result that counts every file as changed. */
    public GenerateResult(CheckResult check, boolean written, int files, long bytes) {
        this(check, written, files, bytes, files);
    }

    public GenerateResult {
        Objects.requireNonNull(check, "check");
        if (!written && (files != 0 || bytes != 0 || changed != 0)) {
            throw new IllegalArgumentException("a site that was not written has no files");
        }
    }

    /** The result of a run that wrote nothing because the input has data errors. */
    public static GenerateResult notWritten(CheckResult check) {
        return new GenerateResult(check, false, 0, 0);
    }
}
