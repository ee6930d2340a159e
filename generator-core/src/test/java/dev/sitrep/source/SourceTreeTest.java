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
    void filesAreShownFromTheProjectFolderOrInFullOutsideIt() throws IOException {
        touch("project/incidents/2026/b/incident.yaml");
        touch("elsewhere/2026/c/incident.yaml");
        Path project = dir.resolve("project");
        assertEquals(List.of("incidents/2026/b/incident.yaml"), shown(project.resolve("incidents"), project));
        assertEquals(List.of("2026/b/incident.yaml"), shown(project.resolve("incidents/."), project.resolve("incidents")));
        Path elsewhere = dir.resolve("elsewhere").toAbsolutePath().normalize();
        assertEquals(List.of(elsewhere.resolve("2026/c/incident.yaml").toString().replace('\\', '/')),
                shown(dir.resolve("elsewhere"), project));
        for (String display : shown(dir.resolve("elsewhere"), project)) {
            assertEquals(SourceTree.display(project, Path.of(display)), display, "as display() shows it");
        }
    }

    private static List<String> shown(Path source, Path project) {
        Findings findings = new Findings();
        return SourceTree.scan(source, project, findings).all().stream().map(SourceFile::display).toList();
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

    @Test
    void linkedFoldersSpecialFilesAndNamesThatAreNotUtf8AreReported() throws Exception {
        touch("sitrep.yaml");
        touch("2026/2026-11-03-api-errors/incident.yaml");
        touch("outside/2026-11-04-web/incident.yaml");
        Files.createSymbolicLink(dir.resolve("2025"), dir.resolve("outside"));
        Files.createSymbolicLink(dir.resolve("notes.txt"), dir.resolve("sitrep.yaml")); // not an input: ignored
        Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("2026/pipe.yaml").toString()).start();
        assertEquals(0, mkfifo.waitFor());
        // a folder named with the Latin-1 byte of 'é', which is not UTF-8: made with python3, as Java cannot; the
        // JVM shows such bytes as U+FFFD when it decodes file names as UTF-8 (a UTF-8 locale, as on CI)
        org.junit.jupiter.api.Assumptions.assumeTrue("UTF-8".equals(System.getProperty("sun.jnu.encoding")),
                "file names are decoded as UTF-8");
        Process python = new ProcessBuilder("python3", "-c", "import os,sys; d=os.fsencode(sys.argv[1])+b'/2026-11-05-caf\\xe9';"
                + " os.makedirs(d); open(d+b'/incident.yaml','w').write('x: y')", dir.resolve("2026").toString()).start();
        assertEquals(0, python.waitFor());
        Findings findings = new Findings();
        SourceTree tree = SourceTree.scan(dir, dir, findings);
        assertEquals(List.of(
                "2025:1:1: error: this is a symbolic link to a folder, and links are not followed, so that no input "
                        + "leaves the source tree; replace the link with the folder itself",
                "2026/2026-11-05-caf\uFFFD/incident.yaml:1:1: error: this path has a folder or file name that is not "
                        + "valid UTF-8 (shown with \uFFFD), so it cannot be an id or a link on the site; rename it "
                        + "with lowercase letters, digits and hyphens",
                "2026/pipe.yaml:1:1: error: this is not a regular file (a named pipe, a device or a socket), and "
                        + "sitrep reads only regular files; replace it with the file itself"),
                findings.sorted().stream().map(Finding::format).toList());
        assertEquals(List.of("2026/2026-11-03-api-errors/incident.yaml", "outside/2026-11-04-web/incident.yaml"),
                tree.incidents().stream().map(SourceFile::display).toList());
    }
}
