package dev.sitrep.site.html;

import java.util.Objects;

/**
 * A badge to embed elsewhere (a README, a wiki): its image relative to the page, and the Markdown and HTML that show it
 * with absolute URLs, linking back to the page.
 */
public record BadgeEmbed(String label, String src, String alt, String markdown, String html) {

    public BadgeEmbed {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(alt, "alt");
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(html, "html");
    }
}
