package dev.sitrep.maven;

import dev.sitrep.report.RepositoryPaths;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GithubEnvironmentTest {

    private static final Path PROJECT = Path.of("/home/runner/work/repo/repo/status");

    @Test
    void outsideGithubActionsNothingIsPrintedAndPathsStayProjectRelative() {
        assertEquals(new GithubEnvironment(false, RepositoryPaths.PROJECT_IS_ROOT), GithubEnvironment.from(Map.of(), PROJECT));
        assertEquals(false, GithubEnvironment.from(Map.of("GITHUB_ACTIONS", "false"), PROJECT).actions());
    }

    @Test
    void onGithubActionsPathsAreRelativeToTheWorkspace() {
        GithubEnvironment github = GithubEnvironment.from(
                Map.of("GITHUB_ACTIONS", "true", "GITHUB_WORKSPACE", "/home/runner/work/repo/repo"), PROJECT);
        assertEquals(new GithubEnvironment(true, new RepositoryPaths("status")), github);
    }

    @Test
    void aWorkspaceThatDoesNotHoldTheProjectIsIgnored() {
        GithubEnvironment github = GithubEnvironment.from(
                Map.of("GITHUB_ACTIONS", "true", "GITHUB_WORKSPACE", "/elsewhere"), PROJECT);
        assertEquals(RepositoryPaths.PROJECT_IS_ROOT, github.paths());
    }
}
