package dev.sitrep.parse;

import dev.sitrep.finding.Findings;
import dev.sitrep.finding.Rule;
import dev.sitrep.model.Location;
import dev.sitrep.templating.TemplateSyntax;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.FileVisitResult;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a repository's {@code templates/} folder: its stylesheet and icon (no link, not too large), and every template
 * in it (the files FreeMarker reads as templates: {@code .ftlh}, {@code .ftlx}, {@code .ftl}, in any subfolder),
 * parsed with the configuration the site renders with, so that a pull request with a template that cannot be parsed
 * fails {@code check} at the template's line instead of the publication after it is merged. What a template does
 * with the page's data shows when the pages are rendered (see {@code Sitrep.check}).
 */
final class TemplateReader {

    private TemplateReader() {
    }

    /**
     * Checks the templates in {@code folder}, whose files are shown in findings as {@code displayPrefix} followed by
     * their path below it.
     */
    static void read(Optional<Path> folder, String displayPrefix, Findings findings) {
        if (folder.isEmpty()) {
            return;
        }
        for (String asset : TemplateSyntax.ASSETS) {
            asset(folder.get().resolve(asset), displayPrefix + asset, findings);
        }
        List<Path> templates = templates(folder.get(), displayPrefix, findings);
        if (templates.isEmpty()) {
            return;
        }
        Configuration configuration = TemplateSyntax.configuration();
        for (Path file : templates) {
            String name = folder.get().relativize(file).toString().replace('\\', '/');
            read(file, name, displayPrefix + name, configuration, findings);
        }
    }

    private static void read(Path file, String name, String display, Configuration configuration,
                             Findings findings) {
        byte[] bytes;
        try {
            if (!SourceText.sizeAllowed(display, Files.size(file), findings)) {
                return;
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            findings.error(Rule.SYNTAX, Location.startOf(display), "cannot read the file: " + e.getMessage());
            return;
        }
        Optional<String> text = SourceText.decode(display, bytes, findings);
        if (text.isEmpty()) {
            return;
        }
        try {
            new Template(name, name, new StringReader(text.get()), configuration);
        } catch (ParseException e) {
            findings.error(Rule.TEMPLATE, new Location(display, Math.max(1, e.getLineNumber()),
                    Math.max(1, e.getColumnNumber())), "the template cannot be parsed: " + TemplateSyntax.problem(e)
                    + "; " + TemplateSyntax.remedy(name));
        } catch (IOException | RuntimeException e) {
            findings.error(Rule.TEMPLATE, Location.startOf(display), "the template cannot be parsed: "
                    + TemplateSyntax.firstLine(e.getMessage()) + "; " + TemplateSyntax.remedy(name));
        } catch (StackOverflowError e) {
            findings.error(Rule.TEMPLATE, Location.startOf(display), "the template nests its directives too deeply "
                    + "to be parsed; " + TemplateSyntax.remedy(name));
        }
    }

    /**
     * A stylesheet or icon of the repository's own, which the site copies as it is: a link is refused (the site would
     * refuse one that leads out of the folder), and so is a file over the size limit of every source file.
     */
    private static void asset(Path file, String display, Findings findings) {
        try {
            if (Files.isSymbolicLink(file)) {
                findings.error(Rule.STRAY_FILE, Location.startOf(display), "a symbolic link is not copied into the "
                        + "site; put the file itself in templates/");
            } else if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                SourceText.sizeAllowed(display, Files.size(file), findings);
            }
        } catch (IOException e) {
            findings.error(Rule.SYNTAX, Location.startOf(display), "cannot read the file: " + e.getMessage());
        }
    }

    /** The template files below {@code folder}, in path order; links are not followed (and are reported). */
    private static List<Path> templates(Path folder, String displayPrefix, Findings findings) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (!TemplateSyntax.isTemplate(file.getFileName().toString())) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attributes.isSymbolicLink()) {
                        findings.error(Rule.STRAY_FILE, Location.startOf(displayPrefix
                                        + folder.relativize(file).toString().replace('\\', '/')),
                                "a symbolic link is not read as a template; put the file itself in templates/");
                    } else if (attributes.isRegularFile()) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            findings.error(Rule.SYNTAX, Location.startOf(displayPrefix), "cannot read the templates folder: "
                    + e.getMessage());
        }
        found.sort(null);
        return found;
    }
}
