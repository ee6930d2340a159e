package dev.sitrep.maven;

import dev.sitrep.SitrepException;
import dev.sitrep.author.Announcements;
import dev.sitrep.author.AuthoringException;
import dev.sitrep.author.Workspace;
import dev.sitrep.model.Incident;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;

/**
 * Prints the latest state of an incident, ready to paste, in the formats of the incident procedures: the internal
 * status update ({@code INCIDENT UPDATE [HH:MM]} with incident, status, impact, actions taken, next steps and ETA),
 * the customer notification while it is open or the resolution notification once it is resolved (each with the link
 * to its status page), and the status page summary with its timeline. Times are in the site's time zone. The text
 * goes to standard output without Maven's log prefixes. Example:
 * {@code mvn -q sitrep:announce -Did=2026-11-20-checkout-errors}
 */
@Mojo(name = "announce", requiresProject = false, aggregator = true, threadSafe = true)
public class AnnounceMojo extends AbstractAuthorMojo {

    /** The incident: its id, which is the name of its folder, e.g. {@code 2026-11-20-checkout-errors}. Required. */
    @Parameter(property = SitrepProperties.ID)
    private String id;

    /** A file to write the announcements to as well (UTF-8), e.g. for a chat bot to post. */
    @Parameter(property = SitrepProperties.ANNOUNCE_FILE)
    private File announceFile;

    @Override
    protected void run(Instant clock) {
        if (text(id).isBlank()) {
            throw new AuthoringException("say which incident to announce: -D" + SitrepProperties.ID
                    + "=<the incident's folder name>");
        }
        Workspace workspace = workspace(clock);
        Incident incident = workspace.incident(id.strip());
        String text = Announcements.render(workspace.config(), workspace.strings(), incident, clock);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.print(text);
        out.flush();
        if (announceFile != null) {
            try {
                File parent = announceFile.getAbsoluteFile().getParentFile();
                if (parent != null) {
                    Files.createDirectories(parent.toPath());
                }
                Files.writeString(announceFile.toPath(), text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new SitrepException("cannot write " + announceFile + ": " + e.getMessage(), e);
            }
            getLog().info("sitrep: announcements written to " + workspace.display(announceFile.toPath().toAbsolutePath()));
        }
    }
}
