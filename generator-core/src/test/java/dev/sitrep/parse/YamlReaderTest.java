package dev.sitrep.parse;

import dev.sitrep.finding.Finding;
import dev.sitrep.finding.Findings;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class YamlReaderTest {

    private final YamlReader reader = new YamlReader();

    private List<String> errors(String text, int firstLine) {
        Findings findings = new Findings();
        Optional<YamlDocument> doc = reader.read("f.yaml", text, firstLine, findings);
        assertTrue(doc.isEmpty() || !findings.hasErrors());
        return findings.sorted().stream().map(Finding::format).toList();
    }

    @Test
    void keyWithoutColonPointsAtTheKeyLine() {
        assertEquals(List.of("f.yaml:2:1: error: YAML syntax: this line has no ':' after its key; write it as "
                + "'key: value'"), errors("title: a\ndetected 2026-11-03T14:02:00Z\nseverity: P1\n", 1));
    }

    @Test
    void wrongIndentationSaysToAlignTheLine() {
        assertEquals(List.of("f.yaml:3:4: error: YAML syntax: this line is indented differently from the lines before "
                        + "it; align keys of the same mapping, and list items of the same list, in one column"),
                errors("updates:\n  - at: x\n   status: y\n", 1));
    }

    @Test
    void linesAreCountedFromTheFirstLineOfTheDocument() {
        assertEquals(List.of("f.yaml:3:1: error: YAML syntax: this line has no ':' after its key; write it as "
                + "'key: value'"), errors("title: a\ndetected 2026\nx: y\n", 2));
    }

    @Test
    void tabIndentation() {
        assertEquals(List.of("f.yaml:2:1: error: YAML syntax: a tab character where indentation is expected; indent "
                + "with spaces only"), errors("a:\n\tb: c\n", 1));
    }
}
