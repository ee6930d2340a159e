package dev.sitrep.site.html;

import dev.sitrep.model.Component;
import dev.sitrep.model.Incident;
import dev.sitrep.site.OutputFile;
import dev.sitrep.site.SiteContext;
import dev.sitrep.site.SitePart;
import dev.sitrep.site.SiteSink;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
        IncidentPageBuilder incidentPages = new IncidentPageBuilder(pieces, new MarkdownRenderer(new HtmlSanitiser()));

        for (String asset : ASSETS) {
            sink.put(new OutputFile(asset, templates.asset(asset)));
        }
        // Every page is independent of the others: one parallel pass over all of them, the site-wide pages
        // first (the history is the largest page of all), so that no core waits for the history while others idle.
        // Each page is streamed to the sink (and so to its file) as it is rendered: the site is never held in
        // memory. Templates, the Markdown renderer and the page builders are safe for that.
        List<Runnable> pages = new ArrayList<>();
        HistoryPageBuilder history = new HistoryPageBuilder(pieces);
        pages.add(() -> page(sink, templates, strings, HistoryPageBuilder.PATH, "history.ftlh", history.page()));
        for (int year : history.years()) {
            pages.add(() -> page(sink, templates, strings, HistoryPageBuilder.yearPath(year), "history.ftlh",
                    history.yearPage(year)));
        }
        pages.add(() -> page(sink, templates, strings, PostmortemIndexBuilder.PATH, "postmortems.ftlh",
                new PostmortemIndexBuilder(pieces).page()));
        pages.add(() -> page(sink, templates, strings, ActionItemsPageBuilder.PATH, "action-items.ftlh",
                new ActionItemsPageBuilder(pieces).page()));
        pages.add(() -> page(sink, templates, strings, MetricsPageBuilder.PATH, "metrics.ftlh",
                new MetricsPageBuilder(pieces).page()));
        pages.add(() -> page(sink, templates, strings, StatusPageBuilder.PATH, "index.ftlh",
                new StatusPageBuilder(pieces).page()));
        ComponentPageBuilder componentPages = new ComponentPageBuilder(pieces);
        for (Component component : context.repository().config().components()) {
            pages.add(() -> page(sink, templates, strings, ComponentPageBuilder.path(component), "component.ftlh",
                    componentPages.page(component)));
        }
        for (Incident incident : context.repository().incidents()) {
            pages.add(() -> page(sink, templates, strings, IncidentPageBuilder.path(incident), "incident.ftlh",
                    incidentPages.page(incident)));
        }
        (parallel ? pages.parallelStream() : pages.stream()).forEach(Runnable::run);
    }

    /**
     * Renders one page straight into its file, with its model as {@code page} and the site's strings as {@code t}
     * ({@code ${t["nav.history"]}}). Streamed: the history of a large site is over a hundred megabytes.
     */
    private static void page(SiteSink sink, Templates templates, StringsModel strings, String path,
                             String template, Object page) {
        sink.stream(path, out -> templates.render(template, Map.of("page", page, "t", strings), out));
    }
}
