package dev.sitrep.site.html;

import java.util.List;
import java.util.Objects;

/**
 * What every page's frame shows: titles, the relative path to the site root, the navigation and the time of the data
 * ({@link Stamp#NONE} on a page that shows nothing measured against the clock).
 * {@code root} is {@code ""}, {@code "../"} or {@code "../../"}: every link is relative so the site works from {@code
 * file://} and any sub-path.
 */
public record Layout(String lang, String siteTitle, String pageTitle, String description, String root,
                     List<NavItem> nav, Stamp generated) {

    public Layout {
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(siteTitle, "siteTitle");
        Objects.requireNonNull(pageTitle, "pageTitle");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(root, "root");
        nav = List.copyOf(nav);
        Objects.requireNonNull(generated, "generated");
    }
}
