package dev.sitrep.site.html;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.sitrep.cache.BuildCache;
import dev.sitrep.markdown.DeepStack;
import dev.sitrep.markdown.Markdown;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a postmortem's Markdown into safe HTML for its incident page: flexmark with the options postmortems are read
 * with, raw HTML escaped rather than passed through, then the {@link HtmlSanitiser}, with the postmortem's headings
 * moved below the page's own. One instance per run; safe for concurrent use.
 */
final class MarkdownRenderer {

    /** The page has h1 (the title) and h2 (Postmortem): a postmortem's own {@code ##} sections become h3. */
    private static final int HEADING_SHIFT = 1;

    private final HtmlSanitiser sanitiser;
    private final Optional<BuildCache> cache;
    /** The HTML this renderer gave, by identity, with the key of its Markdown: a page's key hashes that instead. */
    private final Map<String, String> keys = Collections.synchronizedMap(new IdentityHashMap<>());

    MarkdownRenderer(HtmlSanitiser sanitiser) {
        this(sanitiser, Optional.empty());
    }

    /** A renderer that takes what the build cache kept of a Markdown text it rendered before, and keeps what it renders. */
    MarkdownRenderer(HtmlSanitiser sanitiser, Optional<BuildCache> cache) {
        this.cache = cache;
        this.sanitiser = sanitiser;
    }

    /**
     * flexmark's parser and renderer, made on first use: a rebuild that takes every postmortem's HTML from the
     * build cache never loads flexmark at all (some 250 classes).
     */
    private static final class Flexmark {
        static final Parser PARSER;
        static final HtmlRenderer RENDERER;

        static {
            MutableDataSet options = new MutableDataSet(Markdown.OPTIONS)
                    .set(HtmlRenderer.ESCAPE_HTML, true)
                    .set(HtmlRenderer.SOFT_BREAK, "\n")
                    .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                    .set(HtmlRenderer.RENDER_HEADER_ID, true)
                    .set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-");
            PARSER = Parser.builder(options).build();
            RENDERER = HtmlRenderer.builder(options).build();
        }
    }

    /** Renders {@code markdown} to the page's sanitised HTML. */
    String render(String markdown) {
        if (cache.isEmpty()) {
            return renderNow(markdown);
        }
        // the result is a function of the text and of sitrep's code, which the cache's fingerprint covers
        String key = BuildCache.hash(markdown);
        Optional<byte[]> known = cache.get().get(BuildCache.Kind.MARKDOWN, key);
        String html;
        if (known.isPresent()) {
            html = new String(known.get(), StandardCharsets.UTF_8);
        } else {
            html = renderNow(markdown);
            cache.get().put(BuildCache.Kind.MARKDOWN, key, html.getBytes(StandardCharsets.UTF_8));
        }
        keys.put(html, "markdown:" + key);
        return html;
    }

    /**
     * The key of the Markdown that {@code html}, a string this renderer returned, was rendered from; null for any
     * other string, even an equal one. The HTML is a function of that Markdown and of sitrep's code. Each string is
     * known once: the page that shows it hashes it right after it was rendered, and the renderer does not hold on to
     * the HTML of ten thousand postmortems; asked again, it says null and the string is hashed as it is.
     */
    String keyOf(String html) {
        return keys.remove(html);
    }

    private String renderNow(String markdown) {
        String html = DeepStack.call(() -> Flexmark.RENDERER.render(Flexmark.PARSER.parse(markdown)));
        return sanitiser.clean(html, HEADING_SHIFT);
    }
}
