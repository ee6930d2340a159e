package dev.sitrep.report;

import dev.sitrep.finding.Finding;
import dev.sitrep.finding.Level;
import dev.sitrep.finding.Rule;
import dev.sitrep.model.Location;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GithubAnnotationsTest {

    private static Finding finding(Level level, Rule rule, String file, int line, int col, String message) {
        return new Finding(level, rule, new Location(file, line, col), message);
    }

    @Test
    void anErrorBecomesAnErrorCommandWithFileLineColumnAndRule() {
        Finding f = finding(Level.ERROR, Rule.CHRONOLOGY, "incidents/2026/a/incident.yaml", 7, 3,
                "resolved is before detected; put the times in order");
        assertEquals("::error file=incidents/2026/a/incident.yaml,line=7,col=3,title=SR008 chronology::"
                + "resolved is before detected; put the times in order", GithubAnnotations.command(f, RepositoryPaths.PROJECT_IS_ROOT));
    }

    @Test
    void aWarningBecomesAWarningCommand() {
        Finding f = finding(Level.WARNING, Rule.ACTION_ITEM_OVERDUE, "incidents/b/postmortem.md", 23, 5, "overdue");
        assertEquals("::warning file=incidents/b/postmortem.md,line=23,col=5,title=SR106 action-item-overdue::overdue",
                GithubAnnotations.command(f, RepositoryPaths.PROJECT_IS_ROOT));
    }

    @Test
    void theMessageIsEscapedLikeTheToolkitsEscapeData() {
        Finding f = finding(Level.ERROR, Rule.INVALID_VALUE, "i.yaml", 1, 1, "100% down\r\n::add-mask::x, y: z");
        assertEquals("::error file=i.yaml,line=1,col=1,title=SR004 invalid-value::100%25 down%0D%0A::add-mask::x, y: z",
                GithubAnnotations.command(f, RepositoryPaths.PROJECT_IS_ROOT));
    }

    @Test
    void propertyValuesAlsoEscapeColonAndComma() {
        Finding f = finding(Level.ERROR, Rule.STRAY_FILE, "incidents/a,b:c%\nd/incident.yml", 1, 1, "m");
        assertEquals("::error file=incidents/a%2Cb%3Ac%25%0Ad/incident.yml,line=1,col=1,title=SR012 stray-file::m",
                GithubAnnotations.command(f, RepositoryPaths.PROJECT_IS_ROOT));
        assertEquals("a%25b%0D%0Ac%3Ad%2Ce", GithubAnnotations.escapeProperty("a%b\r\nc:d,e"));
        assertEquals("a%25b%0D%0Ac:d,e", GithubAnnotations.escapeData("a%b\r\nc:d,e"));
    }

    @Test
    void pathsAreResolvedFromTheRepositoryRoot() {
        Finding f = finding(Level.WARNING, Rule.UPDATE_CADENCE, "incidents/c/incident.yaml", 19, 5, "gap");
        assertEquals("::warning file=ops/status/incidents/c/incident.yaml,line=19,col=5,title=SR105 update-cadence::gap",
                GithubAnnotations.command(f, new RepositoryPaths("ops/status")));
    }

    @Test
    void aFindingOutsideTheProjectHasNoFile() {
        Finding f = finding(Level.ERROR, Rule.SYNTAX, "/elsewhere/incidents", 1, 1, "source directory does not exist");
        assertEquals("::error line=1,col=1,title=SR001 syntax::source directory does not exist",
                GithubAnnotations.command(f, RepositoryPaths.PROJECT_IS_ROOT));
    }

    @Test
    void commandsKeepTheOrderOfTheFindings() {
        List<Finding> findings = List.of(
                finding(Level.WARNING, Rule.POSTMORTEM_LATE, "b.md", 2, 1, "late"),
                finding(Level.ERROR, Rule.MISSING_KEY, "a.yaml", 1, 1, "missing"));
        assertEquals(List.of("::warning file=b.md,line=2,col=1,title=SR102 postmortem-late::late",
                        "::error file=a.yaml,line=1,col=1,title=SR003 missing-key::missing"),
                GithubAnnotations.commands(findings, RepositoryPaths.PROJECT_IS_ROOT));
    }
}
