package dev.sitrep.source;

import dev.sitrep.finding.Finding;
import dev.sitrep.finding.Findings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SourceTreeTest {

    @TempDir
    Path dir;

    private void touch(String path) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x: y\n");
    }

    @Test
    void classifiesFilesInSortedOrderAndSkipsHiddenAndTemplates() throws IOException {
        touch("sitrep.yaml");
        touch("2026/b/incident.yaml");
        touch("2026/b/postmortem.md");
        touch("2025/deep/er/a/incident.yaml");
        touch("maintenance/m.yaml");
        touch(".git/x/incident.yaml");
        touch("templates/x/incident.yaml");
        touch("README.md");
        Findings findings = new Findings();
        SourceTree tree = SourceTree.scan(dir, dir, findings);
        assertEquals(List.of(), findings.sorted());
        assertEquals(List.of("sitrep.yaml", "2025/deep/er/a/incident.yaml", "2026/b/incident.yaml",
                        "2026/b/postmortem.md", "maintenance/m.yaml"),
                tree.all().stream().map(SourceFile::display).toList());
        assertEquals("a", tree.incidents().get(0).folderName());
        assertEquals("m", tree.maintenances().get(0).baseName());
    }

    @Test
    void manyFoldersAreWalkedInParallelAndStillSorted() throws IOException {
        touch("sitrep.yaml");
        List<String> expected = new ArrayList<>(List.of("sitrep.yaml"));
        for (int year = 2026; year >= 2024; year--) {
            for (int i = 40; i >= 0; i--) {
                String folder = year + "/" + year + "-" + (i < 10 ? "0" : "") + i + "-x";
                touch(folder + "/postmortem.md");
                touch(folder + "/incident.yaml");
            }
        }
        touch("2025/templates/t/incident.yaml"); // only the top-level templates/ is the theme
        touch("2025/.hidden/h/incident.yaml");
        Findings findings = new Findings();
        SourceTree tree = SourceTree.scan(dir, dir, findings);
        assertEquals(List.of(), findings.sorted());
        for (int year = 2024; year <= 2026; year++) {
            for (int i = 0; i <= 40; i++) {
                expected.add(year + "/" + year + "-" + (i < 10 ? "0" : "") + i + "-x/incident.yaml");
            }
            if (year == 2025) {
                expected.add("2025/templates/t/incident.yaml");
            }
        }
        for (int year = 2024; year <= 2026; year++) {
            for (int i = 0; i <= 40; i++) {
                expected.add(year + "/" + year + "-" + (i < 10 ? "0" : "") + i + "-x/postmortem.md");
            }
        }
        assertEquals(expected, tree.all().stream().map(SourceFile::display).toList());
    }

    @Test
    void nearMissNamesAndLinksAreReported() throws IOException {
        touch("sitrep.yaml");
        touch("2026/a/incident.yml");
        touch("2026/b/postmortem.md");
        touch("outside/incident.yaml");
        Files.createDirectories(dir.resolve("2026/c"));
        Files.createSymbolicLink(dir.resolve("2026/c/incident.yaml"), dir.resolve("outside/incident.yaml"));
        Findings findings = new Findings();
        SourceTree tree = SourceTree.scan(dir, dir, findings);
        assertEquals(List.of(
                "2026/a/incident.yml:1:1: error: sitrep reads incidents from incident.yaml; rename this file to "
                        + "incident.yaml",
                "2026/b/postmortem.md:1:1: error: postmortem.md without an incident.yaml beside it; move it into its "
                        + "incident's folder",
                "2026/c/incident.yaml:1:1: error: symbolic links are not followed, so that no input leaves the "
                        + "source tree; replace the link with the file itself"),
                findings.sorted().stream().map(Finding::format).toList());
        assertEquals(List.of("outside/incident.yaml"), tree.incidents().stream().map(SourceFile::display).toList());
    }

    @Test
    void missingSourceDirectory() {
        Findings findings = new Findings();
        SourceTree.scan(dir.resolve("nope"), dir, findings);
        assertEquals(List.of("nope:1:1: error: source directory does not exist; create it with a sitrep.yaml, or point "
                        + "sitrep.sourceDirectory at it"),
                findings.sorted().stream().map(Finding::format).toList());
    }
}
