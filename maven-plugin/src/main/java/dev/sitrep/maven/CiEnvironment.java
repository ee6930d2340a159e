package dev.sitrep.maven;

import dev.sitrep.report.RepositoryPaths;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the build learns from the CI service it runs on: whether it runs on GitHub Actions (then findings are also
 * printed as workflow annotations), and where the project lies in the checked-out repository. GitHub and GitLab
 * both resolve report paths from the repository root: {@code GITHUB_WORKSPACE} on GitHub Actions,
 * {@code CI_PROJECT_DIR} on GitLab CI.
 *
 * @param githubActions whether {@code GITHUB_ACTIONS=true}
 * @param paths         the project directory inside the repository; the project is taken as the repository root
 *                      when neither variable is set or the one that is does not contain it
 */
record CiEnvironment(boolean githubActions, RepositoryPaths paths) {

    /** Reads {@code env} (the process environment, or a test's map) for the project in {@code projectDirectory}. */
    static CiEnvironment from(Map<String, String> env, Path projectDirectory) {
        boolean actions = "true".equals(env.get(SitrepProperties.GITHUB_ACTIONS));
        String root = env.getOrDefault(SitrepProperties.GITHUB_WORKSPACE, "");
        if (root.isBlank()) {
            root = env.getOrDefault(SitrepProperties.GITLAB_PROJECT_DIR, "");
        }
        RepositoryPaths paths = RepositoryPaths.PROJECT_IS_ROOT;
        if (!root.isBlank()) {
            try {
                paths = RepositoryPaths.of(Path.of(root), projectDirectory);
            } catch (InvalidPathException e) {
                paths = RepositoryPaths.PROJECT_IS_ROOT;
            }
        }
        return new CiEnvironment(actions, paths);
    }
}
