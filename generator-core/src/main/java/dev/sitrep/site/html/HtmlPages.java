package dev.sitrep.site.html;

import dev.sitrep.model.Incident;
import dev.sitrep.site.OutputFile;
import dev.sitrep.site.SiteContext;
import dev.sitrep.site.SitePart;

import java.util.ArrayList;
import java.util.Comparator;
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
    public List<OutputFile> render(SiteContext context) {
        Templates templates = new Templates(context.templates(), context.repository().config().timezone());
        MarkdownRenderer markdown = new MarkdownRenderer(new HtmlSanitiser());
        PageModels models = new PageModels(context.repository(), context.metrics(),
                markdown);

        List<OutputFile> files = new ArrayList<>();
        for (String asset : ASSETS) {
            files.add(new OutputFile(asset, templates.asset(asset)));
        }
        files.add(page("index.html", templates.render("index.ftlh", model(models.statusPage()))));
        files.add(page("metrics/index.html", templates.render("metrics.ftlh", model(models.metricsPage()))));
        files.add(page("history/index.html", templates.render("history.ftlh", model(models.historyPage()))));
        files.add(page("action-items/index.html", templates.render("action-items.ftlh",
                model(models.actionItemsPage()))));
        // The incident pages are most of the work (a postmortem each to render and sanitise) and independent of one
        // another: render them in parallel. Templates, the Markdown renderer and the models are safe for that.
        List<Incident> incidents = context.repository().incidents();
        files.addAll((parallel ? incidents.parallelStream() : incidents.stream())
                .map(incident -> page(PageModels.incidentPath(incident.id()),
                        templates.render("incident.ftlh", model(models.incidentPage(incident)))))
                .toList());
        files.sort(Comparator.comparing(OutputFile::path));
        return List.copyOf(files);
    }

    /** The data model of a template: the page record as {@code page}. */
    private static Map<String, Object> model(Object page) {
        return Map.of("page", page);
    }

    private static OutputFile page(String path, byte[] html) {
        return new OutputFile(path, html);
    }
}
