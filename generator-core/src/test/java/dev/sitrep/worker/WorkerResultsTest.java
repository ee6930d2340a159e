package dev.sitrep.worker;

import dev.sitrep.SitrepException;
import dev.sitrep.finding.Finding;
import dev.sitrep.finding.Level;
import dev.sitrep.finding.Rule;
import dev.sitrep.model.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The result file carries an outcome or a failure from the worker to the host unchanged. */
class WorkerResultsTest {

    @TempDir
    Path temp;

    @Test
    void anOutcomeRoundTripsWithEveryRuleAndLevel() throws IOException {
        List<Finding> findings = new ArrayList<>();
        int line = 1;
        for (Rule rule : Rule.values()) {
            for (Level level : Level.values()) {
                findings.add(new Finding(level, rule, new Location("incidents/ü ñ/incident.yaml", line++, 7),
                        "a message with \"quotes\", a tab\t, a newline\n and <html> & emoji \uD83D\uDD25"));
            }
        }
        Outcome outcome = new Outcome(findings, "sitrep: 3 files read (1 incident), no errors, no warnings", true,
                12, 3_456_789_012L);
        Path file = temp.resolve("result.json");
        WorkerResults.write(file, outcome);
        assertEquals(outcome, WorkerResults.read(file));
        assertEquals(Optional.empty(), WorkerResults.read(file).sarifFailure());
    }

    @Test
    void aSarifReportThatCouldNotBeWrittenComesBackWithTheFindings() throws IOException {
        Outcome outcome = new Outcome(List.of(new Finding(Level.ERROR, Rule.SYNTAX, new Location("a.yaml", 1, 2),
                "bad")), "sitrep: 1 file read (0 incidents), 1 error, no warnings", false, 0, 0)
                .withSarifFailure("cannot write the SARIF report target/sitrep/findings.sarif: \"target\" is a file");
        Path file = temp.resolve("result.json");
        WorkerResults.write(file, outcome);
        assertEquals(outcome, WorkerResults.read(file));
    }

    @Test
    void aSitrepFailureComesBackAsOne() throws IOException {
        Path file = temp.resolve("result.json");
        WorkerResults.writeFailure(file, new SitrepException("the disk is full"));
        SitrepException e = assertThrows(SitrepException.class, () -> WorkerResults.read(file));
        assertEquals("the disk is full", e.getMessage());
    }

    @Test
    void anUnexpectedFailureKeepsItsNameAndTrace() throws IOException {
        Path file = temp.resolve("result.json");
        WorkerResults.writeFailure(file, new OutOfMemoryError("Java heap space"));
        WorkerFailure e = assertThrows(WorkerFailure.class, () -> WorkerResults.read(file));
        assertEquals("java.lang.OutOfMemoryError: Java heap space", e.toString());
        assertTrue(e.getCause().getMessage().contains("at dev.sitrep.worker.WorkerResultsTest"),
                "the cause carries the worker's stack: " + e.getCause().getMessage());
    }

    @Test
    void aFileThatIsNotAResultIsNamed() throws IOException {
        Path file = Files.writeString(temp.resolve("result.json"), "{\"something\": 1}");
        SitrepException e = assertThrows(SitrepException.class, () -> WorkerResults.read(file));
        assertTrue(e.getMessage().contains("neither an outcome nor a failure"), e.getMessage());
        Path garbage = Files.writeString(temp.resolve("garbage.json"), "{not json");
        assertThrows(SitrepException.class, () -> WorkerResults.read(garbage));
    }
}
