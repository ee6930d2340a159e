package dev.sitrep.author;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sitrep.finding.Findings;
import dev.sitrep.model.IncidentStatus;
import dev.sitrep.model.StatusUpdate;
import dev.sitrep.parse.YamlDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Appending to every layout of {@code updates} a person might write: the result reads back with one more update. */
class UpdateLayoutsTest {

    private static final String HEAD = "title: Checkout errors\nseverity: P3\ncomponents:\n  checkout: partial_outage\n"
            + "detected: 2026-11-20T10:00:00Z\nacknowledged: 2026-11-20T10:01:00Z\n";

    @ParameterizedTest
    @ValueSource(strings = {
        "updates:\n  -\n    at: 2026-11-20T10:10:00Z\n    status: investigating\n    message: A\n",
        "updates:\n    -   at: 2026-11-20T10:10:00Z\n        status: investigating\n        message: A\n",
        "updates:\n- at: 2026-11-20T10:10:00Z\n  status: investigating\n  message: A\ncommander: Sam\n",
        "updates:\n  - at: 2026-11-20T10:10:00Z\n    status: investigating\n    message: |\n      line one\n\n      line three\n\n\n# end\n",
        "updates:\n  - at: 2026-11-20T10:10:00Z\n    status: investigating\n    message: >\n      folded\n      text\n    # note inside\n  # note outside\n",
        "updates:\n  - \"at\": 2026-11-20T10:10:00Z\n    'status': investigating\n    message: \"two\n      lines\"\n",
        "updates:\n  - message: A\n    at: 2026-11-20T10:10:00Z\n    status: investigating   # why\n",
        "updates:\n  - {at: 2026-11-20T10:10:00Z,\n     status: investigating,\n     message: A}\n\n",
        "updates:   # the status page\n\n  - at: 2026-11-20T10:10:00Z\n    status: investigating\n    message: A\n",
    })
    void appendsToEveryLayout(String updates) {
        String text = HEAD + updates;
        JsonNode before = parse(text);
        StatusUpdate update = new StatusUpdate(Instant.parse("2026-11-20T12:00:00Z"), IncidentStatus.RESOLVED,
                "Fixed: all good #1");
        List<String> changes = new ArrayList<>();
        String edited = UpdateWriter.edit("t.yaml", text, update, Optional.empty(), changes);
        JsonNode after = parse(edited);
        assertEquals(before.get("updates").size() + 1, after.get("updates").size(), edited);
        assertEquals(before.get("updates").get(0), after.get("updates").get(0), edited);
        JsonNode last = after.get("updates").get(1);
        assertEquals("2026-11-20T12:00:00Z", last.get("at").asText(), edited);
        assertEquals("resolved", last.get("status").asText(), edited);
        assertEquals("Fixed: all good #1", last.get("message").asText(), edited);
        assertEquals("2026-11-20T12:00:00Z", after.get("resolved").asText(), edited);
        ((ObjectNode) after).remove(List.of("updates", "resolved"));
        ((ObjectNode) before).remove("updates");
        assertEquals(before, after, edited);
        for (String line : text.split("\n")) {
            assertTrue(edited.contains(line), "every original line stays: " + line + "\n" + edited);
        }
    }

    private static JsonNode parse(String text) {
        Findings findings = new Findings();
        return YamlDocument.parse("t.yaml", text, findings)
                .orElseThrow(() -> new AssertionError(text + "\n" + findings.sorted())).root();
    }
}
