package dev.sitrep.maven;

import dev.sitrep.CheckResult;
import dev.sitrep.Sitrep;
import dev.sitrep.SitrepOptions;
import dev.sitrep.finding.Finding;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.time.Instant;

/** Reads and checks the incident repository, printing every finding like a compiler. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public class CheckMojo extends AbstractMojo {

    /** The incident repository: sitrep.yaml and the incident folders. */
    @Parameter(property = "sitrep.sourceDirectory", defaultValue = "${project.basedir}/incidents")
    private File sourceDirectory;

    /** The project directory; finding paths are shown relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    private File basedir;

    /** The clock, as an ISO instant (2026-11-20T12:00:00Z); default: now. */
    @Parameter(property = "sitrep.now")
    private String now;

    @Override
    public void execute() throws MojoFailureException {
        Instant clock = now == null || now.isBlank() ? Instant.now() : Instant.parse(now);
        CheckResult result = Sitrep.check(new SitrepOptions(sourceDirectory.toPath(),
                basedir.toPath().resolve("target/site/status"), basedir.toPath(), clock));
        for (Finding f : result.findings()) {
            if (f.isError()) {
                getLog().error(f.format());
            } else {
                getLog().warn(f.format());
            }
        }
        getLog().info(result.summary());
        if (result.hasErrors()) {
            throw new MojoFailureException(result.summary());
        }
    }
}
