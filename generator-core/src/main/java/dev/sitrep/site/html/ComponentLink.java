package dev.sitrep.site.html;

import java.util.Objects;

/** A component's name and the relative link to its page; {@code href} is empty for a component not configured. */
public record ComponentLink(String name, String href) {

    public ComponentLink {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(href, "href");
    }
}
