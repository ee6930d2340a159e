package dev.sitrep.report;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RepositoryPathsTest {

    @Test
    void aProjectInASubfolderPrefixesItsPaths() {
        RepositoryPaths paths = RepositoryPaths.of(Path.of("/w/repo"), Path.of("/w/repo/ops/status"));
        assertEquals("ops/status", paths.projectDirectory());
        assertEquals(Optional.of("ops/status/incidents/a/incident.yaml"), paths.fromRoot("incidents/a/incident.yaml"));
        assertEquals(Optional.of("ops/status"), paths.fromRoot("."));
    }

    @Test
    void theProjectAtTheRootKeepsItsPaths() {
        RepositoryPaths paths = RepositoryPaths.of(Path.of("/w/repo"), Path.of("/w/repo/"));
        assertEquals(RepositoryPaths.PROJECT_IS_ROOT, paths);
        assertEquals(Optional.of("incidents/sitrep.yaml"), paths.fromRoot("incidents/sitrep.yaml"));
    }

    @Test
    void aProjectOutsideTheRepositoryIsTakenAsTheRoot() {
        assertEquals(RepositoryPaths.PROJECT_IS_ROOT, RepositoryPaths.of(Path.of("/w/repo"), Path.of("/w/other")));
        assertEquals(RepositoryPaths.PROJECT_IS_ROOT, RepositoryPaths.of(Path.of("/w/repo"), Path.of("/w/repository")));
    }

    @Test
    void absolutePathsHaveNoPathFromTheRoot() {
        assertEquals(Optional.empty(), new RepositoryPaths("x").fromRoot("/abs/incidents"));
        assertEquals(Optional.empty(), new RepositoryPaths("x").fromRoot("C:/abs/incidents"));
    }

    @Test
    void onlyNormalisedRelativePathsAreAccepted() {
        for (String bad : new String[] {"/abs", "a/", "a//b", "../a", "a/./b", "a\\b"}) {
            assertThrows(IllegalArgumentException.class, () -> new RepositoryPaths(bad), bad);
        }
    }
}
