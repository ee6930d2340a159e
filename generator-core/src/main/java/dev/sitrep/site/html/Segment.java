package dev.sitrep.site.html;

import java.util.Objects;

/** A run of plain text, linked to {@code href} (an http or https URL) when that is not empty. */
public record Segment(String text, String href) {

    public Segment {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(href, "href");
    }
}
