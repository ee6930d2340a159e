package dev.sitrep.site;

import java.util.List;

/** One part of the generated site (the HTML pages, the feeds, the JSON API, the static assets). */
@FunctionalInterface
public interface SitePart {

    /**
     * Renders this part, handing each file to {@code sink} as soon as it is finished (from any thread; the order
     * carries no meaning). Output must depend only on {@code context}: the same input gives the same bytes.
     */
    void render(SiteContext context, SiteSink sink);

    /** Renders this part into memory: every file, sorted by path. For tests and small parts. */
    default List<OutputFile> render(SiteContext context) {
        return SiteSink.collect(sink -> render(context, sink));
    }
}
