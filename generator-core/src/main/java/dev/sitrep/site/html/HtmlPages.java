package dev.sitrep.site.html;

import dev.sitrep.cache.BuildCache;
import dev.sitrep.model.Component;
import dev.sitrep.model.Incident;
import dev.sitrep.site.KeyedOutput;
import dev.sitrep.site.OutputFile;
import dev.sitrep.site.SiteContext;
import dev.sitrep.site.SitePart;
import dev.sitrep.site.SiteSink;
import dev.sitrep.templating.TemplateSyntax;
import dev.sitrep.site.Tasks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

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
    static final List<String> ASSETS = TemplateSyntax.ASSETS;

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
        MarkdownRenderer markdown = new MarkdownRenderer(new HtmlSanitiser(), context.cache());
        Pages out = new Pages(context, sink, templates, markdown);
        IncidentPageBuilder incidentPages = new IncidentPageBuilder(pieces, markdown);

        for (String asset : ASSETS) {
            sink.put(new OutputFile(asset, templates.asset(asset)));
        }
        // Every page is independent of the others: each core takes the next page when it is free, the site-wide
        // pages first (the history is the largest page of all), so that no core waits for the history while others
        // idle.
        // Each page is streamed to the sink (and so to its file) as it is rendered: the site is never held in
        // memory. Templates, the Markdown renderer and the page builders are safe for that.
        List<Runnable> pages = new ArrayList<>();
        Sources sources = new Sources(context.repository(), context.cache());
        // what a page that shows the whole repository against the clock is made of
        Supplier<Object> everything = () -> List.of(sources.all(), context.now().toString());
        HistoryPageBuilder history = new HistoryPageBuilder(pieces);
        pages.add(() -> out.page(HistoryPageBuilder.PATH, "history.ftlh", history::inputs, history::page));
        for (int year : history.years()) {
            pages.add(() -> out.page(HistoryPageBuilder.yearPath(year), "history.ftlh",
                    () -> history.yearInputs(year), () -> history.yearPage(year)));
        }
        PostmortemIndexBuilder postmortems = new PostmortemIndexBuilder(pieces);
        pages.add(() -> out.byInputs(PostmortemIndexBuilder.PATH, "postmortems.ftlh",
                () -> postmortems.inputs(sources), postmortems::page));
        pages.add(() -> out.page(ActionItemsPageBuilder.PATH, "action-items.ftlh",
                () -> new ActionItemsPageBuilder(pieces).page()));
        pages.add(() -> out.byInputs(MetricsPageBuilder.PATH, "metrics.ftlh", everything,
                () -> new MetricsPageBuilder(pieces).page()));
        pages.add(() -> out.byInputs(StatusPageBuilder.PATH, "index.ftlh", everything,
                () -> new StatusPageBuilder(pieces).page()));
        ComponentPageBuilder componentPages = new ComponentPageBuilder(pieces);
        for (Component component : context.repository().config().components()) {
            pages.add(() -> out.byInputs(ComponentPageBuilder.path(component), "component.ftlh",
                    () -> componentPages.inputs(component, sources), () -> componentPages.page(component)));
        }
        for (Incident incident : context.repository().incidents()) {
            pages.add(() -> out.byInputs(IncidentPageBuilder.path(incident), "incident.ftlh",
                    () -> incidentPages.inputs(incident, sources), () -> incidentPages.page(incident)));
        }
        if (parallel) {
            Tasks.runAll(pages);
        } else {
            pages.forEach(Runnable::run);
        }
    }

    /**
     * Renders pages straight into their files, each with its model as {@code page} and the site's strings as
     * {@code t} ({@code ${t["nav.history"]}}). Streamed: the history of a large site is over a hundred megabytes.
     *
     * <p>With a build cache, each page is published with a key, and the previous build's file is kept when it was
     * published with the same key. A page is keyed one of three ways:
     * <ul>
     *   <li>by its model with the frame (see {@link KeyedOutput#frame}): the action items;</li>
     *   <li>by its inputs (what its builder makes it from, each incident by the keys of its files; see
     *       {@link Sources}) with the frame, kept without building its model: a page whose model changes whenever
     *       they do, such as an incident's page, or one that shows the time of its data and so changes with the
     *       clock (the status, metrics, postmortem and component pages);</li>
     *   <li>by its model, with the cache remembering which model key its inputs gave: the history pages, thousands
     *       of cards that stay the same when an incident gets an update. Unchanged inputs keep the page without
     *       building its model; changed ones cost the model and its hash, not the rendering.</li>
     * </ul>
     */
    private static final class Pages {
        private final SiteSink sink;
        private final Templates templates;
        private final StringsModel strings;
        private final MarkdownRenderer markdown;
        private final Optional<BuildCache> cache;
        private final Optional<String> frame;
        private final Optional<String> inputFrame;

        Pages(SiteContext context, SiteSink sink, Templates templates, MarkdownRenderer markdown) {
            this.sink = sink;
            this.templates = templates;
            this.strings = new StringsModel(context.strings());
            this.markdown = markdown;
            this.cache = context.cache();
            this.frame = context.frame();
            this.inputFrame = frame.map(f -> BuildCache.hashOf(f + "\ninputs\n", context.repository().config()));
        }

        /** A page keyed by its model. */
        void page(String path, String template, Supplier<Object> model) {
            Object page = model.get();
            // a postmortem's HTML counts by the key of its Markdown, which the frame's fingerprint completes
            render(path, template, frame.flatMap(f -> KeyedOutput.hash(f + "\n" + template + "\n", markdown::keyOf,
                    page)), () -> page);
        }

        /**
         * A page keyed by its {@code inputs} alone: for a page whose model changes whenever they do (an incident's
         * page; a page that shows the time of its data), whose model it would be wasted work to hash.
         */
        void byInputs(String path, String template, Supplier<Object> inputs, Supplier<Object> model) {
            render(path, template, inputFrame.flatMap(f -> KeyedOutput.hash(f + "\n" + template + "\n", s -> null,
                    inputs.get())), model);
        }

        /** A page keyed by its model, kept without building that when its {@code inputs} gave the same key before. */
        void page(String path, String template, Supplier<Object> inputs, Supplier<Object> model) {
            if (cache.isEmpty() || inputFrame.isEmpty()) {
                render(path, template, Optional.empty(), model);
                return;
            }
            Optional<String> inputKey = KeyedOutput.hash(inputFrame.get() + "\n" + template + "\n", s -> null,
                    inputs.get());
            Optional<String> known = inputKey.flatMap(k -> cache.get().get(BuildCache.Kind.PAGE, k))
                    .map(bytes -> new String(bytes, StandardCharsets.UTF_8));
            if (known.isPresent() && sink.keep(path, known.get())) {
                return; // the same inputs gave the model this file was rendered from
            }
            Object page = model.get();
            Optional<String> key = KeyedOutput.hash(frame.get() + "\n" + template + "\n", markdown::keyOf, page);
            if (inputKey.isPresent() && key.isPresent()) {
                cache.get().put(BuildCache.Kind.PAGE, inputKey.get(), key.get().getBytes(StandardCharsets.UTF_8));
            }
            render(path, template, key, () -> page);
        }

        /**
         * Keeps the file at {@code path} when the previous build published it with {@code key}; otherwise builds
         * the page's {@code model} and renders it, with the key for the next build.
         */
        private void render(String path, String template, Optional<String> key, Supplier<Object> model) {
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
    }
}
