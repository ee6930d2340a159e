package dev.sitrep.maven;

import dev.sitrep.CheckResult;
import dev.sitrep.finding.Finding;
import dev.sitrep.finding.Level;
import dev.sitrep.finding.Rule;
import dev.sitrep.model.Location;
import dev.sitrep.report.RepositoryPaths;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FindingReporterTest {

    private static final CheckResult RESULT = new CheckResult(List.of(
            new Finding(Level.ERROR, Rule.CHRONOLOGY, new Location("incidents/a/incident.yaml", 9, 15),
                    "acknowledged is before detected; put the times in order"),
            new Finding(Level.WARNING, Rule.POSTMORTEM_LATE, new Location("incidents/a/postmortem.md", 4, 1),
                    "published 2h late\n::add-mask::x")), Optional.empty(), 3);

    @Test
    void findingsGoToTheLogAtTheirLevelThenTheSummary() {
        RecordingLog log = new RecordingLog();
        List<String> stdout = new ArrayList<>();
        new FindingReporter(log, stdout::add, new CiEnvironment(false, RepositoryPaths.PROJECT_IS_ROOT)).report(RESULT);
        assertEquals(List.of(
                "error: incidents/a/incident.yaml:9:15: error: acknowledged is before detected; put the times in order",
                "warn: incidents/a/postmortem.md:4:1: warning: published 2h late\\n::add-mask::x",
                "info: " + RESULT.summary()), log.lines);
        assertEquals(List.of(), stdout);
    }

    @Test
    void onGithubActionsTheAnnotationsAlsoGoToStandardOutput() {
        RecordingLog log = new RecordingLog();
        List<String> stdout = new ArrayList<>();
        new FindingReporter(log, stdout::add, new CiEnvironment(true, new RepositoryPaths("status"))).report(RESULT);
        assertEquals(3, log.lines.size(), "the plain lines are printed too");
        assertEquals(List.of(
                "::error file=status/incidents/a/incident.yaml,line=9,col=15,title=SR008 chronology::"
                        + "acknowledged is before detected; put the times in order",
                "::warning file=status/incidents/a/postmortem.md,line=4,col=1,title=SR102 postmortem-late::"
                        + "published 2h late%0A::add-mask::x"), stdout);
    }
}
