package dev.sitrep.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.sitrep.finding.Finding;
import dev.sitrep.finding.Level;
import dev.sitrep.finding.Rule;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Findings as a SARIF 2.1.0 log, the format GitHub code scanning and IDEs read.
 *
 * <p>The log has one run whose tool lists every {@link Rule} (id = its code such as {@code SR008}, name = its
 * readable id such as {@code chronology}), and one result per finding. Paths are relative URIs (forward slashes,
 * percent-encoded) against the base id {@code %SRCROOT%}, the repository root described by
 * {@link RepositoryPaths}. The log is written with Jackson from records and is deterministic: findings sorted,
 * no timestamps, no absolute paths for files inside the project, {@code \n} line endings.
 */
public final class SarifReport {

    /** The schema the log declares. */
    public static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    public static final String SARIF_VERSION = "2.1.0";
    public static final String TOOL_NAME = "sitrep";
    /** The base id that relative URIs are resolved against: the repository root. */
    public static final String SOURCE_ROOT = "%SRCROOT%";

    private SarifReport() {
    }

    /**
     * Writes the log of {@code findings} to {@code file}, creating its folder. The log is streamed to the file: with
     * a hundred thousand findings it is tens of megabytes, which need not be held as one string first.
     */
    public static void write(Path file, List<Finding> findings, RepositoryPaths paths, String toolVersion) {
        ReportFiles.write(file, log(findings, paths, toolVersion), "SARIF report");
    }

    /** The log of {@code findings} as JSON text, ending with a line break: what {@link #write} writes. */
    public static String render(List<Finding> findings, RepositoryPaths paths, String toolVersion) {
        try {
            return ReportFiles.WRITER.writeValueAsString(log(findings, paths, toolVersion)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the SARIF records cannot be serialised", e);
        }
    }

    private static Log log(List<Finding> findings, RepositoryPaths paths, String toolVersion) {
        Objects.requireNonNull(toolVersion, "toolVersion");
        List<ReportingDescriptor> rules = Arrays.stream(Rule.values()).map(SarifReport::descriptor).toList();
        Driver driver = new Driver(TOOL_NAME, toolVersion, rules);
        List<Result> results = findings.stream().sorted().map(f -> result(f, paths)).toList();
        Map<String, ArtifactLocation> bases = Map.of(SOURCE_ROOT, new ArtifactLocation(null, null,
                new Message("The root of the repository that holds the project (the project directory, unless "
                        + "GITHUB_WORKSPACE names a folder that contains it).")));
        return new Log(SCHEMA, SARIF_VERSION, List.of(new Run(new Tool(driver), bases, results)));
    }

    /** The SARIF level of a finding's level. */
    static String level(Level level) {
        return switch (level) {
            case ERROR -> "error";
            case WARNING -> "warning";
        };
    }

    /**
     * The level a rule's findings usually have: data rules and an overdue postmortem are errors, other
     * policy rules warnings. Each result still states its own level.
     */
    static Level defaultLevel(Rule rule) {
        return rule.kind() == Rule.Kind.DATA || rule == Rule.POSTMORTEM_OVERDUE ? Level.ERROR : Level.WARNING;
    }

    private static ReportingDescriptor descriptor(Rule rule) {
        return new ReportingDescriptor(rule.code(), rule.id(), new Message(rule.description()),
                new Configuration(level(defaultLevel(rule))),
                new PropertyBag(List.of(rule.kind().name().toLowerCase(Locale.ROOT))));
    }

    private static Result result(Finding finding, RepositoryPaths paths) {
        String file = finding.location().file();
        ArtifactLocation artifact = paths.fromRoot(file)
                .map(relative -> new ArtifactLocation(encodePath(relative), SOURCE_ROOT, null))
                .orElseGet(() -> new ArtifactLocation(Path.of(file).toUri().toASCIIString(), null, null));
        Region region = new Region(finding.location().line(), finding.location().column());
        return new Result(finding.rule().code(), finding.rule().ordinal(), level(finding.level()),
                new Message(finding.message()), List.of(new ResultLocation(new PhysicalLocation(artifact, region))));
    }

    /**
     * A relative path as a relative URI reference: each segment's UTF-8 bytes percent-encoded except the
     * RFC 3986 unreserved characters and sub-delimiters; {@code :} is always encoded so that no first segment
     * can be read as a scheme.
     */
    static String encodePath(String path) {
        StringBuilder out = new StringBuilder(path.length() + 8);
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean keep = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || "-._~!$&'()*+,;=@/".indexOf(c) >= 0;
            if (keep) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return out.toString();
    }

    // The SARIF object model, as much of it as sitrep writes. Absent optional properties are null and left out.

    record Log(@JsonProperty("$schema") String schema, String version, List<Run> runs) {
    }

    record Run(Tool tool, Map<String, ArtifactLocation> originalUriBaseIds, List<Result> results) {
    }

    record Tool(Driver driver) {
    }

    record Driver(String name, String version, List<ReportingDescriptor> rules) {
    }

    record ReportingDescriptor(String id, String name, Message shortDescription, Configuration defaultConfiguration,
                               PropertyBag properties) {
    }

    record Configuration(String level) {
    }

    record PropertyBag(List<String> tags) {
    }

    record Result(String ruleId, int ruleIndex, String level, Message message, List<ResultLocation> locations) {
    }

    record ResultLocation(PhysicalLocation physicalLocation) {
    }

    record PhysicalLocation(ArtifactLocation artifactLocation, Region region) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ArtifactLocation(String uri, String uriBaseId, Message description) {
    }

    record Region(int startLine, int startColumn) {
    }

    record Message(String text) {
    }
}
