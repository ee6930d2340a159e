package dev.sitrep.maven;

import dev.sitrep.worker.ForkedRun;
import dev.sitrep.worker.Outcome;
import dev.sitrep.worker.Request;
import dev.sitrep.worker.Worker;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.time.Instant;
import java.util.Date;
import java.util.List;
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

    /** Whether warnings (and, for {@code generate}, policy errors) fail the build too. */
    @Parameter(property = SitrepProperties.FAIL_ON_WARNING, defaultValue = "false")
    protected boolean failOnWarning;

    /** Whether to skip the goal. */
    @Parameter(property = SitrepProperties.SKIP, defaultValue = "false")
    protected boolean skip;

    /**
     * Whether the goal runs in a JVM of its own, started with {@code jvmArgs}. Maven's JVM is tuned for a long
     * life; on a small machine its optimising compiler and garbage collector take the cores a sitrep run needs,
     * and a run of its own is about twice as fast. Unset, the goal runs in a JVM of its own unless Maven's JVM
     * already has the worker's default options ({@code -XX:TieredStopAtLevel=1 -XX:+UseSerialGC}, from
     * {@code .mvn/jvm.config} or {@code MAVEN_OPTS}) and {@code jvmArgs} is left at its default: then a second JVM
     * would only cost its start. {@code true} always starts one; {@code false} never does (to debug sitrep, say).
     */
    @Parameter(property = SitrepProperties.FORK)
    protected Boolean fork;

    /**
     * The options of the JVM the goal runs in when {@code fork} is true, separated by spaces. The default runs the
     * quick compiler only and the serial collector; add {@code -Xmx4g} to give a very large repository more memory.
     */
    @Parameter(property = SitrepProperties.JVM_ARGS, defaultValue = SitrepProperties.DEFAULT_JVM_ARGS)
    protected String jvmArgs;

    /** This plugin's classpath: the worker JVM runs with it. */
    @Parameter(defaultValue = "${plugin.artifacts}", readonly = true, required = true)
    protected List<Artifact> pluginArtifacts;

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

    /** Runs {@code request} in a worker JVM, or in this one when {@code fork} says so (see {@link #fork}). */
    protected Outcome run(Request request) {
        if (!forks()) {
            getLog().debug("sitrep: running " + request.goal().id() + " in Maven's JVM (" + (fork != null
                    ? SitrepProperties.FORK + " is false)"
                    : "it already runs with " + SitrepProperties.DEFAULT_JVM_ARGS + "; " + SitrepProperties.FORK
                            + "=true starts a JVM of its own)"));
            return Worker.run(request);
        }
        ForkedRun.Launch launch = ForkedRun.Launch.current(ForkedRun.Launch.split(jvmArgs),
                pluginArtifacts.stream().map(a -> a.getFile().toPath()).toList());
        getLog().debug("sitrep: running " + request.goal().id() + " in a JVM of its own with " + launch.jvmArgs()
                + " (sitrep.fork=false runs it in Maven's JVM)");
        return ForkedRun.run(request, launch, line -> getLog().warn("sitrep worker: " + line));
    }

    /** Whether the goal runs in a JVM of its own: as {@code fork} says, or when this JVM does not suit the run. */
    private boolean forks() {
        if (fork != null) {
            return fork;
        }
        boolean defaultOptions = ForkedRun.Launch.split(jvmArgs)
                .equals(ForkedRun.Launch.split(SitrepProperties.DEFAULT_JVM_ARGS));
        return !(defaultOptions && ForkedRun.currentJvmSuitsARun());
    }

    /** GitHub Actions' view of this build, read from the process environment. */
    protected GithubEnvironment github() {
        return GithubEnvironment.from(System.getenv(), basedir.toPath());
    }

    /** Prints every finding and the summary (and on GitHub Actions the annotations). */
    protected void report(Outcome result, GithubEnvironment github) {
        new FindingReporter(getLog(), line -> {
            System.out.println(line);
            System.out.flush();
        }, github).report(result);
    }

    /** Fails the build with {@code failure}, when there is one. */
    protected static void fail(Optional<String> failure) throws MojoFailureException {
        if (failure.isPresent()) {
            throw new MojoFailureException(failure.get());
        }
    }
}
