package dev.sitrep.author;

import dev.sitrep.CheckResult;
import dev.sitrep.Sitrep;
import dev.sitrep.SitrepOptions;
import dev.sitrep.finding.Finding;
import dev.sitrep.finding.Suggestions;
import dev.sitrep.model.Component;
import dev.sitrep.model.ComponentImpact;
import dev.sitrep.model.Incident;
import dev.sitrep.model.Severity;
import dev.sitrep.model.SiteConfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Opens an incident: checks the request against {@code sitrep.yaml}, chooses a unique id, and writes
 * {@code <sourceDirectory>/<year>/<id>/incident.yaml} with a first {@code investigating} update, so that the file
 * passes the check as written.
 */
public final class IncidentFactory {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private IncidentFactory() {
    }

    /**
     * The incident that was written.
     *
     * @param id   its id (the folder name)
     * @param file its {@code incident.yaml}
     */
    public record Created(String id, Path file) {
    }

    /**
     * Writes the new incident and checks it with the core.
     *
     * @throws AuthoringException when the request does not fit the configuration (every problem is listed), or when
     *                            the written file would not pass the check (then nothing is left behind)
     */
    public static Created open(Workspace workspace, NewIncident request, Instant now) {
        Instant clock = Times.seconds(now);
        Plan plan = plan(workspace, request, clock);
        Path folder = workspace.sourceDirectory().resolve(Times.date(plan.detected, zone(workspace)).substring(0, 4))
                .resolve(plan.id);
        Path file = folder.resolve("incident.yaml");
        Path created = null;
        try {
            if (!Files.isDirectory(folder.getParent())) {
                created = folder.getParent();
            } else if (!Files.isDirectory(folder)) {
                created = folder;
            }
            Files.createDirectories(folder);
            AtomicFiles.create(file, text(plan).getBytes(StandardCharsets.UTF_8));
        } catch (FileAlreadyExistsException e) {
            throw new AuthoringException(workspace.display(file) + " already exists; choose another id");
        } catch (IOException e) {
            throw new dev.sitrep.SitrepException("cannot write " + workspace.display(file) + ": " + e.getMessage(), e);
        }
        verify(workspace, plan, file, created, now);
        return new Created(plan.id, file);
    }

    /** The text of {@code incident.yaml} for a planned incident. */
    static String text(Plan plan) {
        StringBuilder out = new StringBuilder();
        out.append("title: ").append(YamlScalars.block(plan.title)).append('\n');
        out.append("severity: ").append(YamlScalars.block(plan.severity)).append('\n');
        out.append("components:\n");
        plan.components.forEach((id, impact) -> out.append("  ").append(YamlScalars.block(id)).append(": ")
                .append(impact.id()).append('\n'));
        plan.commander.ifPresent(c -> out.append("commander: ").append(YamlScalars.block(c)).append('\n'));
        plan.started.ifPresent(s -> out.append("started: ").append(Times.file(s)).append('\n'));
        out.append("detected: ").append(Times.file(plan.detected)).append('\n');
        out.append("acknowledged: ").append(Times.file(plan.acknowledged)).append('\n');
        out.append("updates:\n");
        out.append("  - at: ").append(Times.file(plan.now)).append('\n');
        out.append("    status: investigating\n");
        out.append("    message: ").append(YamlScalars.block(plan.message)).append('\n');
        return out.toString();
    }

    /** A checked request: every value resolved against the configuration. */
    record Plan(String id, String title, String severity, Map<String, ComponentImpact> components, String message,
                Optional<String> commander, Optional<Instant> started, Instant detected, Instant acknowledged,
                Instant now) {
    }

    static Plan plan(Workspace workspace, NewIncident request, Instant now) {
        SiteConfig config = workspace.config();
        List<String> problems = new ArrayList<>();
        String title = Texts.oneLine(request.title());
        if (title.isEmpty()) {
            problems.add("the incident needs a title: say what is wrong as customers should read it, "
                    + "e.g. title=\"Checkout errors\"");
        }
        String severity = severity(config, request.severity(), problems);
        Map<String, ComponentImpact> components = components(config, request.components(), problems);
        Optional<Instant> started = request.started().map(s -> time(s, "started", now, problems));
        Instant detected = request.detected().map(s -> time(s, "detected", now, problems)).orElse(now);
        Instant acknowledged = request.acknowledged().map(s -> time(s, "acknowledged", now, problems)).orElse(now);
        if (started.isPresent() && started.get().isAfter(detected)) {
            problems.add("started (" + Times.file(started.get()) + ") is after detected (" + Times.file(detected)
                    + "); impact cannot start after it was detected");
        }
        if (acknowledged.isBefore(detected)) {
            problems.add("acknowledged (" + Times.file(acknowledged) + ") is before detected (" + Times.file(detected)
                    + ")");
        }
        for (Map.Entry<String, Instant> t : Map.of("started", started.orElse(now), "detected", detected,
                "acknowledged", acknowledged).entrySet()) {
            if (t.getValue().isAfter(now)) {
                problems.add(t.getKey() + " (" + Times.file(t.getValue()) + ") is later than now (" + Times.file(now)
                        + ")");
            }
        }
        String id = id(workspace, request, title, detected, problems);
        if (!problems.isEmpty()) {
            throw new AuthoringException("cannot open the incident:\n"
                    + problems.stream().sorted().map(p -> "  " + p).collect(Collectors.joining("\n")));
        }
        List<String> names = components.keySet().stream()
                .map(c -> config.component(c).map(Component::name).orElse(c)).toList();
        String message = request.message().orElseGet(() -> workspace.strings().format("incident.firstUpdate",
                Texts.and(workspace.strings(), names)));
        return new Plan(id, title, severity, components, message, request.commander().map(Texts::oneLine), started,
                detected, acknowledged, now);
    }

    private static Instant time(String text, String option, Instant now, List<String> problems) {
        try {
            return Times.parse(text, option, now);
        } catch (AuthoringException e) {
            problems.add(e.getMessage());
            return now;
        }
    }

    private static String severity(SiteConfig config, String requested, List<String> problems) {
        String s = requested.strip();
        Optional<Severity> exact = config.severity(s);
        if (exact.isPresent()) {
            return exact.get().id();
        }
        List<Severity> ignoringCase = config.severities().stream().filter(v -> v.id().equalsIgnoreCase(s)).toList();
        if (ignoringCase.size() == 1) {
            return ignoringCase.get(0).id();
        }
        String known = config.severities().stream().map(v -> v.id() + " (" + v.name() + ")")
                .collect(Collectors.joining(", "));
        List<String> ids = config.severities().stream().map(Severity::id).toList();
        String hint = Suggestions.closest(s, ids).map(c -> "did you mean '" + c + "'? ").orElse("");
        problems.add(s.isEmpty() ? "the incident needs a severity; use one of: " + known
                : "unknown severity '" + s + "'; " + hint + "known severities: " + known);
        return s;
    }

    private static Map<String, ComponentImpact> components(SiteConfig config, String spec, List<String> problems) {
        Map<String, ComponentImpact> out = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        List<String> known = config.components().stream().map(Component::id).toList();
        List<String> impacts = Arrays.stream(ComponentImpact.values()).map(ComponentImpact::id).toList();
        for (String part : spec.split(",")) {
            String entry = part.strip();
            if (entry.isEmpty()) {
                continue;
            }
            int colon = entry.indexOf(':');
            String id = (colon < 0 ? entry : entry.substring(0, colon)).strip();
            String impactText = colon < 0 ? "" : entry.substring(colon + 1).strip();
            String component = component(config, id, known, problems);
            if (component == null) {
                continue;
            }
            if (!seen.add(component)) {
                problems.add("component '" + component + "' is listed twice; give each component one impact");
                continue;
            }
            if (impactText.isEmpty()) {
                problems.add("component '" + component + "' needs an impact: write " + impacts.stream()
                        .map(i -> component + ":" + i).collect(Collectors.joining(", ")));
                continue;
            }
            String normal = impactText.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            Optional<ComponentImpact> impact = Arrays.stream(ComponentImpact.values())
                    .filter(i -> i.id().equals(normal)).findFirst();
            if (impact.isEmpty()) {
                String hint = Suggestions.closest(normal, impacts).map(c -> "did you mean '" + c + "'? ").orElse("");
                problems.add("unknown impact '" + impactText + "' on component '" + component + "'; " + hint
                        + "use one of: " + String.join(", ", impacts));
            } else {
                out.put(component, impact.get());
            }
        }
        if (out.isEmpty() && problems.stream().noneMatch(p -> p.contains("component"))) {
            problems.add("the incident needs at least one affected component with its impact, e.g. components="
                    + known.get(0) + ":partial_outage (known components: " + String.join(", ", known) + ")");
        }
        return out;
    }

    private static String component(SiteConfig config, String id, List<String> known, List<String> problems) {
        if (config.component(id).isPresent()) {
            return id;
        }
        List<String> ignoringCase = known.stream().filter(k -> k.equalsIgnoreCase(id)).toList();
        if (ignoringCase.size() == 1) {
            return ignoringCase.get(0);
        }
        String hint = Suggestions.closest(id, known).map(c -> "did you mean '" + c + "'? ").orElse("");
        problems.add("unknown component '" + id + "'; " + hint + "known components: " + String.join(", ", known));
        return null;
    }

    private static String id(Workspace workspace, NewIncident request, String title, Instant detected,
                             List<String> problems) {
        Set<String> taken = workspace.idsInUse();
        String date = Times.date(detected, zone(workspace));
        Path year = workspace.sourceDirectory().resolve(date.substring(0, 4));
        if (request.id().isPresent()) {
            String id = request.id().get();
            if (!ID.matcher(id).matches()) {
                String suggestion = Texts.slug(id);
                problems.add("id '" + id + "' must use only lowercase letters, digits and hyphens"
                        + (suggestion.isEmpty() ? "" : ", e.g. '" + suggestion + "'"));
            } else if (taken.contains(id) || Files.exists(year.resolve(id))) {
                problems.add("id '" + id + "' is already in use; choose another one, or leave id out to get "
                        + "a free one");
            }
            return id;
        }
        String slug = Texts.slug(title);
        String base = date + "-" + (slug.isEmpty() ? "incident" : slug);
        String id = base;
        for (int n = 2; taken.contains(id) || Files.exists(year.resolve(id)); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static java.time.ZoneId zone(Workspace workspace) {
        return workspace.config().timezone();
    }

    /** Checks the written incident with the core; removes it and fails when it has errors or reads differently. */
    private static void verify(Workspace workspace, Plan plan, Path file, Path created, Instant now) {
        CheckResult result = Sitrep.check(new SitrepOptions(workspace.sourceDirectory(),
                workspace.baseDirectory().resolve("target"), workspace.baseDirectory(), now));
        String shown = workspace.display(file);
        List<Finding> errors = result.findings().stream()
                .filter(f -> f.isError() && f.location().file().equals(shown)).toList();
        Optional<Incident> read = Workspace.find(result, plan.id);
        boolean same = read.isPresent() && read.get().title().equals(plan.title)
                && read.get().lastUpdate().message().equals(plan.message.strip());
        if (errors.isEmpty() && same) {
            return;
        }
        try {
            Files.deleteIfExists(file);
            if (created != null) {
                try (var walk = Files.walk(created)) {
                    for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        } catch (IOException e) {
            throw new dev.sitrep.SitrepException("cannot remove " + shown + " after a failed check: "
                    + e.getMessage(), e);
        }
        throw new AuthoringException("the new incident would not pass the check, so it was not written:\n"
                + (errors.isEmpty() ? "  " + shown + ": it reads back differently from what was written"
                : Workspace.lines(errors)));
    }
}
