package dev.sitrep.author;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sitrep.CheckResult;
import dev.sitrep.Sitrep;
import dev.sitrep.SitrepException;
import dev.sitrep.SitrepOptions;
import dev.sitrep.finding.Finding;
import dev.sitrep.finding.Findings;
import dev.sitrep.finding.Suggestions;
import dev.sitrep.model.Incident;
import dev.sitrep.model.IncidentStatus;
import dev.sitrep.model.Location;
import dev.sitrep.model.Positions;
import dev.sitrep.model.StatusUpdate;
import dev.sitrep.parse.YamlDocument;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Appends a status update to an incident by editing the text of its {@code incident.yaml}, so that comments, key
 * order, blank lines, quoting and line ends stay as the authors wrote them.
 *
 * <p>The new item copies the indentation and style (block {@code - at: ...} or flow {@code - {at: ..., ...}}) of the
 * last update. A {@code resolved} update also sets {@code resolved} to its time (replacing the value, or inserting the
 * key after {@code mitigated}, {@code acknowledged} or {@code detected}); an update that is not {@code resolved}
 * after a resolved one reopens the incident and removes {@code resolved}. A resolved incident needs
 * {@code acknowledged}: when the file has none, the update is refused unless an acknowledged time is given.
 *
 * <p>The edited text is parsed before it is written and the whole repository is checked after: if the incident
 * does not read back as intended or the check finds a new error in it, the original file is restored.
 */
public final class UpdateWriter {

    private static final Pattern SCALAR_LINE = Pattern.compile(
            "(\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^']|'')*'|[^\\s#'\"][^#]*?)(\\s+#.*)?\\s*");
    private static final List<String> ITEM_KEYS = List.of("at", "status", "message");

    private UpdateWriter() {
    }

    /**
     * A request to post one update.
     *
     * @param id           the incident id
     * @param status       {@code investigating}, {@code identified}, {@code monitoring} or {@code resolved}
     * @param message      what changed, as customers should read it
     * @param acknowledged sets {@code acknowledged} ({@code now} or an ISO instant); needed to resolve an incident
     *                     that has none
     */
    public record Request(String id, String status, String message, Optional<String> acknowledged) {
        public Request {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(message, "message");
            acknowledged = acknowledged.map(String::strip).filter(s -> !s.isEmpty());
        }
    }

    /**
     * What was written.
     *
     * @param file    the edited {@code incident.yaml}
     * @param update  the new update
     * @param changes what changed, one line each, for people
     */
    public record Appended(Path file, StatusUpdate update, List<String> changes) {
        public Appended {
            changes = List.copyOf(changes);
        }
    }

    /**
     * Appends the update at {@code now}.
     *
     * @throws AuthoringException when the request is wrong, the file cannot be edited safely, or the result would not
     *                            pass the check (then the file is left as it was)
     */
    public static Appended append(Workspace workspace, Request request, Instant now) {
        Instant at = Times.seconds(now);
        String id = request.id().strip();
        if (id.isEmpty()) {
            throw new AuthoringException("say which incident to update: id=<the incident's folder name>");
        }
        Path file = workspace.incidentFile(id);
        IncidentStatus status = status(request.status());
        String message = request.message().strip();
        if (message.isEmpty()) {
            throw new AuthoringException("the update needs a message: what changed and what customers should know, "
                    + "e.g. message=\"We have identified the cause and are deploying a fix.\"");
        }
        Optional<Instant> acknowledged = request.acknowledged().map(s -> Times.parse(s, "acknowledged", now));
        if (acknowledged.isPresent() && acknowledged.get().isAfter(at)) {
            throw new AuthoringException("acknowledged (" + Times.file(acknowledged.get()) + ") is later than now ("
                    + Times.file(at) + "); give the time someone first responded, or acknowledged=now");
        }
        Incident incident = workspace.incident(id);
        StatusUpdate last = incident.lastUpdate();
        if (last.at().isAfter(at)) {
            throw new AuthoringException("the last update of '" + id + "' is at " + Times.file(last.at())
                    + ", later than now (" + Times.file(at) + "); updates must be in order, so check the clock "
                    + "(or sitrep.now)");
        }
        if (last.status() == status && last.message().strip().equals(message)) {
            throw new AuthoringException("the last update of '" + id + "' (" + Times.file(last.at()) + ") already says "
                    + "this: " + status.id() + ", \"" + message + "\"; nothing was added (was the command run twice?)");
        }
        if (status == IncidentStatus.RESOLVED && incident.acknowledged().isEmpty() && acknowledged.isEmpty()) {
            throw new AuthoringException("incident '" + id + "' has no 'acknowledged' time, and a resolved incident "
                    + "needs one (it measures the time to acknowledge); say when someone first responded, e.g. "
                    + "acknowledged=" + Times.file(incident.detected()) + " (or acknowledged=now)");
        }

        byte[] original;
        try {
            original = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SitrepException("cannot read " + workspace.display(file) + ": " + e.getMessage(), e);
        }
        String raw = new String(original, StandardCharsets.UTF_8);
        boolean bom = raw.startsWith("\uFEFF");
        String body = bom ? raw.substring(1) : raw;
        boolean crlf = body.contains("\r\n");
        String text = body.replace("\r\n", "\n");

        StatusUpdate update = new StatusUpdate(at, status, message);
        List<String> changes = new ArrayList<>();
        String edited = edit(workspace.display(file), text, update, acknowledged, changes);
        requireReadsBack(workspace.display(file), edited, update, incident.updates().size() + 1);
        String out = (bom ? "\uFEFF" : "") + (crlf ? edited.replace("\n", "\r\n") : edited);

        Set<String> before = errorKeys(workspace.checked(), workspace.display(file));
        write(file, out.getBytes(StandardCharsets.UTF_8));
        CheckResult result = Sitrep.check(new SitrepOptions(workspace.sourceDirectory(),
                workspace.baseDirectory().resolve("target"), workspace.baseDirectory(), now));
        List<Finding> added = result.findings().stream()
                .filter(f -> f.isError() && f.location().file().equals(workspace.display(file))
                        && !before.contains(key(f)))
                .toList();
        Optional<Incident> read = Workspace.find(result, id);
        boolean same = read.isPresent() && read.get().lastUpdate().equals(update)
                && read.get().updates().size() == incident.updates().size() + 1;
        if (!added.isEmpty() || !same) {
            write(file, original);
            throw new AuthoringException("the update was not written: with it, " + workspace.display(file)
                    + " would not pass the check:\n" + (added.isEmpty()
                    ? "  the new update does not read back as written" : Workspace.lines(added)));
        }
        return new Appended(file, update, changes);
    }

    /**
     * The text of {@code incident.yaml} with the update appended (pure: no files). {@code changes} receives one line
     * per change.
     */
    static String edit(String display, String text, StatusUpdate update, Optional<Instant> acknowledged,
                       List<String> changes) {
        Findings findings = new Findings();
        YamlDocument doc = YamlDocument.parse(display, text, findings)
                .orElseThrow(() -> new AuthoringException(display + " cannot be read:\n"
                        + Workspace.lines(findings.sorted())));
        JsonNode updates = doc.root().path("updates");
        if (!updates.isArray() || updates.isEmpty()) {
            throw new AuthoringException(display + " has no list of updates to append to");
        }
        Positions positions = doc.positions();
        List<String> lines = List.of(text.split("\n", -1));
        TextEdit edits = new TextEdit();

        int n = updates.size();
        String last = "/updates/" + (n - 1);
        Location sequence = positions.of("/updates");
        if (charAt(lines, sequence) != '-') {
            throw new AuthoringException(display + ":" + sequence.line() + ":" + sequence.column()
                    + ": 'updates' is written as a flow list [...]; write it as a block list with one '- ' item per "
                    + "line, then post the update again");
        }
        Location item = positions.of(last);
        String itemText = lines.get(item.line() - 1).substring(item.column() - 1);
        boolean flow = itemText.replaceFirst("^!\\S*\\s+", "").startsWith("{");
        List<String> keys = ITEM_KEYS.stream()
                .sorted(Comparator.comparing((String k) -> positions.key(last + "/" + k)))
                .toList();
        int dashColumn = sequence.column();
        int keyColumn = flow ? item.column() : positions.key(last + "/" + keys.get(0)).column();
        if (keyColumn <= dashColumn) {
            keyColumn = dashColumn + 2;
        }
        String dash = " ".repeat(dashColumn - 1) + "-" + " ".repeat(keyColumn - dashColumn - 1);
        String indent = " ".repeat(keyColumn - 1);
        List<String> item0 = new ArrayList<>();
        if (flow) {
            item0.add(dash + "{" + keys.stream().map(k -> k + ": " + value(k, update, true))
                    .collect(Collectors.joining(", ")) + "}");
        } else {
            for (String k : keys) {
                item0.add((item0.isEmpty() ? dash : indent) + k + ": " + value(k, update, false));
            }
        }
        edits.insertAfter(endOfItem(lines, positions, last, dashColumn), item0);
        changes.add("added update " + (n + 1) + " (" + update.status().id() + ") at " + Times.file(update.at()));

        if (acknowledged.isPresent()) {
            set(edits, lines, positions, "acknowledged", acknowledged.get(), List.of("detected", "started"), changes);
        }
        if (update.status() == IncidentStatus.RESOLVED) {
            set(edits, lines, positions, "resolved", update.at(),
                    List.of("mitigated", "acknowledged", "detected"), changes);
        } else if (doc.root().has("resolved")) {
            Location value = positions.of("/resolved");
            if (positions.key("/resolved").line() != value.line()) {
                throw new AuthoringException(display + ":" + value.line() + ": cannot remove 'resolved' written over "
                        + "several lines; remove it by hand to reopen the incident");
            }
            edits.delete(value.line());
            changes.add("removed resolved: the incident is open again");
        }
        return edits.apply(text);
    }

    /** Fails, before anything is written, when the edited text does not hold the new update as its last one. */
    private static void requireReadsBack(String display, String edited, StatusUpdate update, int count) {
        JsonNode updates = YamlDocument.parse(display, edited, new Findings())
                .map(doc -> doc.root().path("updates")).orElse(null);
        JsonNode last = updates == null || updates.size() != count ? null : updates.get(count - 1);
        if (last == null || !last.path("at").asText().equals(Times.file(update.at()))
                || !last.path("status").asText().equals(update.status().id())
                || !last.path("message").asText().strip().equals(update.message())) {
            throw new AuthoringException("cannot add the update to " + display + " without changing its layout; "
                    + "add it by hand as the last item of 'updates':\n  - at: " + Times.file(update.at())
                    + "\n    status: " + update.status().id() + "\n    message: " + YamlScalars.block(update.message()));
        }
    }

    private static String value(String key, StatusUpdate update, boolean flow) {
        return switch (key) {
            case "at" -> Times.file(update.at());
            case "status" -> update.status().id();
            default -> flow ? YamlScalars.flow(update.message()) : YamlScalars.block(update.message());
        };
    }

    /**
     * Sets a top-level time: replaces its value in place, or inserts the key after the first of {@code anchors} (the
     * keys it follows in time, latest first) that the file has.
     */
    private static void set(TextEdit edits, List<String> lines, Positions positions, String key, Instant value,
                            List<String> anchors, List<String> changes) {
        String written = Times.file(value);
        String ptr = "/" + key;
        if (positions.hasKey(ptr)) {
            Location at = positions.of(ptr);
            String line = lines.get(at.line() - 1);
            Matcher m = SCALAR_LINE.matcher(line.substring(Math.min(line.length(), at.column() - 1)));
            if (!m.matches()) {
                throw new AuthoringException(positions.file() + ":" + at.line() + ":" + at.column() + ": cannot "
                        + "replace the value of '" + key + "' written over several lines; write it on one line");
            }
            edits.replace(at.line(), line.substring(0, at.column() - 1) + written
                    + (m.group(2) == null ? "" : m.group(2)));
            changes.add("set " + key + ": " + written + " (was " + Texts.oneLine(m.group(1)) + ")");
            return;
        }
        for (String anchor : anchors) {
            if (positions.hasKey("/" + anchor)) {
                Location anchorKey = positions.key("/" + anchor);
                Location anchorValue = positions.of("/" + anchor);
                edits.insertAfter(anchorValue.line(), List.of(" ".repeat(anchorKey.column() - 1) + key + ": " + written));
                changes.add("set " + key + ": " + written);
                return;
            }
        }
        throw new AuthoringException(positions.file() + ": has no " + String.join(" or ", anchors)
                + " to place '" + key + "' after");
    }

    /**
     * The last line of the sequence item at {@code pointer}: its last known key or value, and the lines after it
     * that are indented deeper than the dash (multi-line values, comments inside the item).
     */
    private static int endOfItem(List<String> lines, Positions positions, String pointer, int dashColumn) {
        int end = positions.of(pointer).line();
        for (var e : positions.values().entrySet()) {
            if (e.getKey().startsWith(pointer + "/") || e.getKey().equals(pointer)) {
                end = Math.max(end, e.getValue().line());
            }
        }
        for (var e : positions.keys().entrySet()) {
            if (e.getKey().startsWith(pointer + "/")) {
                end = Math.max(end, e.getValue().line());
            }
        }
        for (int i = end; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int leading = line.length() - line.stripLeading().length();
            if (leading < dashColumn) {
                break;
            }
            end = i + 1;
        }
        return end;
    }

    private static char charAt(List<String> lines, Location at) {
        String line = lines.get(at.line() - 1);
        return at.column() - 1 < line.length() ? line.charAt(at.column() - 1) : '\0';
    }

    private static IncidentStatus status(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        List<String> ids = Arrays.stream(IncidentStatus.values()).map(IncidentStatus::id).toList();
        for (IncidentStatus status : IncidentStatus.values()) {
            if (status.id().equals(s)) {
                return status;
            }
        }
        if (s.isEmpty()) {
            throw new AuthoringException("the update needs a status: one of " + String.join(", ", ids));
        }
        String hint = Suggestions.closest(s, ids).map(c -> "did you mean '" + c + "'? ").orElse("");
        throw new AuthoringException("unknown status '" + text.strip() + "'; " + hint + "use one of: "
                + String.join(", ", ids));
    }

    private static Set<String> errorKeys(CheckResult result, String file) {
        Set<String> keys = new HashSet<>();
        result.findings().stream().filter(f -> f.isError() && f.location().file().equals(file))
                .forEach(f -> keys.add(key(f)));
        return keys;
    }

    /** A finding without its position, which moves when lines are inserted. */
    private static String key(Finding f) {
        return f.rule().id() + " " + f.message();
    }

    private static void write(Path file, byte[] bytes) {
        try {
            AtomicFiles.replace(file, bytes);
        } catch (IOException e) {
            throw new SitrepException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
