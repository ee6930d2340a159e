package dev.sitrep.templating;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The FreeMarker configuration every sitrep template is parsed with: FreeMarker 2.3.34's rules, HTML auto-escaping
 * (and plain text for {@code .ftl}, XML for {@code .ftlx}, by the file's extension), UTF-8, and no way to reach
 * Java classes, since templates may come from pull requests.
 */
public final class TemplateSyntax {

    /** Where the built-in templates, the stylesheet and the images are on the class path. */
    public static final String BUILT_IN_FOLDER = "dev/sitrep/templates";

    /** The static files of the site, copied as they are from the repository's {@code templates/} or sitrep's own. */
    public static final List<String> ASSETS = List.of("style.css", "favicon.svg");

    /** The file name endings FreeMarker reads as templates. */
    public static final String[] EXTENSIONS = {".ftlh", ".ftlx", ".ftl"};

    private TemplateSyntax() {
    }

    /** A new configuration with sitrep's parsing settings; the caller adds its loader, object wrapper and so on. */
    public static Configuration configuration() {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setDefaultEncoding(StandardCharsets.UTF_8.name());
        cfg.setLocale(Locale.ROOT);
        cfg.setLocalizedLookup(false);
        // Templates may come from pull requests: they must not instantiate classes or reach the Java API.
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        return cfg;
    }

    /** Whether sitrep has a template of its own named {@code name} ({@code index.ftlh}, {@code macros/icons.ftlh}). */
    public static boolean isBuiltIn(String name) {
        return TemplateSyntax.class.getClassLoader().getResource(BUILT_IN_FOLDER + "/" + name) != null;
    }

    /**
     * What the parser says is wrong, on one line: its first line, and the tokens it expected, when it lists them, after
     * it ({@code Encountered "/", but was expecting one of: <STRING_LITERAL>, "true", ...}).
     */
    public static String problem(ParseException e) {
        String message = e.getEditorMessage() == null ? "" : e.getEditorMessage().strip();
        if (message.isEmpty()) {
            return "FreeMarker gives no reason";
        }
        String[] lines = message.split("\\R");
        String first = lines[0].strip();
        if (first.endsWith("one of these patterns:") && lines.length > 1) {
            List<String> expected = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    expected.add(lines[i].strip());
                }
            }
            return first.substring(0, first.length() - "these patterns:".length()) + String.join(", ", expected);
        }
        return firstLine(first);
    }

    /** The first line of a FreeMarker message, without the full stops at its end (the caller goes on after it). */
    public static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "unknown problem";
        }
        String line = message.strip().lines().findFirst().orElse("").strip();
        while (line.endsWith(".")) {
            line = line.substring(0, line.length() - 1);
        }
        return line;
    }

    /** How to mend the repository's template {@code name}: fix it, or, where sitrep has its own, delete it. */
    public static String remedy(String name) {
        return isBuiltIn(name) ? "fix it, or delete it to use sitrep's own " + name : "fix it";
    }

    /** Whether {@code folder} or a folder below it holds a file FreeMarker reads as a template (links not followed). */
    public static boolean hasTemplates(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.anyMatch(f -> isTemplate(f.getFileName().toString())
                    && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException | UncheckedIOException e) {
            return false; // the read stage reports a folder it cannot read
        }
    }

    /** Whether FreeMarker reads {@code fileName} as a template. */
    public static boolean isTemplate(String fileName) {
        for (String extension : EXTENSIONS) {
            if (fileName.endsWith(extension)) {
                return true;
            }
        }
        return false;
    }
}
