package dev.sitrep.site.html;

import dev.sitrep.model.Incident;
import dev.sitrep.site.OutputFile;
import dev.sitrep.site.SiteContext;
import dev.sitrep.site.SitePart;
import dev.sitrep.site.SiteSink;

import java.util.List;
import java.util.Map;

/**
 * The HTML pages of the site: the status page, the incident history, one page per incident, the action items and the
 * metrics, with their stylesheet and icon.
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
        MarkdownRenderer markdown = new MarkdownRenderer(new HtmlSanitiser());
        PageModels models = new PageModels(context.repository(), context.metrics(), markdown);

        for (String asset : ASSETS) {
            sink.put(new OutputFile(asset, templates.asset(asset)));
        }
        page(sink, templates, "index.html", "index.ftlh", models.statusPage());
        page(sink, templates, "metrics/index.html", "metrics.ftlh", models.metricsPage());
        page(sink, templates, "history/index.html", "history.ftlh", models.historyPage());
        page(sink, templates, "action-items/index.html", "action-items.ftlh", models.actionItemsPage());
        // The incident pages are most of the work (a postmortem each to render and sanitise) and independent of one
        // another: render them in parallel, each streamed to the sink (and so to its file) as it is rendered, so the
        // site is never held in memory. Templates, the Markdown renderer and the models are safe for that.
        List<Incident> incidents = context.repository().incidents();
        (parallel ? incidents.parallelStream() : incidents.stream())
                .forEach(incident -> page(sink, templates, PageModels.incidentPath(incident.id()), "incident.ftlh",
                        models.incidentPage(incident)));
    }

    /** Renders one page straight into its file: the history of a large site is over a hundred megabytes. */
    private static void page(SiteSink sink, Templates templates, String path, String template, Object page) {
        sink.stream(path, out -> templates.render(template, Map.of("page", page), out));
    }
}
