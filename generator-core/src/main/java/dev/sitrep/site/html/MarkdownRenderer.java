package dev.sitrep.site.html;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.sitrep.parse.Markdown;

/**
 * Turns a postmortem's Markdown into safe HTML: flexmark with the options postmortems are read with, raw HTML
 * escaped rather than passed through, then the {@link HtmlSanitiser}. One instance per run; safe for concurrent use.
 */
final class MarkdownRenderer {

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final HtmlSanitiser sanitiser;

    MarkdownRenderer(HtmlSanitiser sanitiser) {
        MutableDataSet options = new MutableDataSet(Markdown.OPTIONS)
                .set(HtmlRenderer.ESCAPE_HTML, true)
                .set(HtmlRenderer.SOFT_BREAK, "\n")
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true)
                .set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
        this.sanitiser = sanitiser;
    }

    /**
     * Renders {@code markdown} to sanitised HTML with its headings moved down by {@code headingShift} levels, so that
     * a postmortem's {@code ## Summary} sits below the page's own headings.
     */
    String render(String markdown, int headingShift) {
        return html(parse(markdown), headingShift);
    }

    /** Parses {@code markdown} as {@link #render} does. */
    Document parse(String markdown) {
        return parser.parse(markdown);
    }

    /** The sanitised HTML of a parsed document, with its headings moved down by {@code headingShift} levels. */
    String html(Document document, int headingShift) {
        return sanitiser.clean(renderer.render(document), headingShift);
    }
}
