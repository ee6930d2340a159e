package dev.sitrep.maven;

import dev.sitrep.GenerateResult;
import dev.sitrep.Sitrep;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

/**
 * Checks the incident repository, prints every finding like {@code check}, then writes the static status site
 * to {@code outputDirectory}. Fails only on data errors (files that cannot be understood); policy findings such
 * as an overdue postmortem are printed and shown on the site. Its default phase is {@code site}, so
 * {@code mvn site} generates the site wherever the goal is declared.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class GenerateMojo extends AbstractSitrepMojo {

    /**
     * Where the site is written. Files sitrep wrote there before and no longer writes are removed; the folder
     * must not be, contain or lie inside {@code sourceDirectory}.
     */
    @Parameter(property = SitrepProperties.OUTPUT_DIRECTORY, defaultValue = SitrepProperties.DEFAULT_OUTPUT_DIRECTORY,
            required = true)
    private File outputDirectory;

    @Override
    protected void run(Instant clock) throws MojoFailureException {
        GenerateResult result = Sitrep.generate(options(outputDirectory, clock));
        report(result.check(), ci());
        if (result.written()) {
            Path site = outputDirectory.toPath().toAbsolutePath();
            Path index = site.resolve("index.html");
            getLog().info(String.format(Locale.ROOT, "sitrep: status site written to %s (%d files, %,d bytes; %d %s)",
                    Files.isRegularFile(index) ? index : site, result.files(), result.bytes(), result.changed(),
                    result.changed() == 1 ? "file changed" : "files changed"));
        }
        fail(Verdict.generate(result.check(), failOnWarning));
        if (!result.written()) {
            throw new MojoFailureException("sitrep generate wrote no site; fix the findings listed above");
        }
    }
}
