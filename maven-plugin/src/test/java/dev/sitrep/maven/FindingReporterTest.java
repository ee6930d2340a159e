package dev.sitrep.maven;

import dev.sitrep.finding.Finding;
import dev.sitrep.finding.Level;
import dev.sitrep.finding.Rule;
import dev.sitrep.model.Location;
import dev.sitrep.report.RepositoryPaths;
import dev.sitrep.worker.Outcome;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FindingReporterTest {

    private static final Outcome RESULT = new Outcome(List.of(
            new Finding(Level.ERROR, Rule.CHRONOLOGY, new Location("incidents/a/incident.yaml", 9, 15),
                    "acknowledged is before detected; put the times in order"),
            new Finding(Level.WARNING, Rule.POSTMORTEM_LATE, new Location("incidents/a/postmortem.md", 4, 1),
                    "published 2h late\n::add-mask::x")), "sitrep: 3 files read (1 incident), 1 error, 1 warning", false, 0, 0);

    @Test
    void findingsGoToTheLogAtTheirLevelThenTheSummary() {
        RecordingLog log = new RecordingLog();
        List<String> stdout = new ArrayList<>();
        new FindingReporter(log, stdout::add, new GithubEnvironment(false, RepositoryPaths.PROJECT_IS_ROOT)).report(RESULT);
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
        new FindingReporter(log, stdout::add, new GithubEnvironment(true, new RepositoryPaths("status"))).report(RESULT);
        assertEquals(3, log.lines.size(), "the plain lines are printed too");
        assertEquals(List.of(
                "::error file=status/incidents/a/incident.yaml,line=9,col=15,title=SR008 chronology::"
                        + "acknowledged is before detected; put the times in order",
                "::warning file=status/incidents/a/postmortem.md,line=4,col=1,title=SR102 postmortem-late::"
                        + "published 2h late%0A::add-mask::x"), stdout);
    }
}
