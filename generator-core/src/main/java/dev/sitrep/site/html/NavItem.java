package dev.sitrep.site.html;

import java.util.Objects;

/** A link of the site navigation; {@code current} for the page it is on. */
public record NavItem(String label, String href, boolean current) {

    public NavItem {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(href, "href");
    }
}
