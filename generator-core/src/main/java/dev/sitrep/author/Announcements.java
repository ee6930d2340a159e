package dev.sitrep.author;

import dev.sitrep.i18n.Strings;
import dev.sitrep.model.AffectedComponent;
import dev.sitrep.model.Component;
import dev.sitrep.model.Incident;
import dev.sitrep.model.IncidentStatus;
import dev.sitrep.model.Severity;
import dev.sitrep.model.SiteConfig;
import dev.sitrep.model.StatusUpdate;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The latest state of an incident in the words of the procedures, ready to paste: the internal status update
 * ({@code INCIDENT UPDATE [HH:MM]}), the customer notification (while open) or the resolution notification (once
 * resolved), and the status page summary with its timeline. Times are in the site's time zone; the words are those
 * of the site's {@code language} ({@code announce.*} and the status words of its strings).
 */
public final class Announcements {

    private Announcements() {
    }

    /**
     * Renders every announcement for {@code incident} as of {@code now}, each under a {@code ====} heading line, in
     * the built-in strings of the site's language.
     */
    public static String render(SiteConfig config, Incident incident, Instant now) {
        return render(config, Strings.of(config.language(), Optional.empty()), incident, now);
    }

    /** Renders every announcement for {@code incident} as of {@code now} in {@code strings}. */
    public static String render(SiteConfig config, Strings strings, Incident incident, Instant now) {
        ZoneId zone = config.timezone();
        Optional<Severity> severity = config.severity(incident.severity());
        StringBuilder out = new StringBuilder();
        out.append(heading(strings, "announce.heading.internal"))
                .append(internal(config, strings, incident, severity, now)).append('\n');
        if (incident.isResolved()) {
            out.append(heading(strings, "announce.heading.resolution"))
                    .append(resolution(config, strings, incident, severity, now));
        } else {
            out.append(heading(strings, "announce.heading.customer"))
                    .append(customer(config, strings, incident, severity));
        }
        out.append('\n').append(heading(strings, "announce.heading.statusPage"))
                .append(statusPage(strings, incident, zone));
        return out.toString();
    }

    private static String heading(Strings strings, String key) {
        return "==== " + strings.text(key) + " ====\n";
    }

    /** The link to the incident's page on the status site. */
    static String link(SiteConfig config, Incident incident) {
        String base = config.baseUrl().replaceAll("/+$", "");
        return base + "/incidents/" + incident.id() + "/";
    }

    static String internal(SiteConfig config, Strings strings, Incident incident, Optional<Severity> severity,
                           Instant now) {
        ZoneId zone = config.timezone();
        StatusUpdate last = incident.lastUpdate();
        String severityText = Texts.oneLine(severity.map(s -> s.id() + " " + severityName(config, strings, s))
                .orElse(incident.severity()));
        return strings.format("announce.internal.title", when(strings, last.at(), zone, last.at())) + "\n"
                + strings.format("announce.internal.incident", Texts.oneLine(incident.title()), severityText) + "\n"
                + strings.format("announce.internal.status", status(strings, last.status())
                        .toUpperCase(strings.locale())) + "\n"
                + strings.format("announce.internal.impact", impact(config, strings, incident)) + "\n"
                + strings.format("announce.internal.actions", Texts.oneLine(last.message())) + "\n"
                + strings.format("announce.internal.next", nextSteps(config, strings, incident, severity, now)) + "\n"
                + strings.format("announce.internal.eta", eta(strings, incident, severity, zone, now)) + "\n"
                + strings.format("announce.internal.link", link(config, incident)) + "\n";
    }

    private static String nextSteps(SiteConfig config, Strings strings, Incident incident,
                                    Optional<Severity> severity, Instant now) {
        ZoneId zone = config.timezone();
        StatusUpdate last = incident.lastUpdate();
        String step = switch (last.status()) {
            case INVESTIGATING -> strings.text("announce.next.investigating");
            case IDENTIFIED -> strings.text("announce.next.identified");
            case MONITORING -> strings.text("announce.next.monitoring");
            case RESOLVED -> severity.filter(Severity::postmortemRequired).isPresent()
                    ? strings.format("announce.next.postmortem", when(strings,
                    incident.resolvedAt().orElse(last.at()).plus(config.postmortem().dueWithin()), zone, now))
                    : strings.text("announce.next.decide");
        };
        if (last.status() != IncidentStatus.RESOLVED && severity.flatMap(Severity::updateEvery).isPresent()) {
            Instant next = last.at().plus(severity.get().updateEvery().get());
            step += " " + (next.isBefore(now)
                    ? strings.format("announce.next.updateLate", when(strings, next, zone, now))
                    : strings.format("announce.next.update", when(strings, next, zone, now)));
        }
        return step;
    }

    private static String eta(Strings strings, Incident incident, Optional<Severity> severity, ZoneId zone,
                              Instant now) {
        if (incident.isResolved()) {
            return strings.format("announce.eta.resolved",
                    when(strings, incident.resolvedAt().orElseThrow(), zone, now));
        }
        Optional<Duration> target = severity.flatMap(Severity::resolveWithin);
        if (target.isEmpty()) {
            return strings.text("announce.eta.unknown");
        }
        Instant by = incident.detected().plus(target.get());
        return strings.format(by.isBefore(now) ? "announce.eta.passed" : "announce.eta.by", severity.get().id(),
                Times.human(strings, target.get()), when(strings, by, zone, now));
    }

    static String customer(SiteConfig config, Strings strings, Incident incident, Optional<Severity> severity) {
        String title = Texts.oneLine(incident.title());
        if (Boolean.parseBoolean(strings.text("announce.titleInSentence.lowerCase"))) {
            title = Texts.inSentence(title);
        }
        String components = Texts.and(strings, names(config, incident));
        String first = switch (incident.lastUpdate().status()) {
            case IDENTIFIED -> strings.format("announce.customer.identified", title, components);
            case MONITORING -> strings.format("announce.customer.monitoring", title, components);
            default -> strings.format("announce.customer.investigating", title, components);
        };
        String cadence = severity.flatMap(Severity::updateEvery)
                .map(d -> strings.format("announce.customer.cadence", Times.human(strings, d)))
                .orElse(strings.text("announce.customer.further"));
        return first + "\n" + cadence + "\n" + strings.format("announce.link", link(config, incident)) + "\n";
    }

    static String resolution(SiteConfig config, Strings strings, Incident incident, Optional<Severity> severity,
                             Instant now) {
        ZoneId zone = config.timezone();
        Instant resolved = incident.resolvedAt().orElseThrow();
        StringBuilder out = new StringBuilder(strings.format("announce.resolution.resolved",
                Texts.and(strings, names(config, incident)), when(strings, resolved, zone, now))).append('\n')
                .append(strings.text("announce.resolution.normal")).append('\n');
        boolean published = incident.postmortem().filter(p -> p.isPublished()).isPresent();
        if (published) {
            out.append(strings.format("announce.resolution.report", link(config, incident))).append('\n');
        } else if (severity.filter(Severity::postmortemRequired).isPresent()) {
            out.append(strings.format("announce.resolution.promise", hours(strings, config.postmortem().dueWithin())))
                    .append('\n');
        }
        return out.append(strings.format("announce.link", link(config, incident))).append('\n').toString();
    }

    private record Milestone(Instant at, String what) {
    }

    static String statusPage(Strings strings, Incident incident, ZoneId zone) {
        List<Milestone> milestones = new ArrayList<>();
        milestones.add(new Milestone(incident.detected(), strings.text("announce.milestone.detected")));
        incident.updates().stream().filter(u -> u.status() == IncidentStatus.IDENTIFIED).findFirst()
                .ifPresent(u -> milestones.add(new Milestone(u.at(), strings.text("announce.milestone.identified"))));
        incident.mitigated().or(() -> incident.updates().stream()
                        .filter(u -> u.status() == IncidentStatus.MONITORING).map(StatusUpdate::at).findFirst())
                .ifPresent(t -> milestones.add(new Milestone(t, strings.text("announce.milestone.fixed"))));
        incident.resolvedAt().ifPresent(t -> milestones.add(new Milestone(t,
                strings.text("announce.milestone.resolved"))));
        boolean oneDay = milestones.stream().map(m -> Times.date(m.at, zone)).distinct().count() == 1;
        StringBuilder out = new StringBuilder(strings.format("announce.statusPage.status",
                status(strings, incident.lastUpdate().status()))).append("\n\n")
                .append(strings.format("announce.statusPage.timeline", strings.zoneName(incident.detected(), zone)))
                .append('\n');
        for (Milestone m : milestones) {
            out.append('[').append(oneDay ? Times.clock(m.at, zone) : Times.dateClock(m.at, zone)).append("] - ")
                    .append(m.what).append('\n');
        }
        return out.toString();
    }

    /** The word of an incident status: {@code Monitoring}. */
    private static String status(Strings strings, IncidentStatus status) {
        return strings.text("incident.status." + status.id());
    }

    /** A severity's name: the default scheme's names are sitrep's words, in the site's language. */
    private static String severityName(SiteConfig config, Strings strings, Severity severity) {
        return config.severities().equals(Severity.defaults())
                ? strings.text("severity.default." + severity.id()) : severity.name();
    }

    private static List<String> names(SiteConfig config, Incident incident) {
        return incident.components().stream().map(AffectedComponent::componentId)
                .map(id -> Texts.oneLine(config.component(id).map(Component::name).orElse(id))).toList();
    }

    private static String impact(SiteConfig config, Strings strings, Incident incident) {
        List<String> parts = new ArrayList<>();
        for (AffectedComponent c : incident.components()) {
            parts.add(strings.format("announce.impact.item",
                    Texts.oneLine(config.component(c.componentId()).map(Component::name).orElse(c.componentId())),
                    strings.text("announce.impact." + c.impact().id())));
        }
        String list = parts.isEmpty() ? "" : parts.get(0);
        for (String part : parts.subList(Math.min(1, parts.size()), parts.size())) {
            list = strings.format("announce.impact.list", list, part);
        }
        return list;
    }

    /** A time for a message: the clock time and zone, with the date when it is not the day of {@code today}. */
    private static String when(Strings strings, Instant t, ZoneId zone, Instant today) {
        String clock = Times.date(t, zone).equals(Times.date(today, zone)) ? Times.clock(t, zone)
                : Times.dateClock(t, zone);
        return clock + " " + strings.zoneName(t, zone);
    }

    /** {@code 48 hours} for up to three days in whole hours, else days and hours. */
    private static String hours(Strings strings, Duration d) {
        if (d.toMinutes() % 60 == 0 && d.toHours() <= 72) {
            return strings.plural("announce.duration.hours", d.toHours());
        }
        return Times.human(strings, d);
    }
}
