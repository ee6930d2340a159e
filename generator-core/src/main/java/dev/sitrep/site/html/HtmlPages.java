package dev.sitrep.site.html;

import dev.sitrep.cache.BuildCache;
import dev.sitrep.model.Component;
import dev.sitrep.model.Incident;
import dev.sitrep.site.OutputFile;
import dev.sitrep.site.SiteContext;
import dev.sitrep.site.SitePart;
import dev.sitrep.site.SiteSink;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The HTML pages of the site: the status page, the incident history, one page per incident and per component, the
 * postmortem index, the action items and the metrics, with their stylesheet and icon.
 *
 * <p>One FreeMarker configuration and one Markdown renderer are built per {@link #render} call and shared by all its
 * pages. A template in the user's {@code templates/} folder replaces the built-in one of the same name; so does a
 * {@code style.css} there.
 */
public final class HtmlPages implements SitePart {

    /** The static files copied as they are, from the user's templates folder or the built-in ones. */
    static final List<String> ASSETS = List.of("style.css", "favicon.svg");

    private final boolean parallel;

    /** The pages, with the incident pages rendered in parallel. */
    public HtmlPages() {
        this(true);
    }

    /**
     * The pages; {@code parallel} false renders everything in the calling thread, the reference that the parallel
     * result must equal byte for byte.
     */
    public HtmlPages(boolean parallel) {
        this.parallel = parallel;
    }

    @Override
    public void render(SiteContext context, SiteSink sink) {
        Templates templates = new Templates(context.templates(), context.repository().config().timezone());
        PagePieces pieces = new PagePieces(context.repository(), context.metrics(), context.strings());
        StringsModel strings = new StringsModel(context.strings());
        Optional<String> frame = frame(context);
        MarkdownRenderer markdown = new MarkdownRenderer(new HtmlSanitiser(), context.cache());
        IncidentPageBuilder incidentPages = new IncidentPageBuilder(pieces, markdown);

        for (String asset : ASSETS) {
            sink.put(new OutputFile(asset, templates.asset(asset)));
        }
        // Every page is independent of the others: one parallel pass over all of them, the site-wide pages
        // first (the history is the largest page of all), so that no core waits for the history while others idle.
        // Each page is streamed to the sink (and so to its file) as it is rendered: the site is never held in
        // memory. Templates, the Markdown renderer and the page builders are safe for that.
        List<Runnable> pages = new ArrayList<>();
        HistoryPageBuilder history = new HistoryPageBuilder(pieces);
        pages.add(() -> page(sink, templates, strings, frame, markdown, HistoryPageBuilder.PATH, "history.ftlh", history.page()));
        for (int year : history.years()) {
            pages.add(() -> page(sink, templates, strings, frame, markdown, HistoryPageBuilder.yearPath(year), "history.ftlh",
                    history.yearPage(year)));
        }
        pages.add(() -> page(sink, templates, strings, frame, markdown, PostmortemIndexBuilder.PATH, "postmortems.ftlh",
                new PostmortemIndexBuilder(pieces).page()));
        pages.add(() -> page(sink, templates, strings, frame, markdown, ActionItemsPageBuilder.PATH, "action-items.ftlh",
                new ActionItemsPageBuilder(pieces).page()));
        pages.add(() -> page(sink, templates, strings, frame, markdown, MetricsPageBuilder.PATH, "metrics.ftlh",
                new MetricsPageBuilder(pieces).page()));
        pages.add(() -> page(sink, templates, strings, frame, markdown, StatusPageBuilder.PATH, "index.ftlh",
                new StatusPageBuilder(pieces).page()));
        ComponentPageBuilder componentPages = new ComponentPageBuilder(pieces);
        for (Component component : context.repository().config().components()) {
            pages.add(() -> page(sink, templates, strings, frame, markdown, ComponentPageBuilder.path(component), "component.ftlh",
                    componentPages.page(component)));
        }
        // the incident pages, nearly all of a site, are keyed by what they are made from (IncidentPageBuilder.inputs)
        // and the configuration, so that an unchanged page is kept without building its model
        Optional<String> inputFrame = frame.map(f -> BuildCache.hashOf(f + "\nincident inputs\n",
                context.repository().config()));
        for (Incident incident : context.repository().incidents()) {
            pages.add(() -> incidentPage(sink, templates, strings, inputFrame, incidentPages, incident,
                    read(context, incident)));
        }
        (parallel ? pages.parallelStream() : pages.stream()).forEach(Runnable::run);
    }

    /**
     * Renders one page straight into its file, with its model as {@code page} and the site's strings as {@code t}
     * ({@code ${t["nav.history"]}}), keyed by its model. Streamed: the history of a large site is over a hundred
     * megabytes.
     */
    private static void page(SiteSink sink, Templates templates, StringsModel strings, Optional<String> frame,
                             MarkdownRenderer markdown, String path, String template, Object page) {
        // a postmortem's HTML counts by the key of its Markdown, which the frame's fingerprint completes
        Optional<String> key = frame.flatMap(f -> hash(f + "\n" + template + "\n", markdown::keyOf, page));
        render(sink, templates, strings, path, template, key, () -> page);
    }

    /**
     * Keeps the file at {@code path} when the previous build published it with {@code key}; otherwise builds the
     * model and renders it, with the key for the next build.
     */
    private static void render(SiteSink sink, Templates templates, StringsModel strings, String path,
                               String template, Optional<String> key, Supplier<Object> model) {
        if (key.isPresent() && sink.keep(path, key.get())) {
            return; // the previous build rendered this page from the same inputs, templates and strings
        }
        Object page = model.get();
        SiteSink.Content content = out -> templates.render(template, Map.of("page", page, "t", strings), out);
        if (key.isPresent()) {
            sink.stream(path, key.get(), content);
        } else {
            sink.stream(path, content);
        }
    }

    /**
     * What determines the incident as read: the build cache's keys of its {@code incident.yaml} and
     * {@code postmortem.md}, which hash each file's name and bytes (the cache's fingerprint, in the frame, covers
     * the code that reads them); the incident itself when a key is not known.
     */
    private static Object read(SiteContext context, Incident incident) {
        if (context.cache().isEmpty()) {
            return incident;
        }
        BuildCache cache = context.cache().get();
        String yaml = cache.sourceKey(incident.file()).orElse(null);
        String postmortem = incident.postmortem().isEmpty() ? ""
                : cache.sourceKey(incident.postmortem().get().file()).orElse(null);
        if (yaml == null || postmortem == null) {
            return incident;
        }
        return List.of("files", yaml, postmortem);
    }

    /** An incident's page, kept without building it when its inputs are those it was published from. */
    private static void incidentPage(SiteSink sink, Templates templates, StringsModel strings,
                                     Optional<String> inputFrame, IncidentPageBuilder builder, Incident incident,
                                     Object read) {
        Optional<String> key = inputFrame.flatMap(f -> hash(f, s -> null, builder.inputs(incident, read)));
        render(sink, templates, strings, IncidentPageBuilder.path(incident), "incident.ftlh", key,
                () -> builder.page(incident));
    }

    /**
     * What every page is rendered with besides its model, when the run has a build cache: sitrep's code and
     * built-in templates (the cache's fingerprint), the repository's {@code templates/} folder, the strings and the
     * time zone. A page's key adds its template and its model; the same key gives the same bytes.
     */
    private static Optional<String> frame(SiteContext context) {
        if (context.cache().isEmpty()) {
            return Optional.empty();
        }
        MessageDigest digest = BuildCache.sha256();
        digest.update(context.cache().get().fingerprint().getBytes(StandardCharsets.UTF_8));
        digest.update(context.repository().config().timezone().getId().getBytes(StandardCharsets.UTF_8));
        digest.update(BuildCache.encode(context.strings().language(), context.strings().all()));
        if (context.templates().isPresent()) {
            try (Stream<Path> walk = Files.walk(context.templates().get())) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    digest.update(context.templates().get().relativize(file).toString()
                            .getBytes(StandardCharsets.UTF_8));
                    digest.update(Files.readAllBytes(file));
                }
            } catch (IOException e) {
                return Optional.empty(); // every page is rendered, as without a cache
            }
        }
        return Optional.of(HexFormat.of().formatHex(digest.digest()));
    }

    /** The hash of {@code value} after {@code prefix}; none when it holds something that has no bytes. */
    private static Optional<String> hash(String prefix, Function<String, String> known, Object value) {
        try {
            return Optional.of(BuildCache.hashOf(prefix, known, value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
