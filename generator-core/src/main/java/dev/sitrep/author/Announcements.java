package dev.sitrep.author;

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
import java.util.Locale;
import java.util.Optional;

/**
 * The latest state of an incident in the words of the procedures, ready to paste: the internal status update
 * ({@code INCIDENT UPDATE [HH:MM]}), the customer notification (while open) or the resolution notification (once
 * resolved), and the status page summary with its timeline. Times are in the site's time zone.
 */
public final class Announcements {

    private Announcements() {
    }

    /** Renders every announcement for {@code incident} as of {@code now}, each under a {@code ====} heading line. */
    public static String render(SiteConfig config, Incident incident, Instant now) {
        ZoneId zone = config.timezone();
        Optional<Severity> severity = config.severity(incident.severity());
        StringBuilder out = new StringBuilder();
        out.append("==== Internal status update ====\n").append(internal(config, incident, severity, now))
                .append('\n');
        if (incident.isResolved()) {
            out.append("==== Customer resolution notification ====\n")
                    .append(resolution(config, incident, severity, now));
        } else {
            out.append("==== Customer notification ====\n").append(customer(config, incident, severity));
        }
        out.append('\n').append("==== Status page ====\n").append(statusPage(incident, zone));
        return out.toString();
    }

    /** The link to the incident's page on the status site. */
    static String link(SiteConfig config, Incident incident) {
        String base = config.baseUrl().replaceAll("/+$", "");
        return base + "/incidents/" + incident.id() + "/";
    }

    static String internal(SiteConfig config, Incident incident, Optional<Severity> severity, Instant now) {
        ZoneId zone = config.timezone();
        StatusUpdate last = incident.lastUpdate();
        String severityText = Texts.oneLine(severity.map(s -> s.id() + " " + s.name()).orElse(incident.severity()));
        return "**INCIDENT UPDATE [" + when(last.at(), zone, last.at()) + "]**\n"
                + "Incident: " + Texts.oneLine(incident.title()) + " (" + severityText + ")\n"
                + "Status: " + last.status().id().toUpperCase(Locale.ROOT) + "\n"
                + "Impact: " + impact(config, incident) + "\n"
                + "Actions Taken: " + Texts.oneLine(last.message()) + "\n"
                + "Next Steps: " + nextSteps(config, incident, severity, now) + "\n"
                + "ETA: " + eta(incident, severity, zone, now) + "\n"
                + "Status page: " + link(config, incident) + "\n";
    }

    private static String nextSteps(SiteConfig config, Incident incident, Optional<Severity> severity, Instant now) {
        ZoneId zone = config.timezone();
        StatusUpdate last = incident.lastUpdate();
        String step = switch (last.status()) {
            case INVESTIGATING -> "Find the cause and mitigate the impact.";
            case IDENTIFIED -> "Fix or mitigate the cause.";
            case MONITORING -> "Watch the fix; resolve once the metrics stay normal.";
            case RESOLVED -> severity.filter(Severity::postmortemRequired).isPresent()
                    ? "Write the postmortem, due by " + when(incident.resolvedAt().orElse(last.at())
                    .plus(config.postmortem().dueWithin()), zone, now) + "."
                    : "Decide whether a postmortem is worth writing.";
        };
        if (last.status() != IncidentStatus.RESOLVED && severity.flatMap(Severity::updateEvery).isPresent()) {
            Instant next = last.at().plus(severity.get().updateEvery().get());
            step += next.isBefore(now)
                    ? " The next update was due at " + when(next, zone, now) + ": post one now."
                    : " Next update by " + when(next, zone, now) + ".";
        }
        return step;
    }

    private static String eta(Incident incident, Optional<Severity> severity, ZoneId zone, Instant now) {
        if (incident.isResolved()) {
            return "Resolved at " + when(incident.resolvedAt().orElseThrow(), zone, now) + ".";
        }
        Optional<Duration> target = severity.flatMap(Severity::resolveWithin);
        if (target.isEmpty()) {
            return "Not known yet.";
        }
        Instant by = incident.detected().plus(target.get());
        String what = "the " + severity.get().id() + " target is resolution within " + Times.human(target.get());
        return by.isBefore(now)
                ? "Not known yet; " + what + ", which passed at " + when(by, zone, now) + "."
                : "Not known yet; " + what + ", by " + when(by, zone, now) + ".";
    }

    static String customer(SiteConfig config, Incident incident, Optional<Severity> severity) {
        String issue = Texts.inSentence(Texts.oneLine(incident.title())) + " affecting "
                + Texts.and(names(config, incident));
        String first = switch (incident.lastUpdate().status()) {
            case IDENTIFIED -> "We have identified the cause of " + issue + " and are working on a fix.";
            case MONITORING -> "A fix for " + issue + " is in place and we are monitoring the results.";
            default -> "We are currently investigating reports of " + issue + ".";
        };
        String cadence = severity.flatMap(Severity::updateEvery)
                .map(d -> "We will provide updates every " + Times.human(d) + " until resolved.")
                .orElse("We will provide further updates until this is resolved.");
        return first + "\n" + cadence + "\n" + "Status: " + link(config, incident) + "\n";
    }

    static String resolution(SiteConfig config, Incident incident, Optional<Severity> severity, Instant now) {
        ZoneId zone = config.timezone();
        Instant resolved = incident.resolvedAt().orElseThrow();
        StringBuilder out = new StringBuilder("The issue affecting ").append(Texts.and(names(config, incident)))
                .append(" has been resolved as of ").append(when(resolved, zone, now)).append(".\n")
                .append("All services are now operating normally.\n");
        boolean published = incident.postmortem().filter(p -> p.isPublished()).isPresent();
        if (published) {
            out.append("Read the post-incident report: ").append(link(config, incident)).append('\n');
        } else if (severity.filter(Severity::postmortemRequired).isPresent()) {
            out.append("We will publish a post-incident report within ")
                    .append(hours(config.postmortem().dueWithin())).append(".\n");
        }
        return out.append("Status: ").append(link(config, incident)).append('\n').toString();
    }

    private record Milestone(Instant at, String what) {
    }

    static String statusPage(Incident incident, ZoneId zone) {
        List<Milestone> milestones = new ArrayList<>();
        milestones.add(new Milestone(incident.detected(), "Issue detected"));
        incident.updates().stream().filter(u -> u.status() == IncidentStatus.IDENTIFIED).findFirst()
                .ifPresent(u -> milestones.add(new Milestone(u.at(), "Root cause identified")));
        incident.mitigated().or(() -> incident.updates().stream()
                        .filter(u -> u.status() == IncidentStatus.MONITORING).map(StatusUpdate::at).findFirst())
                .ifPresent(t -> milestones.add(new Milestone(t, "Fix deployed")));
        incident.resolvedAt().ifPresent(t -> milestones.add(new Milestone(t, "Issue resolved")));
        boolean oneDay = milestones.stream().map(m -> Times.date(m.at, zone)).distinct().count() == 1;
        StringBuilder out = new StringBuilder("Status: ").append(incident.lastUpdate().status().label())
                .append("\n\nTimeline (").append(Times.zoneName(incident.detected(), zone)).append("):\n");
        for (Milestone m : milestones) {
            out.append('[').append(oneDay ? Times.clock(m.at, zone) : Times.dateClock(m.at, zone)).append("] - ")
                    .append(m.what).append('\n');
        }
        return out.toString();
    }

    private static List<String> names(SiteConfig config, Incident incident) {
        return incident.components().stream().map(AffectedComponent::componentId)
                .map(id -> Texts.oneLine(config.component(id).map(Component::name).orElse(id))).toList();
    }

    private static String impact(SiteConfig config, Incident incident) {
        List<String> parts = new ArrayList<>();
        for (AffectedComponent c : incident.components()) {
            parts.add(Texts.oneLine(config.component(c.componentId()).map(Component::name).orElse(c.componentId())) + ": "
                    + c.impact().label().toLowerCase(Locale.ROOT));
        }
        return String.join("; ", parts);
    }

    /** A time for a message: the clock time and zone, with the date when it is not the day of {@code today}. */
    private static String when(Instant t, ZoneId zone, Instant today) {
        String clock = Times.date(t, zone).equals(Times.date(today, zone)) ? Times.clock(t, zone)
                : Times.dateClock(t, zone);
        return clock + " " + Times.zoneName(t, zone);
    }

    /** {@code 48 hours} for up to three days in whole hours, else days and hours. */
    private static String hours(Duration d) {
        if (d.toMinutes() % 60 == 0 && d.toHours() <= 72) {
            return d.toHours() + (d.toHours() == 1 ? " hour" : " hours");
        }
        return Times.human(d);
    }
}
