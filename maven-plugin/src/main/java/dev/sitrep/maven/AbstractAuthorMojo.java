package dev.sitrep.maven;

import dev.sitrep.author.AuthoringException;
import dev.sitrep.author.Workspace;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * What the goals for the people handling an incident share: the incident repository, the clock, and the mapping of
 * the core's refusals to a build failure with the core's message and no stack trace
 * ({@link AuthoringException} becomes a {@link MojoFailureException}; I/O failures and bugs a
 * {@link MojoExecutionException}).
 */
abstract class AbstractAuthorMojo extends AbstractMojo {

    /**
     * The incident repository: the folder holding {@code sitrep.yaml}, the incident folders and
     * {@code maintenance/}. Outside a Maven project, {@code incidents} in the current directory.
     */
    @Parameter(property = SitrepProperties.SOURCE_DIRECTORY, defaultValue = SitrepProperties.DEFAULT_SOURCE_DIRECTORY)
    protected File sourceDirectory;

    /**
     * The current time, as an ISO-8601 instant with an offset, e.g. {@code 2026-11-20T12:00:00Z}: the time of the
     * new update and the clock of the check that follows each change. By default it is the time the build started;
     * set it to replay or to test.
     */
    @Parameter(property = SitrepProperties.NOW)
    protected String now;

    /** The project directory (the current directory outside a project): paths in messages are relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    protected File basedir;

    /** The folder Maven was started in: the base directory when there is no project. */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
    protected File executionRoot;

    /** When the build started: the default clock. */
    @Parameter(defaultValue = "${session.request.startTime}", readonly = true)
    protected Date buildStartTime;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        Instant clock = Clock.of(now, Optional.ofNullable(buildStartTime));
        try {
            run(clock);
        } catch (AuthoringException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (RuntimeException e) {
            throw Failures.of(e);
        }
    }

    /** Runs the goal at {@code clock}. */
    protected abstract void run(Instant clock) throws MojoFailureException, MojoExecutionException;

    /** The incident repository, read and checked at {@code clock}. */
    protected Workspace workspace(Instant clock) {
        return Workspace.load(sourceDirectory().toPath(), baseDirectory().toPath(), clock);
    }

    /** The project directory, or outside a project the directory Maven was started in. */
    protected File baseDirectory() {
        if (basedir != null) {
            return basedir;
        }
        return executionRoot != null ? executionRoot : new File("").getAbsoluteFile();
    }

    /**
     * The source directory. Outside a project Maven cannot resolve the default's {@code ${project.basedir}}, and
     * leaves it in the path; then it is {@code incidents} in the directory Maven was started in.
     */
    protected File sourceDirectory() {
        if (sourceDirectory == null || sourceDirectory.getPath().contains("${")) {
            return new File(baseDirectory(), "incidents");
        }
        return sourceDirectory;
    }

    /** A parameter that may be absent. */
    protected static Optional<String> optional(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** A parameter the core checks itself: absent is empty. */
    protected static String text(String value) {
        return value == null ? "" : value;
    }
}
