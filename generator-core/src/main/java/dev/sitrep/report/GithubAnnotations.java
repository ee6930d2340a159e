package dev.sitrep.report;

import dev.sitrep.finding.Finding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings as GitHub Actions workflow commands, which GitHub shows as annotations on the pull request's files:
 * {@code ::error file=incidents/x/incident.yaml,line=3,col=5,title=SR008 chronology::message}.
 *
 * <p>Escaping is exactly that of GitHub's own toolkit ({@code @actions/core}, {@code command.ts}): in the message
 * {@code %}, CR and LF become {@code %25}, {@code %0D}, {@code %0A}; property values additionally turn
 * {@code :} and {@code ,} into {@code %3A} and {@code %2C}. A message therefore can never end the command
 * early or start a new one. GitHub resolves {@code file} from the repository root, hence {@link RepositoryPaths};
 * a finding outside the repository gets no {@code file} (the annotation then belongs to the run, not a file).
 *
 * <p>Workflow commands must start their line, so callers print these lines raw on standard output.
 */
public final class GithubAnnotations {

    private GithubAnnotations() {
    }

    /** One workflow command per finding, in the findings' order. */
    public static List<String> commands(List<Finding> findings, RepositoryPaths paths) {
        return findings.stream().map(f -> command(f, paths)).toList();
    }

    /** The workflow command of one finding. */
    public static String command(Finding finding, RepositoryPaths paths) {
        Map<String, String> properties = new LinkedHashMap<>();
        paths.fromRoot(finding.location().file()).ifPresent(file -> properties.put("file", file));
        properties.put("line", Integer.toString(finding.location().line()));
        properties.put("col", Integer.toString(finding.location().column()));
        properties.put("title", finding.rule().code() + " " + finding.rule().id());
        StringBuilder command = new StringBuilder("::").append(finding.level().id()).append(' ');
        String separator = "";
        for (Map.Entry<String, String> property : properties.entrySet()) {
            command.append(separator).append(property.getKey()).append('=').append(escapeProperty(property.getValue()));
            separator = ",";
        }
        return command.append("::").append(escapeData(finding.message())).toString();
    }

    /** Escapes a command's message as {@code escapeData} of {@code @actions/core} does. */
    static String escapeData(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a property value as {@code escapeProperty} of {@code @actions/core} does. */
    static String escapeProperty(String s) {
        return escapeData(s).replace(":", "%3A").replace(",", "%2C");
    }
}
