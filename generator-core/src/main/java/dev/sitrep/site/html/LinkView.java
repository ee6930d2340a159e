package dev.sitrep.site.html;

import java.util.Objects;

/** A link with its text and what it is for ({@code Atom feed}, {@code history.atom}, {@code the incidents …}). */
public record LinkView(String label, String href, String description) {

    public LinkView {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(description, "description");
    }
}
