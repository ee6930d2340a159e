package dev.sitrep.maven;

import dev.sitrep.author.UpdateWriter;
import dev.sitrep.author.Workspace;
import dev.sitrep.model.IncidentStatus;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.time.Instant;

/**
 * Posts a status update: appends it to the incident's {@code incident.yaml} at the current time, keeping the file's
 * comments and layout (the new item copies the indentation and block or flow style of the last one). A
 * {@code resolved} update also sets {@code resolved}; any other status after a resolved update reopens the incident
 * and removes it. The result is checked like {@code sitrep:check} does, and the file is restored when the check
 * finds a new error in it. Example:
 * {@code mvn sitrep:update -Did=2026-11-20-checkout-errors -Dstatus=identified -Dmessage="A faulty deploy; rolling back."}
 */
@Mojo(name = "update", requiresProject = false, aggregator = true, threadSafe = true)
public class UpdateMojo extends AbstractAuthorMojo {

    /** The incident: its id, which is the name of its folder, e.g. {@code 2026-11-20-checkout-errors}. Required. */
    @Parameter(property = SitrepProperties.ID)
    private String id;

    /** The new status: {@code investigating}, {@code identified}, {@code monitoring} or {@code resolved}. Required. */
    @Parameter(property = SitrepProperties.STATUS)
    private String status;

    /** What changed and what customers should know, as it will appear on the status page. Required. */
    @Parameter(property = SitrepProperties.MESSAGE)
    private String message;

    /**
     * Sets the incident's {@code acknowledged} time: {@code now} or an ISO-8601 instant. A resolved incident needs
     * one, so resolving an incident whose file has none fails until this is given.
     */
    @Parameter(property = SitrepProperties.ACKNOWLEDGED)
    private String acknowledged;

    @Override
    protected void run(Instant clock) {
        Workspace workspace = workspace(clock);
        UpdateWriter.Appended appended = UpdateWriter.append(workspace,
                new UpdateWriter.Request(text(id), text(status), text(message), optional(acknowledged)), clock);
        for (String change : appended.changes()) {
            getLog().info("sitrep: " + workspace.display(appended.file()) + ": " + change);
        }
        String incident = " -D" + SitrepProperties.ID + "=" + id.strip();
        getLog().info("sitrep: the words for the channel and customers: mvn -q sitrep:announce" + incident);
        if (appended.update().status() == IncidentStatus.RESOLVED) {
            getLog().info("sitrep: start the postmortem with: mvn sitrep:postmortem" + incident);
        }
    }
}
