package dev.sitrep.maven;

import dev.sitrep.author.IncidentFactory;
import dev.sitrep.author.NewIncident;
import dev.sitrep.author.Workspace;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.time.Instant;

/**
 * Opens an incident: creates {@code <sourceDirectory>/<year>/<date>-<slug-of-title>/incident.yaml} with the title,
 * severity and affected components, {@code detected} and {@code acknowledged} at the current time, and a first
 * {@code investigating} update. Every value is checked against {@code sitrep.yaml} first (unknown components or
 * severities are named with the known ones), and the new file is checked like {@code sitrep:check} does before the
 * goal succeeds. Prints the id and the path. Example:
 * {@code mvn sitrep:incident -Dtitle="Checkout errors" -Dseverity=P1 -Dcomponents=api:partial_outage,checkout:major_outage}
 */
@Mojo(name = "incident", requiresProject = false, aggregator = true, threadSafe = true)
public class IncidentMojo extends AbstractAuthorMojo {

    /** What is wrong, as customers should read it, e.g. {@code Checkout errors}. Required. */
    @Parameter(property = SitrepProperties.TITLE)
    private String title;

    /** The severity: an id of {@code sitrep.yaml}'s severities (by default P0, P1, P2 or P3). Required. */
    @Parameter(property = SitrepProperties.SEVERITY)
    private String severity;

    /**
     * The affected components and the impact on each, separated by commas:
     * {@code api:partial_outage,checkout:major_outage}. Impacts are {@code degraded_performance},
     * {@code partial_outage} and {@code major_outage}. Required.
     */
    @Parameter(property = SitrepProperties.COMPONENTS)
    private String components;

    /**
     * The text of the first update. By default, in the site's language: "We are investigating reports of problems
     * with" the affected components' names.
     */
    @Parameter(property = SitrepProperties.MESSAGE)
    private String message;

    /** The incident commander, e.g. {@code Dana Ito}; also the default author of the postmortem. */
    @Parameter(property = SitrepProperties.COMMANDER)
    private String commander;

    /**
     * The incident id, which is also its folder's name: lowercase letters, digits and hyphens. By default the
     * detection date in the site's time zone and the title's words, e.g. {@code 2026-11-20-checkout-errors}, with
     * {@code -2}, {@code -3}... added when it is taken. A chosen id that is taken fails the goal.
     */
    @Parameter(property = SitrepProperties.ID)
    private String id;

    /** When impact began, when that was before detection: an ISO-8601 instant, e.g. {@code 2026-11-20T09:42:00Z}. */
    @Parameter(property = SitrepProperties.STARTED)
    private String started;

    /**
     * When the problem was detected (the alert fired, the first report came in): an ISO-8601 instant. Default: now.
     * Set it so that the time to acknowledge is measured from the alert.
     */
    @Parameter(property = SitrepProperties.DETECTED)
    private String detected;

    /**
     * When someone took the incident on: {@code now} or an ISO-8601 instant. Default: now, since opening the
     * incident acknowledges it.
     */
    @Parameter(property = SitrepProperties.ACKNOWLEDGED)
    private String acknowledged;

    @Override
    protected void run(Instant clock) {
        Workspace workspace = workspace(clock);
        IncidentFactory.Created created = IncidentFactory.open(workspace, new NewIncident(text(title), text(severity),
                text(components), optional(message), optional(commander), optional(id), optional(started),
                optional(detected), optional(acknowledged)), clock);
        getLog().info("sitrep: opened incident " + created.id() + " in " + workspace.display(created.file()));
        getLog().info("sitrep: post updates with: mvn sitrep:update -D" + SitrepProperties.ID + "=" + created.id()
                + " -D" + SitrepProperties.STATUS + "=identified -D" + SitrepProperties.MESSAGE + "=\"...\"");
    }
}
