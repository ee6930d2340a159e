package dev.sitrep.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.sitrep.finding.Finding;
import dev.sitrep.finding.Level;
import dev.sitrep.finding.Rule;
import dev.sitrep.model.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SARIF log. It is validated against the SARIF 2.1.0 JSON schema as published by Microsoft in the npm
 * package {@code @microsoft/jest-sarif} 1.0.0-beta.0 (MIT; {@code lib/schemas/sarif-2.1.0-rtm.5.json}, the
 * release candidate the OASIS standard was cut from), and its fields are asserted one by one.
 */
class SarifReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<Finding> FINDINGS = List.of(
            new Finding(Level.WARNING, Rule.POSTMORTEM_LATE, new Location("incidents/2026/b c/postmortem.md", 4, 1),
                    "published 20h08m after its due time"),
            new Finding(Level.ERROR, Rule.CHRONOLOGY, new Location("incidents/2026/a/incident.yaml", 9, 15),
                    "acknowledged (14:00Z) is before detected (14:02Z); put the times in order"),
            new Finding(Level.ERROR, Rule.POSTMORTEM_OVERDUE, new Location("incidents/2026/a/incident.yaml", 2, 1),
                    "postmortem overdue \"quoted\"\nsecond line"));

    private static JsonNode render(List<Finding> findings, RepositoryPaths paths) throws IOException {
        return JSON.readTree(SarifReport.render(findings, paths, "1.2.3"));
    }

    @Test
    void theLogIsValidSarif210() throws IOException {
        JsonSchema schema;
        try (InputStream in = SarifReportTest.class.getResourceAsStream("sarif-schema-2.1.0-rtm.5.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
        for (List<Finding> findings : List.of(FINDINGS, List.<Finding>of())) {
            Set<ValidationMessage> errors = schema.validate(render(findings, new RepositoryPaths("ops")));
            assertEquals(Set.of(), errors);
        }
        Set<ValidationMessage> broken = schema.validate(JSON.readTree("{\"version\": \"2.1.0\", \"runs\": [{}]}"));
        assertFalse(broken.isEmpty(), "the schema is strict enough to reject a run without a tool");
    }

    @Test
    void theToolListsEveryRuleWithItsStableCode() throws IOException {
        JsonNode log = render(List.of(), RepositoryPaths.PROJECT_IS_ROOT);
        assertEquals(SarifReport.SCHEMA, log.get("$schema").asText());
        assertEquals("2.1.0", log.get("version").asText());
        assertEquals(1, log.get("runs").size());
        JsonNode driver = log.at("/runs/0/tool/driver");
        assertEquals("sitrep", driver.get("name").asText());
        assertFalse(driver.has("informationUri"), "sitrep has no public home page to point at");
        assertEquals("1.2.3", driver.get("version").asText());
        JsonNode rules = driver.get("rules");
        assertEquals(Rule.values().length, rules.size());
        for (Rule rule : Rule.values()) {
            JsonNode descriptor = rules.get(rule.ordinal());
            assertEquals(rule.code(), descriptor.get("id").asText());
            assertEquals(rule.id(), descriptor.get("name").asText());
            assertEquals(rule.description(), descriptor.at("/shortDescription/text").asText());
            assertEquals(rule.kind().name().toLowerCase(java.util.Locale.ROOT), descriptor.at("/properties/tags/0").asText());
        }
        assertEquals("error", rules.get(Rule.CHRONOLOGY.ordinal()).at("/defaultConfiguration/level").asText());
        assertEquals("error", rules.get(Rule.POSTMORTEM_OVERDUE.ordinal()).at("/defaultConfiguration/level").asText());
        assertEquals("warning", rules.get(Rule.UPDATE_CADENCE.ordinal()).at("/defaultConfiguration/level").asText());
        assertEquals(0, log.at("/runs/0/results").size());
        assertTrue(log.at("/runs/0/originalUriBaseIds/%SRCROOT%/description/text").asText().contains("repository"));
    }

    @Test
    void eachFindingIsAResultInFindingOrder() throws IOException {
        JsonNode results = render(FINDINGS, RepositoryPaths.PROJECT_IS_ROOT).at("/runs/0/results");
        assertEquals(3, results.size());

        JsonNode first = results.get(0);
        assertEquals("SR101", first.get("ruleId").asText());
        assertEquals(Rule.POSTMORTEM_OVERDUE.ordinal(), first.get("ruleIndex").asInt());
        assertEquals("error", first.get("level").asText());
        assertEquals("postmortem overdue \"quoted\"\nsecond line", first.at("/message/text").asText());
        JsonNode location = first.at("/locations/0/physicalLocation");
        assertEquals("incidents/2026/a/incident.yaml", location.at("/artifactLocation/uri").asText());
        assertEquals("%SRCROOT%", location.at("/artifactLocation/uriBaseId").asText());
        assertEquals(2, location.at("/region/startLine").asInt());
        assertEquals(1, location.at("/region/startColumn").asInt());

        assertEquals("SR008", results.get(1).get("ruleId").asText());
        assertEquals(9, results.get(1).at("/locations/0/physicalLocation/region/startLine").asInt());
        assertEquals(15, results.get(1).at("/locations/0/physicalLocation/region/startColumn").asInt());

        JsonNode warning = results.get(2);
        assertEquals("warning", warning.get("level").asText());
        assertEquals(Rule.POSTMORTEM_LATE.ordinal(), warning.get("ruleIndex").asInt());
        assertEquals("incidents/2026/b%20c/postmortem.md",
                warning.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
    }

    @Test
    void urisAreRelativeToTheRepositoryRoot() throws IOException {
        JsonNode result = render(FINDINGS.subList(1, 2), new RepositoryPaths("ops/status")).at("/runs/0/results/0");
        assertEquals("ops/status/incidents/2026/a/incident.yaml",
                result.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
    }

    @Test
    void aFileOutsideTheProjectGetsAnAbsoluteFileUri() throws IOException {
        Finding outside = new Finding(Level.ERROR, Rule.SYNTAX, Location.startOf("/srv/status data"), "missing");
        JsonNode artifact = render(List.of(outside), RepositoryPaths.PROJECT_IS_ROOT)
                .at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation");
        assertEquals("file:///srv/status%20data", artifact.get("uri").asText());
        assertFalse(artifact.has("uriBaseId"));
    }

    @Test
    void pathsArePercentEncodedAsUriReferences() {
        assertEquals("incidents/2026/a-b_c.d~e/incident.yaml", SarifReport.encodePath("incidents/2026/a-b_c.d~e/incident.yaml"));
        assertEquals("a%20b/Zo%C3%AB/%E6%9D%B1/x%3Ay/100%25/%23h%3Fq", SarifReport.encodePath("a b/Zoë/東/x:y/100%/#h?q"));
    }

    @Test
    void theLogIsTheSameWhateverTheOrderOfTheFindings() {
        List<Finding> shuffled = new ArrayList<>(FINDINGS);
        Collections.reverse(shuffled);
        String a = SarifReport.render(FINDINGS, RepositoryPaths.PROJECT_IS_ROOT, "1.2.3");
        String b = SarifReport.render(shuffled, RepositoryPaths.PROJECT_IS_ROOT, "1.2.3");
        assertEquals(a, b);
        assertFalse(a.contains("\r"));
        assertTrue(a.endsWith("}\n"));
    }

    @Test
    void writeCreatesTheFolderAndWritesUtf8(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("target/sitrep/findings.sarif");
        SarifReport.write(file, FINDINGS, RepositoryPaths.PROJECT_IS_ROOT, "1.2.3");
        assertEquals(SarifReport.render(FINDINGS, RepositoryPaths.PROJECT_IS_ROOT, "1.2.3"),
                Files.readString(file, StandardCharsets.UTF_8));
    }
}
