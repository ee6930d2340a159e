package dev.sitrep.report;

import dev.sitrep.finding.Finding;
import dev.sitrep.finding.Level;
import dev.sitrep.finding.Rule;
import dev.sitrep.model.Location;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class TextReportTest {

    @Test
    void aFindingIsPrintedLikeACompilerMessage() {
        Finding f = new Finding(Level.ERROR, Rule.UNKNOWN_REFERENCE, new Location("incidents/a/incident.yaml", 4, 3),
                "unknown component 'chekout' (known: api, checkout, web)");
        assertEquals("incidents/a/incident.yaml:4:3: error: unknown component 'chekout' (known: api, checkout, web)",
                TextReport.line(f));
    }

    @Test
    void aWarningSaysWarning() {
        Finding f = new Finding(Level.WARNING, Rule.POSTMORTEM_LATE, new Location("p.md", 4, 1), "published 20h08m late");
        assertEquals("p.md:4:1: warning: published 20h08m late", TextReport.line(f));
    }

    @Test
    void inputCannotStartALineOfItsOwn() {
        Finding f = new Finding(Level.ERROR, Rule.INVALID_VALUE, new Location("a\nb.yaml", 1, 1),
                "bad value 'x\n::stop-commands::t\r\u2028\u001b[31m'");
        assertEquals("a\\nb.yaml:1:1: error: bad value 'x\\n::stop-commands::t\\r\\u2028\\u001b[31m'", TextReport.line(f));
    }

    @Test
    void ordinaryTextIsKeptAsItIs() {
        String text = "tab\tand unicode: Zoë, 東京";
        assertSame(text, TextReport.oneLine(text));
    }
}
