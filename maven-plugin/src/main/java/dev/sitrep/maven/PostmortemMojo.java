package dev.sitrep.maven;

import dev.sitrep.author.PostmortemTemplate;
import dev.sitrep.author.Workspace;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.nio.file.Path;
import java.time.Instant;

/**
 * Starts the postmortem of an incident: writes a draft {@code postmortem.md} next to its {@code incident.yaml} with
 * the sections {@code sitrep.yaml} requires, the incident's facts filled in (title, severity, duration, impact, and
 * a timeline of its updates in the site's time zone), and the questions of the postmortem template as prompts.
 * Never overwrites an existing postmortem. Example: {@code mvn sitrep:postmortem -Did=2026-11-20-checkout-errors}
 */
@Mojo(name = "postmortem", requiresProject = false, aggregator = true, threadSafe = true)
public class PostmortemMojo extends AbstractAuthorMojo {

    /** The incident: its id, which is the name of its folder, e.g. {@code 2026-11-20-checkout-errors}. Required. */
    @Parameter(property = SitrepProperties.ID)
    private String id;

    /** The authors, separated by commas, e.g. {@code Dana Ito, Sam Roe}. Default: the incident commander. */
    @Parameter(property = SitrepProperties.AUTHORS)
    private String authors;

    @Override
    protected void run(Instant clock) {
        Workspace workspace = workspace(clock);
        Path file = PostmortemTemplate.create(workspace, text(id), PostmortemTemplate.authors(authors), clock);
        getLog().info("sitrep: wrote the draft postmortem " + workspace.display(file)
                + "; replace the prompts in italics, then set status: published and published: <time>");
    }
}
