package dev.sitrep.author;

import dev.sitrep.CheckResult;
import dev.sitrep.Sitrep;
import dev.sitrep.SitrepException;
import dev.sitrep.SitrepOptions;
import dev.sitrep.finding.Finding;
import dev.sitrep.model.AffectedComponent;
import dev.sitrep.model.Factor;
import dev.sitrep.model.Incident;
import dev.sitrep.model.PostmortemPolicy;
import dev.sitrep.model.RequiredSection;
import dev.sitrep.model.SiteConfig;
import dev.sitrep.model.StatusUpdate;
import dev.sitrep.source.SourceTree;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Starts a postmortem: writes a draft {@code postmortem.md} next to the incident, with the sections that
 * {@code sitrep.yaml} requires, in its order, the incident's facts filled in (title, severity, duration, impact, and a
 * timeline from its times and updates in the site's time zone), and the questions of the procedures as prompts for
 * the rest. When {@code sitrep.yaml} declares contributing factors, the front matter has an empty {@code factors}
 * list with the declared ids and names above it. An existing postmortem is never overwritten.
 */
public final class PostmortemTemplate {

    /** What a section is for, recognised by its name or aliases; it decides what the template puts in it. */
    enum Kind {
        SUMMARY("Summary", "Incident Summary", "TL;DR", "Overview"),
        TIMELINE("Timeline"),
        ROOT_CAUSE("Root Cause", "Root Causes", "Root Cause Analysis", "Contributing Factors", "Cause"),
        IMPACT("Impact", "Customer Impact"),
        ACTION_ITEMS("Action Items", "Corrective Actions", "Follow-ups", "Follow-up Actions"),
        RESPONSE("Response", "How We Responded", "What Went Well", "Lessons Learned", "What Could Be Improved"),
        OTHER();

        private final List<String> names;

        Kind(String... names) {
            this.names = List.of(names);
        }

        static Kind of(RequiredSection section) {
            for (Kind kind : values()) {
                if (kind.names.stream().anyMatch(section::matches)) {
                    return kind;
                }
            }
            return OTHER;
        }
    }

    private PostmortemTemplate() {
    }

    /**
     * Writes {@code postmortem.md} for the incident {@code id} and checks it.
     *
     * @param authors the authors; when empty, the incident commander
     * @throws AuthoringException when the incident is unknown, a postmortem exists, no author is known, or the draft
     *                            would not pass the check (then nothing is left behind)
     */
    public static Path create(Workspace workspace, String id, List<String> authors, Instant now) {
        if (id.isBlank()) {
            throw new AuthoringException("say which incident the postmortem is for: id=<the incident's folder name>");
        }
        Path incidentFile = workspace.incidentFile(id.strip());
        Path file = incidentFile.resolveSibling(SourceTree.POSTMORTEM);
        if (Files.exists(file)) {
            throw new AuthoringException(workspace.display(file) + " already exists; sitrep never overwrites a "
                    + "postmortem. Edit it, or delete it first to start again from the template");
        }
        Incident incident = workspace.incident(id.strip());
        List<String> names = authors.stream().map(Texts::oneLine).filter(s -> !s.isEmpty()).toList();
        if (names.isEmpty()) {
            names = incident.commander().map(List::of).orElseThrow(() -> new AuthoringException(
                    "name the postmortem's authors, e.g. authors=\"Dana Ito, Sam Roe\" (incident '" + id.strip()
                            + "' has no commander to default to)"));
        }
        String text = render(workspace.config(), incident, names, now);
        try {
            AtomicFiles.create(file, text.getBytes(StandardCharsets.UTF_8));
        } catch (FileAlreadyExistsException e) {
            throw new AuthoringException(workspace.display(file) + " already exists; sitrep never overwrites a "
                    + "postmortem");
        } catch (IOException e) {
            throw new SitrepException("cannot write " + workspace.display(file) + ": " + e.getMessage(), e);
        }
        CheckResult result = Sitrep.check(new SitrepOptions(workspace.sourceDirectory(),
                workspace.baseDirectory().resolve("target"), workspace.baseDirectory(), now));
        List<Finding> errors = result.findings().stream()
                .filter(f -> f.isError() && f.location().file().equals(workspace.display(file))).toList();
        if (!errors.isEmpty()) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new SitrepException("cannot remove " + workspace.display(file) + ": " + e.getMessage(), e);
            }
            throw new AuthoringException("the postmortem draft would not pass the check, so it was not written:\n"
                    + Workspace.lines(errors));
        }
        return file;
    }

    /** The text of a draft {@code postmortem.md} for {@code incident}. */
    static String render(SiteConfig config, Incident incident, List<String> authors, Instant now) {
        ZoneId zone = config.timezone();
        StringBuilder out = new StringBuilder();
        out.append("---\n");
        out.append("authors: [").append(authors.stream().map(YamlScalars::flow).collect(Collectors.joining(", ")))
                .append("]\n");
        out.append("status: draft\n");
        out.append("# When the review is done: status: published, and published: <time>, e.g. ")
                .append(Times.file(now)).append('\n');
        out.append(factors(config.postmortem()));
        out.append("# Track every follow-up as an action item (ids are unique across the repository), e.g.\n");
        out.append("# actionItems:\n");
        out.append("#   - id: ").append(incident.id()).append("-1\n");
        out.append("#     title: Alert when the error rate of the affected service rises\n");
        out.append("#     owner: ").append(authors.get(0)).append('\n');
        out.append("#     priority: immediate        # immediate | short-term | long-term\n");
        out.append("#     type: detect               # prevent | mitigate | detect | repair | process | other\n");
        out.append("#     due: ").append(Times.date(now.plus(Duration.ofDays(7)), zone)).append('\n');
        out.append("#     status: open               # open | in-progress | done | wont-do\n");
        out.append("#     link: https://tracker.example.com/OPS-123\n");
        out.append("actionItems: []\n");
        out.append("---\n");
        out.append("_Draft postmortem of \"").append(Texts.markdown(incident.title())).append("\" (")
                .append(incident.id()).append("). It is blameless: it asks what happened, why, and what we will "
                        + "change in our systems and processes, never who is to blame. Replace every prompt in "
                        + "italics._\n");
        boolean response = false;
        for (RequiredSection section : config.postmortem().requiredSections()) {
            Kind kind = Kind.of(section);
            response |= kind == Kind.RESPONSE;
            out.append("\n## ").append(Texts.markdown(Texts.oneLine(section.name()))).append("\n\n");
            out.append(section(kind, section, config, incident, now));
        }
        if (!response) {
            out.append("\n## Response\n\n").append(section(Kind.RESPONSE, null, config, incident, now));
        }
        return out.toString();
    }

    /**
     * With a taxonomy declared, an empty {@code factors} list below the declared ids and names, one a line, so the
     * authors pick from them; nothing without one.
     */
    private static String factors(PostmortemPolicy policy) {
        if (!policy.hasTaxonomy()) {
            return "";
        }
        int width = policy.factors().stream().mapToInt(f -> f.id().length()).max().orElse(0) + 2;
        StringBuilder out = new StringBuilder("# Contributing factors: the ids that apply, from postmortem.factors in "
                + "sitrep.yaml (at least one once published):\n");
        for (Factor factor : policy.factors()) {
            out.append("#   ").append(factor.id()).append(" ".repeat(width - factor.id().length()))
                    .append(Texts.oneLine(factor.name())).append('\n');
        }
        return out.append("factors: []\n").toString();
    }

    private static String section(Kind kind, RequiredSection section, SiteConfig config, Incident incident,
                                  Instant now) {
        ZoneId zone = config.timezone();
        return switch (kind) {
            case SUMMARY -> "- **Title**: " + Texts.markdown(incident.title()) + "\n"
                    + "- **Severity**: " + severity(config, incident) + "\n"
                    + "- **Duration**: " + duration(incident, zone, now) + "\n"
                    + "- **Impact**: " + impact(config, incident) + "\n"
                    + incident.commander().map(c -> "- **Incident commander**: " + Texts.markdown(c) + "\n").orElse("")
                    + "\n_What happened? Two or three sentences a customer would understand: what broke, for whom, "
                    + "and how it was fixed._\n";
            case TIMELINE -> timeline(incident, zone)
                    + "\n_Add what the updates do not show: alerts, escalations, investigation milestones, "
                    + "mitigation steps and decisions._\n";
            case ROOT_CAUSE -> "_What happened: a detailed description of the failure._\n\n"
                    + "_Why did it happen? Ask \"why?\" until the answer is a system or a process, not a person._\n\n"
                    + "_Contributing factors: what made it more likely, larger or longer?"
                    + (config.postmortem().hasTaxonomy() ? " Name them in factors in the front matter." : "")
                    + "_\n";
            case IMPACT -> "- **Components**: " + impact(config, incident) + "\n"
                    + "- **Duration**: " + duration(incident, zone, now) + "\n"
                    + "\n_Users affected: how many, and what percentage?_\n\n"
                    + "_Revenue impact, if any._\n\n"
                    + "_Reputation impact, if any._\n";
            case ACTION_ITEMS -> "_What action items will we take? Track each one under actionItems in the front "
                    + "matter, with an owner and a due date, so that the status site follows it up:_\n\n"
                    + "- _Immediate: short-term fixes_\n"
                    + "- _Short-term: next sprint items_\n"
                    + "- _Long-term: process improvements_\n";
            case RESPONSE -> "_How did we respond? What went well? What could be improved?_\n";
            case OTHER -> "_" + Texts.markdown(section.name()) + ": write this section._\n";
        };
    }

    private static String severity(SiteConfig config, Incident incident) {
        return config.severity(incident.severity()).map(s -> s.id() + " (" + Texts.markdown(s.name()) + ")")
                .orElse(incident.severity());
    }

    private static String impact(SiteConfig config, Incident incident) {
        List<String> parts = new ArrayList<>();
        for (AffectedComponent c : incident.components()) {
            String name = config.component(c.componentId()).map(x -> x.name()).orElse(c.componentId());
            parts.add(Texts.markdown(name) + " (" + c.impact().label().toLowerCase(java.util.Locale.ROOT) + ")");
        }
        return String.join(", ", parts);
    }

    private static String duration(Incident incident, ZoneId zone, Instant now) {
        Instant start = incident.impactStart();
        Optional<Instant> end = incident.resolvedAt();
        if (end.isEmpty()) {
            return "not resolved yet: " + Times.human(Duration.between(start, now)) + " so far, since "
                    + Times.dateClock(start, zone) + " " + Times.zoneName(start, zone);
        }
        boolean sameDay = Times.date(start, zone).equals(Times.date(end.get(), zone));
        return Times.human(Duration.between(start, end.get())) + ", from " + Times.dateClock(start, zone) + " "
                + Times.zoneName(start, zone) + " to "
                + (sameDay ? Times.clock(end.get(), zone) : Times.dateClock(end.get(), zone)) + " "
                + Times.zoneName(end.get(), zone);
    }

    private record Entry(Instant at, int order, String text) {
    }

    private static String timeline(Incident incident, ZoneId zone) {
        List<Entry> entries = new ArrayList<>();
        incident.started().ifPresent(t -> entries.add(new Entry(t, 0, "Impact started")));
        entries.add(new Entry(incident.detected(), 1, "Detected"));
        incident.acknowledged().ifPresent(t -> entries.add(new Entry(t, 2, "Acknowledged")));
        int order = 3;
        for (StatusUpdate u : incident.updates()) {
            entries.add(new Entry(u.at(), order++, "Update (" + u.status().label() + "): "
                    + Texts.markdown(Texts.oneLine(u.message()))));
        }
        incident.mitigated().ifPresent(t -> entries.add(new Entry(t, 1000, "Mitigated")));
        incident.resolvedAt().filter(t -> !t.equals(incident.lastUpdate().at()))
                .ifPresent(t -> entries.add(new Entry(t, 1001, "Resolved")));
        entries.sort(Comparator.comparing(Entry::at).thenComparingInt(Entry::order));
        StringBuilder out = new StringBuilder("All times are ").append(zoneLabel(zone, incident.impactStart()))
                .append(".\n\n");
        for (Entry e : entries) {
            out.append("- ").append(Times.dateClock(e.at, zone)).append(" – ").append(e.text).append('\n');
        }
        return out.toString();
    }

    private static String zoneLabel(ZoneId zone, Instant at) {
        String name = Times.zoneName(at, zone);
        return name.equals("UTC") ? "UTC" : zone.getId() + " (" + name + ")";
    }

    /** Authors typed as one text: {@code Dana Ito, Sam Roe}. */
    public static List<String> authors(String text) {
        return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

}
