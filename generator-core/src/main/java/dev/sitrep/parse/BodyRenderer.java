package dev.sitrep.parse;

import com.vladsch.flexmark.util.ast.Document;

/**
 * The site's Markdown pipeline for postmortem bodies, handed to the read stage by {@code generate} so that a published
 * postmortem's body is parsed once: the reader takes its sections from the very parse whose HTML the page shows, where
 * it would otherwise parse each body twice (for its headings here, and again to render it). Safe for concurrent use.
 */
public interface BodyRenderer {

    /** Parses {@code body} with {@link Markdown#OPTIONS}, as the site renders it. */
    Document parse(String body);

    /** The page's safe HTML of a body that {@link #parse} parsed. */
    String html(Document document);
}
