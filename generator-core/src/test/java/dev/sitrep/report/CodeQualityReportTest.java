package dev.sitrep.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitrep.SitrepException;
import dev.sitrep.finding.Finding;
import dev.sitrep.finding.Level;
import dev.sitrep.finding.Rule;
import dev.sitrep.model.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The GitLab Code Quality report, read back with Jackson and checked field by field against GitLab's format. */
class CodeQualityReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Finding LATE = new Finding(Level.WARNING, Rule.POSTMORTEM_LATE,
            new Location("incidents/2026/b c/postmortem.md", 4, 1), "published 20h08m after its due time");
    private static final Finding CHRONOLOGY = new Finding(Level.ERROR, Rule.CHRONOLOGY,
            new Location("incidents/2026/a/incident.yaml", 9, 15), "acknowledged is before detected \"quoted\"\nline");
    private static final Finding OVERDUE = new Finding(Level.ERROR, Rule.POSTMORTEM_OVERDUE,
            new Location("incidents/2026/a/incident.yaml", 2, 1), "postmortem overdue");

    private static JsonNode render(List<Finding> findings, RepositoryPaths paths) throws IOException {
        return JSON.readTree(CodeQualityReport.render(findings, paths));
    }

    @Test
    void eachFindingIsAnIssueWithGitlabsRequiredFields() throws IOException {
        JsonNode report = render(List.of(LATE, CHRONOLOGY, OVERDUE), RepositoryPaths.PROJECT_IS_ROOT);
        assertTrue(report.isArray());
        assertEquals(3, report.size());
        JsonNode first = report.get(0); // sorted: a/incident.yaml line 2 first
        assertEquals("issue", first.get("type").asText());
        assertEquals("SR101", first.get("check_name").asText());
        assertEquals("postmortem overdue", first.get("description").asText());
        assertEquals("major", first.get("severity").asText());
        assertEquals("Clarity", first.get("categories").get(0).asText());
        assertEquals("incidents/2026/a/incident.yaml", first.get("location").get("path").asText());
        assertEquals(2, first.get("location").get("lines").get("begin").asInt());
        JsonNode second = report.get(1);
        assertEquals("critical", second.get("severity").asText(), "a data error stops the site from being published");
        assertEquals("Bug Risk", second.get("categories").get(0).asText());
        assertEquals("acknowledged is before detected \"quoted\"\nline", second.get("description").asText());
        JsonNode third = report.get(2);
        assertEquals("minor", third.get("severity").asText());
        assertEquals("incidents/2026/b c/postmortem.md", third.get("location").get("path").asText(),
                "GitLab reads plain paths, not URIs");
        for (JsonNode issue : report) {
            assertTrue(issue.get("fingerprint").asText().matches("[0-9a-f]{64}"));
            List<String> names = new ArrayList<>();
            issue.fieldNames().forEachRemaining(names::add);
            assertEquals(List.of("type", "check_name", "description", "categories", "location", "severity",
                    "fingerprint"), names);
        }
    }

    @Test
    void pathsAreRelativeToTheRepositoryRoot() throws IOException {
        JsonNode report = render(List.of(OVERDUE), new RepositoryPaths("status"));
        assertEquals("status/incidents/2026/a/incident.yaml", report.get(0).get("location").get("path").asText());
    }

    @Test
    void fingerprintsAreUniqueAndIgnoreTheLineSoAMovedFindingIsTheSameOne() throws IOException {
        Finding moved = new Finding(OVERDUE.level(), OVERDUE.rule(), new Location(OVERDUE.location().file(), 40, 1),
                OVERDUE.message());
        assertEquals(render(List.of(OVERDUE), RepositoryPaths.PROJECT_IS_ROOT).get(0).get("fingerprint"),
                render(List.of(moved), RepositoryPaths.PROJECT_IS_ROOT).get(0).get("fingerprint"));
        JsonNode twice = render(List.of(OVERDUE, moved), RepositoryPaths.PROJECT_IS_ROOT);
        assertNotEquals(twice.get(0).get("fingerprint"), twice.get(1).get("fingerprint"));
        Set<String> all = new HashSet<>();
        Iterator<JsonNode> it = render(List.of(LATE, CHRONOLOGY, OVERDUE, moved), RepositoryPaths.PROJECT_IS_ROOT)
                .elements();
        it.forEachRemaining(issue -> all.add(issue.get("fingerprint").asText()));
        assertEquals(4, all.size());
    }

    @Test
    void noFindingsIsAnEmptyArray() {
        assertEquals("[ ]\n", CodeQualityReport.render(List.of(), RepositoryPaths.PROJECT_IS_ROOT));
    }

    @Test
    void writesTheFileAndItsFolder(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("target/sitrep/gl-code-quality-report.json");
        CodeQualityReport.write(file, List.of(LATE), RepositoryPaths.PROJECT_IS_ROOT);
        assertEquals(CodeQualityReport.render(List.of(LATE), RepositoryPaths.PROJECT_IS_ROOT),
                Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void anUnwritableFileSaysWhichReport(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("target"), "a file where the folder should be");
        Path file = dir.resolve("target/gl-code-quality-report.json");
        SitrepException e = assertThrows(SitrepException.class,
                () -> CodeQualityReport.write(file, List.of(), RepositoryPaths.PROJECT_IS_ROOT));
        assertTrue(e.getMessage().startsWith("cannot write the GitLab Code Quality report " + file + ": "),
                e.getMessage());
    }
}
