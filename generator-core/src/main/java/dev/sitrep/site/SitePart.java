package dev.sitrep.site;

import java.util.List;

/** One part of the generated site (the HTML pages, the feeds, the JSON API, the static assets). */
public interface SitePart {

    /** Renders this part. Output must depend only on {@code context}: the same input gives the same bytes. */
    List<OutputFile> render(SiteContext context);
}
