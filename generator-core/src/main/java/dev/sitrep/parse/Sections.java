package dev.sitrep.parse;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.CommonmarkInlineParser;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.ast.BlankLine;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.sitrep.markdown.Markdown;
import dev.sitrep.model.Location;
import dev.sitrep.model.Section;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * Finds the headings of a postmortem body: their text, level, line, and whether content follows them.
 *
 * <p>Only the block structure and the text of headings matter here, so the parser does less than the one the site
 * renders with: the same block parsing as {@link Markdown#OPTIONS} (tables, task lists and link reference definitions
 * included, so that the blocks are exactly the same), but without the extensions that only post-process the tree
 * (autolinks, heading anchors) and with inline parsing for headings only. A paragraph keeps its text as one block; no
 * section depends on what is inside it. {@code SectionsTest} proves the sections equal to those of a full parse.
 * Safe for concurrent use, like {@link Parser}.
 */
final class Sections {

    /**
     * The parser, made on first use: a build that takes every postmortem from the build cache never loads flexmark
     * (some 250 classes).
     */
    private static final class Holder {
        static final Parser PARSER = parser();
    }

    Sections() {
    }

    private static Parser parser() {
        List<Extension> blockExtensions = new ArrayList<>();
        for (Extension e : Parser.EXTENSIONS.get(Markdown.OPTIONS)) {
            if (!(e instanceof AutolinkExtension) && !(e instanceof AnchorLinkExtension)) {
                blockExtensions.add(e);
            }
        }
        DataHolder options = new MutableDataSet(Markdown.OPTIONS)
                .set(Parser.EXTENSIONS, blockExtensions)
                .toImmutable();
        return Parser.builder(options)
                .customInlineParserFactory(HeadingsOnly::new)
                // flexmark adds the reference definitions' pre-processor only for its own inline parser factory
                .paragraphPreProcessorFactory(new ReferencePreProcessorFactory())
                .build();
    }

    /** The headings of {@code body}, whose first line is line {@code bodyLine} of {@code file}. */
    List<Section> read(String file, String body, int bodyLine) {
        return of(file, parse(body), bodyLine);
    }

    /** The blocks of {@code body}, with the inline content of headings parsed (within {@link MarkdownLimits}). */
    Node parse(String body) {
        return Holder.PARSER.parse(body);
    }

    /** The headings among the top-level blocks of a parsed body. */
    static List<Section> of(String file, Node document, int bodyLine) {
        List<Section> out = new ArrayList<>();
        List<Node> blocks = new ArrayList<>();
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            blocks.add(n);
        }
        for (int i = 0; i < blocks.size(); i++) {
            if (!(blocks.get(i) instanceof Heading heading)) {
                continue;
            }
            boolean content = false;
            for (int j = i + 1; j < blocks.size(); j++) {
                Node next = blocks.get(j);
                if (next instanceof Heading h && h.getLevel() <= heading.getLevel()) {
                    break;
                }
                if (!(next instanceof BlankLine) && !next.getChars().isBlank()) {
                    content = true;
                    break;
                }
            }
            String title = text(heading);
            Location at = new Location(file, bodyLine + heading.getLineNumber(), 1);
            out.add(new Section(title, heading.getLevel(), at, content));
        }
        return out;
    }

    /**
     * A heading's text without its markup. flexmark's text collector throws on some headings that span lines (an
     * {@code IllegalStateException} about overlapping ranges, found by fuzzing); such a heading falls back to its
     * source text, its lines joined.
     */
    static String text(Heading heading) {
        try {
            return new TextCollectingVisitor().collectAndGetText(heading).strip();
        } catch (IllegalStateException e) {
            return heading.getText().toString().replaceAll("\\s+", " ").strip();
        }
    }

    /** flexmark's CommonMark inline parser, applied to headings only; other blocks keep their text unparsed. */
    private static final class HeadingsOnly extends CommonmarkInlineParser {

        HeadingsOnly(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                     Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
                     List<InlineParserExtensionFactory> inlineParserExtensions) {
            super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors,
                    inlineParserExtensions);
        }

        @Override
        public void parse(BasedSequence input, Node node) {
            // a heading beyond the inline limits stays text: MarkdownLimits reports it, and nothing renders it
            if (node instanceof Heading && MarkdownLimits.inlineWithinLimits(input)) {
                super.parse(input, node);
            }
        }
    }
}
