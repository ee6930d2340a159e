package dev.sitrep.fuzz;

import dev.sitrep.CheckResult;
import dev.sitrep.SitrepException;
import dev.sitrep.author.AuthoringException;
import dev.sitrep.author.IncidentFactory;
import dev.sitrep.author.NewIncident;
import dev.sitrep.author.UpdateWriter;
import dev.sitrep.author.Workspace;
import dev.sitrep.finding.Finding;
import dev.sitrep.model.Incident;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Fuzz target {@code author}: the file edits of the incident goals ({@code sitrep:update} through
 * {@link UpdateWriter}, {@code sitrep:incident} through {@link IncidentFactory}) on a fuzzed {@code incident.yaml}
 * with a fuzzed request.
 *
 * <p>The input's first line is the request, fields separated by {@code |} ({@code \n} in a field is a line break),
 * and the rest is the {@code incident.yaml} of the open incident {@value FuzzTree#OPEN_INCIDENT_ID}:
 * <pre>
 * update|status|message|acknowledged
 * open|title|severity|components|message|commander|id|started|detected|acknowledged
 * </pre>
 * A refusal ({@link AuthoringException} or {@link SitrepException}) must say why and leave every file as it was.
 * A success must leave a repository that checks without new errors, with the new update or incident in it (and,
 * when opening, every earlier file as it was).
 */
public final class AuthorTarget {

    private AuthorTarget() {
    }

    /** Jazzer calls this once, before the first input and its timeout: see {@link FuzzTarget#warmUp()}. */
    public static void fuzzerInitialize() {
        FuzzTarget.AUTHOR.warmUp();
    }

    /** Jazzer's entry point: one input. */
    public static void fuzzerTestOneInput(byte[] input) {
        KnownBugs.tolerate(input, () -> test(input));
    }

    /** One run, stepping over nothing. */
    static void test(byte[] input) {
        int newline = indexOf(input, (byte) '\n');
        List<String> request = Arrays.stream(
                        new String(input, 0, newline, StandardCharsets.UTF_8).split("\\|", -1))
                .map(s -> s.replace("\\n", "\n")).toList();
        byte[] yaml = Arrays.copyOfRange(input, Math.min(input.length, newline + 1), input.length);

        FuzzTree tree = FuzzTree.shared();
        tree.reset(Map.of(FuzzTree.OPEN_INCIDENT, Inputs.expand(yaml)));
        Map<String, byte[]> before = tree.snapshot();
        Workspace workspace;
        try {
            workspace = Workspace.load(tree.source, tree.base, FuzzTree.NOW);
        } catch (AuthoringException | SitrepException e) {
            requireRefusal(e, tree, before);
            return;
        }
        Set<String> errorsBefore = errors(workspace.checked());
        if (field(request, 0).equals("open")) {
            open(tree, workspace, request, before, errorsBefore);
        } else {
            update(tree, workspace, request, before, errorsBefore);
        }
    }

    private static void update(FuzzTree tree, Workspace workspace, List<String> request, Map<String, byte[]> before,
                               Set<String> errorsBefore) {
        UpdateWriter.Request update = new UpdateWriter.Request(FuzzTree.OPEN_INCIDENT_ID, field(request, 1),
                field(request, 2), optional(request, 3));
        try {
            UpdateWriter.append(workspace, update, FuzzTree.NOW);
        } catch (AuthoringException | SitrepException e) {
            requireRefusal(e, tree, before);
            return;
        }
        CheckResult after = tree.check();
        requireNoNewErrors(after, errorsBefore, "posting " + update);
        Incident incident = incident(after, FuzzTree.OPEN_INCIDENT_ID, "posting " + update);
        if (!incident.lastUpdate().message().equals(update.message().strip())
                || !incident.lastUpdate().status().id().equals(update.status().strip().toLowerCase(java.util.Locale.ROOT))) {
            throw new AssertionError("posting " + update + " wrote an update that reads back as "
                    + incident.lastUpdate());
        }
    }

    private static void open(FuzzTree tree, Workspace workspace, List<String> request, Map<String, byte[]> before,
                             Set<String> errorsBefore) {
        NewIncident incident = new NewIncident(field(request, 1), field(request, 2), field(request, 3),
                optional(request, 4), optional(request, 5), optional(request, 6), optional(request, 7),
                optional(request, 8), optional(request, 9));
        IncidentFactory.Created created;
        try {
            created = IncidentFactory.open(workspace, incident, FuzzTree.NOW);
        } catch (AuthoringException | SitrepException e) {
            requireRefusal(e, tree, before);
            return;
        }
        CheckResult after = tree.check();
        requireNoNewErrors(after, errorsBefore, "opening " + incident);
        incident(after, created.id(), "opening " + incident);
        Map<String, byte[]> now = tree.snapshot();
        before.forEach((path, bytes) -> {
            if (!Arrays.equals(bytes, now.get(path))) {
                throw new AssertionError("opening " + incident + " changed " + path);
            }
        });
    }

    private static void requireRefusal(RuntimeException e, FuzzTree tree, Map<String, byte[]> before) {
        if (e.getMessage() == null || e.getMessage().isBlank()) {
            throw new AssertionError("a refusal without a message", e);
        }
        Map<String, byte[]> after = tree.snapshot();
        if (!sameFiles(before, after)) {
            throw new AssertionError("a refused request changed the repository (" + changed(before, after)
                    + "); it was refused with: " + e.getMessage(), e);
        }
    }

    private static void requireNoNewErrors(CheckResult after, Set<String> errorsBefore, String what) {
        List<String> added = after.findings().stream().filter(Finding::isError)
                .filter(f -> !errorsBefore.contains(key(f))).map(Finding::format).toList();
        if (!added.isEmpty()) {
            throw new AssertionError(what + " succeeded, but the repository now has new errors:\n  "
                    + String.join("\n  ", added));
        }
    }

    private static Incident incident(CheckResult result, String id, String what) {
        return result.repository().flatMap(r -> r.incidents().stream().filter(i -> i.id().equals(id)).findFirst())
                .orElseThrow(() -> new AssertionError(what + " succeeded, but incident '" + id
                        + "' no longer reads"));
    }

    /** Errors without their line: an inserted update moves the lines below it. */
    private static Set<String> errors(CheckResult result) {
        return result.findings().stream().filter(Finding::isError).map(AuthorTarget::key).collect(Collectors.toSet());
    }

    private static String key(Finding f) {
        return f.location().file() + " " + f.rule().id() + " " + f.message();
    }

    private static boolean sameFiles(Map<String, byte[]> a, Map<String, byte[]> b) {
        return a.keySet().equals(b.keySet()) && a.keySet().stream().allMatch(k -> Arrays.equals(a.get(k), b.get(k)));
    }

    private static String changed(Map<String, byte[]> a, Map<String, byte[]> b) {
        Map<String, String> diff = new TreeMap<>();
        a.keySet().stream().filter(k -> !b.containsKey(k)).forEach(k -> diff.put(k, "deleted"));
        b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(k -> diff.put(k, "added"));
        a.keySet().stream().filter(b::containsKey).filter(k -> !Arrays.equals(a.get(k), b.get(k)))
                .forEach(k -> diff.put(k, "changed"));
        return diff.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    private static String field(List<String> fields, int i) {
        return i < fields.size() ? fields.get(i) : "";
    }

    private static Optional<String> optional(List<String> fields, int i) {
        return Optional.of(field(fields, i));
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return bytes.length;
    }
}
