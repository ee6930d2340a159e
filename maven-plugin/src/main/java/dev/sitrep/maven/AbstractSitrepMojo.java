package dev.sitrep.maven;

import dev.sitrep.CheckResult;
import dev.sitrep.SitrepOptions;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * What both goals share: the parameters every run needs, skipping, the clock, printing findings, and turning
 * failures into Maven's two kinds: bad input is a {@link MojoFailureException} (the build fails with the
 * findings above it), anything else a {@link MojoExecutionException} (I/O or a bug in sitrep).
 */
abstract class AbstractSitrepMojo extends AbstractMojo {

    /**
     * The incident repository: the folder holding {@code sitrep.yaml}, the incident folders and
     * {@code maintenance/}.
     */
    @Parameter(property = SitrepProperties.SOURCE_DIRECTORY, defaultValue = SitrepProperties.DEFAULT_SOURCE_DIRECTORY,
            required = true)
    protected File sourceDirectory;

    /**
     * The clock every deadline, target and status is measured against, as an ISO-8601 instant with an offset,
     * e.g. {@code 2026-11-20T12:00:00Z}. Pin it to make a run repeatable; by default it is the time the build
     * started.
     */
    @Parameter(property = SitrepProperties.NOW)
    protected String now;

    /**
     * Where sitrep keeps what it needs between builds (the files it parsed, the pages it rendered), so that a rebuild
     * reads and renders only what changed. Keep it between CI runs to publish an update in seconds; delete it any
     * time. A damaged cache, or one of another sitrep version, is ignored with a warning.
     */
    @Parameter(property = SitrepProperties.CACHE_DIRECTORY, defaultValue = SitrepProperties.DEFAULT_CACHE_DIRECTORY)
    protected File cacheDirectory;

    /** Whether warnings (and, for {@code generate}, policy errors) fail the build too. */
    @Parameter(property = SitrepProperties.FAIL_ON_WARNING, defaultValue = "false")
    protected boolean failOnWarning;

    /** Whether to skip the goal. */
    @Parameter(property = SitrepProperties.SKIP, defaultValue = "false")
    protected boolean skip;

    /** The project directory: paths in findings are shown relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    protected File basedir;

    /** When the build started: the default clock, the same for every module of the build. */
    @Parameter(defaultValue = "${session.request.startTime}", readonly = true)
    protected Date buildStartTime;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("sitrep: skipped because " + SitrepProperties.SKIP + " is true");
            return;
        }
        Instant clock = Clock.of(now, Optional.ofNullable(buildStartTime));
        try {
            run(clock);
        } catch (RuntimeException e) {
            throw Failures.of(e);
        }
    }

    /** Runs the goal at {@code clock}; bad input fails with a {@link MojoFailureException}. */
    protected abstract void run(Instant clock) throws MojoFailureException, MojoExecutionException;

    /** The CI service's view of this build, read from the process environment. */
    protected CiEnvironment ci() {
        return CiEnvironment.from(System.getenv(), basedir.toPath());
    }

    /** The options of this run: its folders, its clock and its build cache. */
    protected SitrepOptions options(File outputDirectory, Instant clock) {
        SitrepOptions options = new SitrepOptions(sourceDirectory.toPath(), outputDirectory.toPath(),
                basedir.toPath(), clock);
        return cacheDirectory == null ? options : options.withCache(cacheDirectory.toPath());
    }

    /** Prints every finding and the summary (and on GitHub Actions the annotations). */
    protected void report(CheckResult result, CiEnvironment ci) {
        for (String notice : result.notices()) {
            if (notice.startsWith("warning: ")) {
                getLog().warn("sitrep: " + notice.substring("warning: ".length()));
            } else {
                getLog().info("sitrep: " + notice);
            }
        }
        new FindingReporter(getLog(), line -> {
            System.out.println(line);
            System.out.flush();
        }, ci).report(result);
    }

    /** Fails the build with {@code failure}, when there is one. */
    protected static void fail(Optional<String> failure) throws MojoFailureException {
        if (failure.isPresent()) {
            throw new MojoFailureException(failure.get());
        }
    }
}
