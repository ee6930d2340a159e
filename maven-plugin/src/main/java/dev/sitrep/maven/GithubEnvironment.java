package dev.sitrep.maven;

import dev.sitrep.report.RepositoryPaths;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the build learns from GitHub Actions' environment: whether it runs there (then findings are also
 * printed as workflow annotations), and where the project lies in the checked-out repository (GitHub resolves
 * annotation and SARIF paths from the repository root, {@code GITHUB_WORKSPACE}).
 *
 * @param actions whether {@code GITHUB_ACTIONS=true}
 * @param paths   the project directory inside the repository; the project is taken as the repository root
 *                when {@code GITHUB_WORKSPACE} is unset or does not contain it
 */
record GithubEnvironment(boolean actions, RepositoryPaths paths) {

    /** Reads {@code env} (the process environment, or a test's map) for the project in {@code projectDirectory}. */
    static GithubEnvironment from(Map<String, String> env, Path projectDirectory) {
        boolean actions = "true".equals(env.get(SitrepProperties.GITHUB_ACTIONS));
        String workspace = env.getOrDefault(SitrepProperties.GITHUB_WORKSPACE, "");
        RepositoryPaths paths = RepositoryPaths.PROJECT_IS_ROOT;
        if (!workspace.isBlank()) {
            try {
                paths = RepositoryPaths.of(Path.of(workspace), projectDirectory);
            } catch (InvalidPathException e) {
                paths = RepositoryPaths.PROJECT_IS_ROOT;
            }
        }
        return new GithubEnvironment(actions, paths);
    }
}
