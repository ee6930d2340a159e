package dev.sitrep.maven;

import dev.sitrep.author.AuthoringException;
import dev.sitrep.author.RepositoryScaffold;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.List;
import java.util.Optional;

/**
 * Starts a new status repository in the current directory, ready to commit: a {@code pom.xml} that declares this
 * plugin (check on {@code verify}, generate on {@code site}), {@code incidents/sitrep.yaml} with the default
 * severities and postmortem policy spelled out, CI files that check pull requests and publish the site (GitHub
 * Actions and GitLab CI), {@code .mvn/jvm.config}, a {@code .gitignore} and a {@code README.md} for the repository's
 * users. Needs no pom: {@code mvn dev.sitrep:sitrep-maven-plugin:<version>:init}. It never overwrites a file: if any
 * of them exists it writes nothing and names them.
 */
@Mojo(name = "init", requiresProject = false, aggregator = true, threadSafe = true)
public class InitMojo extends AbstractMojo {

    /** The status site's title, e.g. {@code Acme Status}. By default {@code Service Status}. */
    @Parameter(property = SitrepProperties.TITLE)
    private String title;

    /**
     * Where the site will be published, an absolute http or https URL, e.g. {@code https://status.acme.example}:
     * feeds and the JSON API link to it. By default {@code https://status.example.com}, to be changed in
     * {@code incidents/sitrep.yaml}.
     */
    @Parameter(property = SitrepProperties.BASE_URL)
    private String baseUrl;

    /**
     * The components customers see, as {@code id:Name} separated by commas, e.g. {@code api:Public API,web:Website}.
     * Ids are lowercase letters, digits and hyphens. By default {@code api:API,website:Website}.
     */
    @Parameter(property = SitrepProperties.COMPONENTS)
    private String components;

    /** The folder Maven was started in: the new repository's root. */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true, required = true)
    private File directory;

    /** This plugin's version: the version the new pom declares. */
    @Parameter(defaultValue = "${plugin.version}", readonly = true, required = true)
    private String pluginVersion;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        List<String> written;
        try {
            written = RepositoryScaffold.write(directory.toPath(), new RepositoryScaffold.Request(optional(title),
                    optional(baseUrl), optional(components), pluginVersion));
        } catch (AuthoringException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (RuntimeException e) {
            throw Failures.of(e);
        }
        getLog().info("sitrep: started a status repository in " + directory);
        written.forEach(path -> getLog().info("  wrote " + path));
        getLog().info("sitrep: next, in this folder:");
        getLog().info("  mvn verify     # checks incidents/ (every finding as path:line:col)");
        getLog().info("  mvn site       # writes the status site to target/site/status/index.html");
        getLog().info("  mvn sitrep:incident -Dtitle=\"Checkout errors\" -Dseverity=P1 -Dcomponents="
                + RepositoryScaffold.firstComponent(Optional.ofNullable(components).filter(s -> !s.isBlank()))
                + ":partial_outage     # opens an incident (README.md says more)");
    }

    private static Optional<String> optional(String value) {
        return Optional.ofNullable(value).filter(s -> !s.isBlank());
    }
}
