package dev.sitrep.maven;

import dev.sitrep.report.RepositoryPaths;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class CiEnvironmentTest {

    private static final Path PROJECT = Path.of("/home/runner/work/repo/repo/status");

    @Test
    void outsideCiNothingIsPrintedAndPathsStayProjectRelative() {
        assertEquals(new CiEnvironment(false, RepositoryPaths.PROJECT_IS_ROOT), CiEnvironment.from(Map.of(), PROJECT));
        assertFalse(CiEnvironment.from(Map.of("GITHUB_ACTIONS", "false"), PROJECT).githubActions());
    }

    @Test
    void onGithubActionsPathsAreRelativeToTheWorkspace() {
        CiEnvironment github = CiEnvironment.from(
                Map.of("GITHUB_ACTIONS", "true", "GITHUB_WORKSPACE", "/home/runner/work/repo/repo"), PROJECT);
        assertEquals(new CiEnvironment(true, new RepositoryPaths("status")), github);
    }

    @Test
    void onGitlabCiPathsAreRelativeToTheProjectDir() {
        CiEnvironment gitlab = CiEnvironment.from(
                Map.of("GITLAB_CI", "true", "CI_PROJECT_DIR", "/home/runner/work/repo"), PROJECT);
        assertEquals(new CiEnvironment(false, new RepositoryPaths("repo/status")), gitlab);
    }

    @Test
    void aRootThatDoesNotHoldTheProjectIsIgnored() {
        CiEnvironment github = CiEnvironment.from(
                Map.of("GITHUB_ACTIONS", "true", "GITHUB_WORKSPACE", "/elsewhere"), PROJECT);
        assertEquals(RepositoryPaths.PROJECT_IS_ROOT, github.paths());
    }
}
