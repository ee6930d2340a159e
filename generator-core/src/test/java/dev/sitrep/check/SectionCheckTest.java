package dev.sitrep.check;

import dev.sitrep.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.sitrep.Fixture.INCIDENT;
import static dev.sitrep.Fixture.SECTIONS;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SectionCheckTest {

    private static final String PUBLISHED = "---\nauthors: [Dana]\nstatus: published\npublished: 2026-11-03T15:50:00Z\n---\n";
    private static final String DRAFT = "---\nauthors: [Dana]\nstatus: draft\n---\n";

    @TempDir
    Path dir;

    private List<String> postmortem(String text) {
        return Fixture.repo(dir).write("2026/a/incident.yaml", INCIDENT).write("2026/a/postmortem.md", text).check();
    }

    @Test
    void everySectionPresentGivesNoFinding() {
        assertEquals(List.of(), postmortem(PUBLISHED + SECTIONS));
    }

    @Test
    void aliasesAndCaseAreAccepted() {
        String body = SECTIONS.replace("## Summary", "## incident SUMMARY").replace("## Root Cause", "## Contributing Factors");
        assertEquals(List.of(), postmortem(PUBLISHED + body));
    }

    @Test
    void missingSectionInAPublishedPostmortemIsAnError() {
        String body = SECTIONS.replace("## Impact\nText.\n\n", "");
        assertEquals(List.of("2026/a/postmortem.md:6:1: error: missing required section '## Impact'; add it as a "
                + "level-2 heading with its content"), postmortem(PUBLISHED + body));
    }

    @Test
    void missingSectionNamesItsAliases() {
        String body = SECTIONS.replace("## Root Cause\nText.\n\n", "");
        assertEquals(List.of("2026/a/postmortem.md:6:1: error: missing required section '## Root Cause' (or one of: "
                + "Root Causes, Root Cause Analysis, Contributing Factors); add it as a level-2 heading with its "
                + "content"), postmortem(PUBLISHED + body));
    }

    @Test
    void missingSectionInADraftIsAWarning() {
        String body = SECTIONS.replace("## Impact\nText.\n\n", "");
        assertEquals(List.of("2026/a/postmortem.md:5:1: warning: missing required section '## Impact'; add it as a "
                + "level-2 heading with its content (a warning while the postmortem is a draft)"), postmortem(DRAFT + body));
    }

    @Test
    void emptySection() {
        String body = SECTIONS.replace("## Timeline\nText.\n", "## Timeline\n\n");
        assertEquals(List.of("2026/a/postmortem.md:9:1: error: required section '## Timeline' is empty; write its "
                + "content below the heading"), postmortem(PUBLISHED + body));
    }

    @Test
    void sectionWithOnlySubsectionsHasContent() {
        String body = SECTIONS.replace("## Timeline\nText.\n", "## Timeline\n\n### Day 1\n\nText.\n");
        assertEquals(List.of(), postmortem(PUBLISHED + body));
    }

    @Test
    void sectionAtAnotherLevelSaysSo() {
        String body = SECTIONS.replace("## Timeline", "# Timeline").replace("## Impact", "### impact");
        assertEquals(List.of(
                "2026/a/postmortem.md:9:1: error: '# Timeline' is a level-1 heading; required sections are level 2: "
                        + "'## Timeline'",
                "2026/a/postmortem.md:15:1: error: '### impact' is a level-3 heading; required sections are level 2: "
                        + "'## impact'"),
                postmortem(PUBLISHED + body));
    }

    @Test
    void misspeltSectionIsPointedAt() {
        String body = SECTIONS.replace("## Root Cause", "## Root Casue");
        assertEquals(List.of("2026/a/postmortem.md:12:1: error: heading '## Root Casue' looks like a misspelling of "
                + "the required section '## Root Cause'; rename it to '## Root Cause'"), postmortem(PUBLISHED + body));
    }

    @Test
    void emptyBodyReportsEverySectionAtTheClosingLine() {
        List<String> findings = postmortem(PUBLISHED);
        assertEquals(5, findings.size());
        assertEquals("2026/a/postmortem.md:5:1: error: missing required section '## Action Items' (or one of: "
                + "Corrective Actions, Follow-ups); add it as a level-2 heading with its content", findings.get(0));
    }

    @Test
    void configuredSectionsReplaceTheDefaults() {
        Fixture.Repo repo = Fixture.repo(dir)
                .write("sitrep.yaml", Fixture.CONFIG + "postmortem:\n  requiredSections: [What happened]\n")
                .write("2026/a/incident.yaml", INCIDENT)
                .write("2026/a/postmortem.md", PUBLISHED + "## What happened\nText.\n");
        assertEquals(List.of(), repo.check());
    }
}
