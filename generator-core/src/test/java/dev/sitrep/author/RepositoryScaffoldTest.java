package dev.sitrep.author;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.sitrep.CheckResult;
import dev.sitrep.GenerateResult;
import dev.sitrep.Sitrep;
import dev.sitrep.SitrepOptions;
import dev.sitrep.Fixture;
import dev.sitrep.finding.Finding;
import dev.sitrep.model.Component;
import dev.sitrep.model.PostmortemPolicy;
import dev.sitrep.model.SiteConfig;
import dev.sitrep.report.CodeQualityReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code sitrep:init}: every file read back with a real parser, the new repository checked and generated. */
class RepositoryScaffoldTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final List<String> FILES = List.of("pom.xml", ".mvn/jvm.config", "incidents/sitrep.yaml",
            ".github/workflows/status.yml", ".gitlab-ci.yml", ".gitignore", "README.md");

    private static RepositoryScaffold.Request request(String title, String baseUrl, String components) {
        return new RepositoryScaffold.Request(Optional.ofNullable(title), Optional.ofNullable(baseUrl),
                Optional.ofNullable(components), "1.2.3");
    }

    private static SiteConfig config(Path dir) {
        CheckResult result = Sitrep.check(new SitrepOptions(dir.resolve("incidents"), dir.resolve("target/site"),
                dir, NOW));
        assertEquals(List.of(), result.findings());
        return result.repository().orElseThrow().config();
    }

    @Test
    void writesEveryFileAndTheNewRepositoryChecksAndGenerates(@TempDir Path dir) throws Exception {
        assertEquals(FILES, RepositoryScaffold.write(dir, request("Acme Status", "https://status.acme.example/",
                "api:Public API, web:Website")));
        for (String file : FILES) {
            assertTrue(Files.isRegularFile(dir.resolve(file)), file);
        }
        SiteConfig config = config(dir);
        assertEquals("Acme Status", config.title());
        assertEquals("https://status.acme.example", config.baseUrl());
        assertEquals(List.of("api", "web"), config.components().stream().map(Component::id).toList());
        assertEquals(List.of("Public API", "Website"), config.components().stream().map(Component::name).toList());
        assertEquals(List.of("P0", "P1", "P2", "P3"), config.severities().stream().map(s -> s.id()).toList());
        GenerateResult site = Sitrep.generate(new SitrepOptions(dir.resolve("incidents"),
                dir.resolve("target/site/status"), dir, NOW));
        assertTrue(site.written());
        assertTrue(Files.isRegularFile(dir.resolve("target/site/status/index.html")));
    }

    @Test
    void sitrepYamlDeclaresAStarterTaxonomyAndTheRepeatWindow(@TempDir Path dir) throws Exception {
        RepositoryScaffold.write(dir, request(null, null, null));
        PostmortemPolicy policy = config(dir).postmortem();
        assertEquals(List.of(
                        "deployment | Deployment | A release or rollout of our own code",
                        "config-change | Configuration change | A change to configuration, feature flags, secrets or "
                                + "certificates",
                        "capacity | Capacity | More load than a system was sized, limited or scaled for",
                        "dependency | Dependency | A third-party service, provider or library",
                        "infrastructure | Hardware or network | Servers, disks, networks, DNS or the cloud platform",
                        "data | Data | Corrupt, unexpected or wrongly migrated data",
                        "process | Process | A procedure, review, test or on-call practice that was missing or not "
                                + "followed"),
                policy.factors().stream().map(f -> f.id() + " | " + f.name() + " | " + f.description().orElseThrow())
                        .toList());
        assertEquals(Duration.ofDays(90), policy.repeatWithin());
        String yaml = Files.readString(dir.resolve("incidents/sitrep.yaml"), StandardCharsets.UTF_8);
        assertTrue(yaml.contains("""
                  # Contributing factors: the causes a published postmortem names in `factors: [...]`, so that the site counts them
                  # across postmortems. A starter set to make your own: rename, add or remove factors (ids are lowercase letters,
                  # digits and hyphens; keep an id once postmortems name it). Without this list no postmortem is asked for factors.
                  factors:
                    - id: deployment
                """), yaml);
        assertTrue(yaml.contains("""
                  # `related: [...]`.
                  repeatWithin: 90d
                """), yaml);
        String readme = Files.readString(dir.resolve("README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("name its contributing factors under\n`factors:`"), readme);
        assertTrue(readme.contains("`related: [<earlier incident id>]`"), readme);
    }

    @Test
    void aPostmortemInTheNewRepositoryIsAskedForFactors(@TempDir Path dir) {
        RepositoryScaffold.write(dir, request(null, null, "api:API"));
        Fixture.file(dir, "incidents/2026/2026-11-20-api-errors/incident.yaml", Fixture.INCIDENT
                .replace("checkout: partial_outage", "api: partial_outage").replace("2026-11-03", "2026-11-19"));
        Fixture.file(dir, "incidents/2026/2026-11-20-api-errors/postmortem.md", """
                ---
                authors: [Dana Ito]
                status: published
                published: 2026-11-20T09:00:00Z
                factors: [deploy]
                ---
                """ + Fixture.SECTIONS);
        assertEquals(List.of("incidents/2026/2026-11-20-api-errors/postmortem.md:5:11: error: unknown contributing "
                        + "factor 'deploy'; did you mean 'deployment'? (known: deployment, config-change, capacity, "
                        + "dependency, infrastructure, data, process)"),
                Sitrep.check(new SitrepOptions(dir.resolve("incidents"), dir.resolve("target/site"), dir, NOW))
                        .findings().stream().map(Finding::format).toList());
    }

    @Test
    void withoutValuesTheDefaultsWork(@TempDir Path dir) {
        RepositoryScaffold.write(dir, request(null, null, null));
        SiteConfig config = config(dir);
        assertEquals(RepositoryScaffold.DEFAULT_TITLE, config.title());
        assertEquals(RepositoryScaffold.DEFAULT_BASE_URL, config.baseUrl());
        assertEquals(List.of("api", "website"), config.components().stream().map(Component::id).toList());
    }

    @Test
    void thePomDeclaresThisVersionOfThePluginAndPinsTheSitePlugins(@TempDir Path dir) throws Exception {
        RepositoryScaffold.write(dir.resolve("Acme Status!"), request("A <b> & \"c\" -- d", null, null));
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(dir.resolve("Acme Status!/pom.xml").toFile());
        var xpath = XPathFactory.newInstance().newXPath();
        assertEquals("A <b> & \"c\" -- d", xpath.evaluate("/project/name", pom));
        assertEquals("acme-status", xpath.evaluate("/project/artifactId", pom));
        assertEquals("1.2.3", xpath.evaluate("/project/properties/*[local-name()='sitrep.version']", pom));
        assertEquals("${sitrep.version}",
                xpath.evaluate("/project/build/plugins/plugin[artifactId='sitrep-maven-plugin']/version", pom));
        assertEquals("check generate", xpath.evaluate(
                "normalize-space(/project/build/plugins/plugin[artifactId='sitrep-maven-plugin']/executions)", pom));
        assertFalse(xpath.evaluate("/project/build/pluginManagement/plugins/plugin[artifactId='maven-site-plugin']"
                + "/version", pom).isBlank());
        assertEquals("A <b> & \"c\" -- d", config(dir.resolve("Acme Status!")).title());
    }

    @Test
    void titlesAndNamesThatLookLikeOtherYamlReadBackAsWritten(@TempDir Path dir) {
        RepositoryScaffold.write(dir, request("yes", "https://status.acme.example",
                "api:# not a comment,web:2026-11-20,db:- dash: colon {x}"));
        SiteConfig config = config(dir);
        assertEquals("yes", config.title());
        assertEquals(List.of("# not a comment", "2026-11-20", "- dash: colon {x}"),
                config.components().stream().map(Component::name).toList());
    }

    @Test
    void theCiFilesRunTheGoalsAndUploadTheReports(@TempDir Path dir) throws Exception {
        RepositoryScaffold.write(dir, request(null, null, null));
        JsonNode github = YAML.readTree(dir.resolve(".github/workflows/status.yml").toFile());
        assertTrue(github.at("/jobs/check/steps").toString().contains("sitrep:check -Dsitrep.changedSince="));
        assertTrue(github.at("/jobs/check/steps").toString().contains("target/sitrep/findings.sarif"));
        // a pull request's check starts from the cache the publication saved, and saves none of its own
        JsonNode restore = StreamSupport.stream(github.at("/jobs/check/steps").spliterator(), false)
                .filter(step -> step.path("uses").asText().startsWith("actions/cache/restore@")).findFirst()
                .orElseThrow(() -> new AssertionError("the check job restores no build cache"));
        JsonNode save = StreamSupport.stream(github.at("/jobs/publish/steps").spliterator(), false)
                .filter(step -> step.path("uses").asText().startsWith("actions/cache@")).findFirst().orElseThrow();
        assertEquals("target/sitrep-cache", restore.at("/with/path").asText());
        assertTrue(save.at("/with/path").asText().contains("target/sitrep-cache"), save.toString());
        assertEquals(save.at("/with/restore-keys").asText(), restore.at("/with/restore-keys").asText());
        assertTrue(github.at("/jobs/publish/steps").toString().contains("mvn -B site"));
        assertTrue(github.at("/jobs/publish/steps").toString().contains("target/site/status"));
        assertEquals("https://github.com/sitrep-dev/sitrep", github.at("/env/SITREP_REPOSITORY").asText());
        assertEquals("v1.2.3", github.at("/env/SITREP_REF").asText());
        JsonNode gitlab = YAML.readTree(dir.resolve(".gitlab-ci.yml").toFile());
        assertEquals("target/sitrep/" + CodeQualityReport.FILE_NAME,
                gitlab.at("/check/artifacts/reports/codequality").asText());
        assertEquals("public", gitlab.at("/pages/artifacts/paths/0").asText());
        assertTrue(gitlab.at("/check/script").toString().contains("sitrep:check"));
        assertEquals("-XX:TieredStopAtLevel=1\n-XX:+UseSerialGC\n-XX:MetaspaceSize=128m\n",
                Files.readString(dir.resolve(".mvn/jvm.config"), StandardCharsets.UTF_8));
        assertTrue(Files.readString(dir.resolve(".gitignore")).contains("target/"));
    }

    @Test
    void aSnapshotBuildsSitrepFromTheMainBranch(@TempDir Path dir) throws Exception {
        RepositoryScaffold.write(dir, new RepositoryScaffold.Request(Optional.empty(), Optional.empty(),
                Optional.empty(), "0.1.0-SNAPSHOT"));
        assertEquals("main", YAML.readTree(dir.resolve(".github/workflows/status.yml").toFile())
                .at("/env/SITREP_REF").asText());
    }

    @Test
    void theReadmeTellsTheRepositorysUsersWhatToRun(@TempDir Path dir) throws Exception {
        RepositoryScaffold.write(dir, request("Acme Status", null, "web:Website"));
        String readme = Files.readString(dir.resolve("README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.startsWith("# Acme Status\n"));
        for (String command : List.of("mvn sitrep:incident -Dtitle=", "-Dcomponents=web:partial_outage",
                "mvn sitrep:update -Did=", "mvn sitrep:postmortem -Did=", "mvn verify", "mvn site")) {
            assertTrue(readme.contains(command), command);
        }
    }

    @Test
    void anyExistingFileMeansNothingIsWritten(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve(".github/workflows"));
        Files.writeString(dir.resolve(".github/workflows/status.yml"), "mine");
        Files.writeString(dir.resolve("README.md"), "mine");
        AuthoringException e = assertThrows(AuthoringException.class,
                () -> RepositoryScaffold.write(dir, request(null, null, null)));
        assertEquals("sitrep:init wrote nothing, because .github/workflows/status.yml, README.md already exist in "
                + dir + "; it never overwrites a file. Run it in an empty folder, or move those files aside first",
                e.getMessage());
        assertFalse(Files.exists(dir.resolve("pom.xml")));
        assertEquals("mine", Files.readString(dir.resolve("README.md")));
    }

    @Test
    void aSecondInitWritesNothing(@TempDir Path dir) throws Exception {
        RepositoryScaffold.write(dir, request(null, null, null));
        String pom = Files.readString(dir.resolve("pom.xml"));
        AuthoringException e = assertThrows(AuthoringException.class,
                () -> RepositoryScaffold.write(dir, request("Other", null, null)));
        assertTrue(e.getMessage().startsWith("sitrep:init wrote nothing, because pom.xml, .mvn/jvm.config, "), e.getMessage());
        assertEquals(pom, Files.readString(dir.resolve("pom.xml")));
    }

    @Test
    void badValuesGetOneLineAndNoFiles(@TempDir Path dir) throws Exception {
        assertRefused(dir, request(null, "status.acme.example", null), "baseUrl 'status.acme.example' is not an "
                + "http or https URL; write the address the status site will be published at, e.g. "
                + "-DbaseUrl=https://status.acme.example");
        assertRefused(dir, request(null, "https://status.acme.example/?x=1", null), "baseUrl "
                + "'https://status.acme.example/?x=1' has a query or a fragment (?... or #...); write the address the "
                + "status site will be published at, e.g. -DbaseUrl=https://status.acme.example");
        assertRefused(dir, request(null, "https://", null), "baseUrl 'https://' is not a URL (Expected authority); "
                + "write the address the status site will be published at, e.g. -DbaseUrl=https://status.acme.example");
        assertRefused(dir, request(null, null, "api Public API"), "components 'api Public API' has 'api Public API',"
                + " which is not id:name; write each component as its id, a colon and its name, separated by commas, "
                + "e.g. -Dcomponents=\"api:Public API,web:Website\"");
        assertRefused(dir, request(null, null, "API:Public API"), "components 'API:Public API' has the id 'API'; an "
                + "id is lowercase letters, digits and hyphens, starting with a letter or digit, e.g. "
                + "-Dcomponents=\"api:Public API,web:Website\"");
        assertRefused(dir, request(null, null, "api:,web:Website"), "components 'api:,web:Website' has no name for "
                + "'api'; write the name customers see after the colon, e.g. -Dcomponents=\"api:Public API,web:Website\"");
        assertRefused(dir, request(null, null, "api:A,api:B"), "components 'api:A,api:B' has the id 'api' twice; "
                + "each component needs an id of its own, e.g. -Dcomponents=\"api:Public API,web:Website\"");
        assertRefused(dir, request(null, null, "api:A,"), "components 'api:A,' has '', which is not id:name; write "
                + "each component as its id, a colon and its name, separated by commas, e.g. "
                + "-Dcomponents=\"api:Public API,web:Website\"");
        assertRefused(dir, request("  ", null, null), "title is empty; name the status site, e.g. "
                + "-Dtitle=\"Acme Status\"");
        assertRefused(dir, request("a\nb", null, null), "title has a line break or another control character; "
                + "write it on one line, e.g. -Dtitle=\"Acme Status\"");
    }

    private static void assertRefused(Path dir, RepositoryScaffold.Request request, String message) throws Exception {
        AuthoringException e = assertThrows(AuthoringException.class, () -> RepositoryScaffold.write(dir, request));
        assertEquals(message, e.getMessage());
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "nothing written");
        }
    }

    @Test
    void theArtifactIdComesFromTheFolderName() {
        assertEquals("acme-status", RepositoryScaffold.artifactId(Path.of("/x/Acme Status")));
        assertEquals("status.acme", RepositoryScaffold.artifactId(Path.of("/x/status.acme")));
        assertEquals("status", RepositoryScaffold.artifactId(Path.of("/x/---")));
    }

    @Test
    void theExampleRepositoryCarriesTheWorkflowInitWrites(@TempDir Path dir) throws Exception {
        String written = RepositoryScaffold.render(dir, new RepositoryScaffold.Request(Optional.empty(),
                Optional.empty(), Optional.empty(), "1.0.0-SNAPSHOT")).get(".github/workflows/status.yml");
        List<String> example = Files.readAllLines(Path.of("../incidents/.github/workflows/status.yml"));
        assertEquals(written, String.join("\n", example.subList(3, example.size())) + "\n",
                "incidents/.github/workflows/status.yml is what init writes, below its three lines of comment");
    }
}
