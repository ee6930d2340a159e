package dev.sitrep.parse;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import dev.sitrep.finding.Findings;
import dev.sitrep.finding.Rule;
import dev.sitrep.markdown.DeepStack;
import dev.sitrep.model.Location;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * The limits a postmortem body must keep so that rendering it takes time in proportion to its size and never
 * exhausts the renderer: postmortems come from pull requests, and one body must not be able to stop the site from
 * being published. Each limit broken is a data error at its line, found by the read stage, so {@code check} refuses
 * exactly what {@code generate} would refuse. The limits are far above what a postmortem needs; {@code docs/security.md}
 * lists them.
 *
 * <p>Measured on flexmark 0.64: block quotes nested some thousand deep overflow the stack of its parser's
 * post-processors and of its renderer; within one paragraph, the inline parser's time grows with the square of the
 * number of links and of unmatched code spans; a table's time grows faster than its rows. So nesting is bounded, and so
 * are the lines of a paragraph (a table is one) and the inline markup of each paragraph and heading: the square of a bounded
 * number, once per block, keeps the whole linear.
 */
final class MarkdownLimits {

    /** The largest body, in characters. */
    static final int MAX_BODY_CHARS = 1_000_000;
    /**
     * The most of one of {@code - * _ = > + ~ # `} in a row in one line, spaces between them allowed: flexmark's
     * horizontal-rule and list patterns recurse once per repetition and overflow a 1 MiB stack at a few thousand,
     * wherever in a line (after a list item's check box, say) the run starts.
     */
    static final int MAX_REPEATED_RUN = 1_000;
    /** The characters Markdown repeats, whose long runs {@link #MAX_REPEATED_RUN} bounds. */
    private static final String REPEATED = "-*_=>+~#`";
    /** How deep block quotes and lists may be nested inside each other. */
    static final int MAX_DEPTH = 16;
    /** The most rows of one table: flexmark's table parsing takes time faster than in proportion to them. */
    static final int MAX_TABLE_ROWS = 400;
    /**
     * The most lines in a row without a blank line between them: flexmark's block parser takes time that grows with
     * the square of a paragraph's lines. Above a table of {@link #MAX_TABLE_ROWS} rows.
     */
    static final int MAX_BLOCK_LINES = 500;
    /** The most columns of one table. */
    static final int MAX_TABLE_COLUMNS = 64;
    /** The most link brackets ({@code [}) in one paragraph, table row or heading. */
    static final int MAX_LINKS_PER_BLOCK = 200;
    /**
     * The most emphasis markers in one paragraph, table row or heading: matched markers nest, and flexmark overflows a
     * 1 MiB stack at about 2,000 levels, so this keeps nesting below 500.
     */
    static final int MAX_EMPHASIS_PER_BLOCK = 1_000;
    /** The most runs of backticks in one paragraph, table row or heading. */
    static final int MAX_CODE_MARKERS_PER_BLOCK = 2_000;
    /**
     * The most {@code <} and {@code &} (inline HTML, autolinks, entities) in one paragraph, table row or heading: on
     * Java 17 each match flexmark makes at one copies the whole text it matches in (JDK-8132995), so their cost grows
     * with the square of their number in one block.
     */
    static final int MAX_HTML_MARKERS_PER_BLOCK = 500;
    /**
     * The most characters of one paragraph, table row or heading, the text of one inline parse: some of flexmark's
     * patterns (an HTML comment, a link title) recurse once per character they match, about 520 bytes of stack each,
     * so this bounds the stack one parse can take to some 50 MiB, well inside {@link DeepStack#STACK_BYTES}.
     */
    static final int MAX_INLINE_CHARS = 100_000;
    /**
     * The most characters of one word (no space in between; a link's destination does not count) in a paragraph,
     * table row or heading: flexmark's autolink extension takes time that grows with the square of a word's length
     * when the word is full of '-' or '.' (40,000 characters of {@code -f-f-f}: 2 s).
     */
    static final int MAX_WORD_CHARS = 2_000;


    private MarkdownLimits() {
    }

    /**
     * Checks what must be checked before the body is parsed at all: its size, and lines that would exhaust the
     * block parser. Returns the body to parse: the body itself, or a copy in which each such line is replaced by
     * plain text, so that the headings, their lines and their content are still found (the body is refused either
     * way, and no second finding says that a section is empty).
     */
    static String checkText(String file, String body, int bodyLine, Findings findings) {
        if (body.length() > MAX_BODY_CHARS) {
            findings.error(Rule.MARKDOWN_LIMIT, new Location(file, bodyLine, 1), String.format(Locale.ROOT,
                    "the postmortem body has %,d characters; sitrep renders bodies of at most %,d, so move long logs "
                            + "or data out of it and link to them", body.length(), MAX_BODY_CHARS));
        }
        List<int[]> lines = lines(body);
        boolean[] blank = new boolean[lines.size()];
        int tableEnd = -1; // the last line of the table being read: its rows are still checked line by line
        // Every line is checked, inside code blocks too: whether a line is code is the parser's decision (a fence can
        // be left open by a longer opening one, or sit in an HTML block where it is no fence at all), and a line
        // this scan took for code while flexmark did not would reach the parser unchecked, as fuzzing showed. No
        // code block of a real postmortem comes near these limits.
        for (int n = 0; n < lines.size(); n++) {
            int start = lines.get(n)[0];
            int end = lines.get(n)[1];
            long marked = longestMarkerRun(body, start, end);
            int run = (int) (marked >>> 16);
            if (run > MAX_REPEATED_RUN) {
                findings.error(Rule.MARKDOWN_LIMIT, new Location(file, bodyLine + n, 1), String.format(Locale.ROOT,
                        "this line has %,d '%c' in a row; sitrep reads at most %,d of one character in a row, so "
                                + "shorten it", run, (char) (marked & 0xffff), MAX_REPEATED_RUN));
                blank[n] = true;
            }
            int containers = run > MAX_REPEATED_RUN || isRule(body, start, end) ? 0
                    : containerMarkers(body, start, end);
            if (containers > MAX_DEPTH) {
                findings.error(Rule.MARKDOWN_LIMIT, new Location(file, bodyLine + n, 1), String.format(Locale.ROOT,
                        "block quotes and lists are nested more than %d deep here; sitrep renders at most %d "
                                + "levels, so flatten this part (fewer '>' or less indentation)", MAX_DEPTH, MAX_DEPTH));
                blank[n] = true;
            }
            if (n > tableEnd && n > 0 && !isBlank(body, lines.get(n - 1))
                    && isTableSeparator(body.subSequence(start, end))) {
                int rows = 0;
                int last = n;
                while (last + 1 < lines.size() && !isBlank(body, lines.get(last + 1))) {
                    last++;
                    rows++;
                }
                int columns = cells(body, lines.get(n - 1));
                if (rows > MAX_TABLE_ROWS) {
                    findings.error(Rule.MARKDOWN_LIMIT, new Location(file, bodyLine + n - 1, 1),
                            String.format(Locale.ROOT, "this table has %,d rows; sitrep renders tables of at most "
                                    + "%,d rows, so split it or link to the full data", rows, MAX_TABLE_ROWS));
                }
                if (columns > MAX_TABLE_COLUMNS) {
                    findings.error(Rule.MARKDOWN_LIMIT, new Location(file, bodyLine + n - 1, 1),
                            String.format(Locale.ROOT, "this table has %d columns; sitrep renders tables of at most %d "
                                    + "columns, so split it or link to the full data", columns, MAX_TABLE_COLUMNS));
                }
                if (rows > MAX_TABLE_ROWS || columns > MAX_TABLE_COLUMNS) {
                    for (int k = n - 1; k <= last; k++) {
                        blank[k] = true;
                    }
                }
                tableEnd = last;
            }
        }
        // Runs of lines without a blank line: flexmark's block parser takes time that grows with the square of a
        // paragraph's lines (each line that starts with a digit or a mark is tried against the paragraph so far). A
        // run too long is reported, and broken every MAX_BLOCK_LINES lines by a line of spaces, so parsing stays linear.
        // Lines already reported and blanked out (a table too big, say) are plain text now and cost nothing: they
        // neither count nor end a run.
        boolean[] breakHere = new boolean[lines.size()];
        int runStart = -1;
        List<Integer> run = new ArrayList<>();
        for (int n = 0; n <= lines.size(); n++) {
            boolean isBlank = n == lines.size() || isBlank(body, lines.get(n));
            if (!isBlank) {
                if (runStart < 0) {
                    runStart = n;
                }
                if (!blank[n]) {
                    run.add(n);
                }
            } else if (runStart >= 0) {
                if (run.size() > MAX_BLOCK_LINES) {
                    findings.error(Rule.MARKDOWN_LIMIT, new Location(file, bodyLine + runStart, 1),
                            String.format(Locale.ROOT, "%,d lines follow each other here without a blank line; sitrep "
                                    + "reads at most %,d in a row, so separate paragraphs with blank lines, or move "
                                    + "long logs out and link to them", n - runStart, MAX_BLOCK_LINES));
                    for (int k = MAX_BLOCK_LINES; k < run.size(); k += MAX_BLOCK_LINES) {
                        breakHere[run.get(k)] = true;
                    }
                }
                runStart = -1;
                run.clear();
            }
        }
        StringBuilder safe = null;
        for (int n = 0; n < lines.size(); n++) {
            if (blank[n] || breakHere[n]) {
                if (safe == null) {
                    safe = new StringBuilder(body);
                }
                for (int j = lines.get(n)[0]; j < lines.get(n)[1]; j++) {
                    safe.setCharAt(j, j == lines.get(n)[0] && !breakHere[n] ? 'x' : ' ');
                }
            }
        }
        return safe == null ? body : safe.toString();
    }

    /** The start and end (exclusive, before the line break) of each line. */
    private static List<int[]> lines(String text) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                lines.add(new int[] {start, i});
                start = i + 1;
            }
        }
        return lines;
    }

    private static boolean isBlank(String text, int[] line) {
        return firstNonSpace(text, line[0], line[1]) >= line[1];
    }

    /**
     * How many block-quote and list markers open a line ({@code >}, {@code - * +} or {@code 1.} {@code 1)} followed by
     * a space): how deep the containers it opens nest. The block parser's time grows faster than their number.
     */
    private static int containerMarkers(String text, int from, int to) {
        int markers = 0;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
            } else if (c == '>') {
                markers++;
                i++;
            } else if ((c == '-' || c == '*' || c == '+') && (i + 1 == to || isSpace(text.charAt(i + 1)))) {
                markers++;
                i++;
            } else if (c >= '0' && c <= '9') {
                int j = i;
                while (j < to && j - i < 9 && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
                    j++;
                }
                if (j < to && (text.charAt(j) == '.' || text.charAt(j) == ')') && (j + 1 == to
                        || isSpace(text.charAt(j + 1)))) {
                    markers++;
                    i = j + 1;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return markers;
    }

    /** Whether a line is a horizontal rule: one of {@code * - _} repeated, spaces between them allowed. */
    private static boolean isRule(String text, int from, int to) {
        int first = firstNonSpace(text, from, to);
        if (first >= to) {
            return false;
        }
        char marker = text.charAt(first);
        for (int i = first; i < to; i++) {
            char c = text.charAt(i);
            if (c != marker && !isSpace(c)) {
                return false;
            }
        }
        return marker == '*' || marker == '-' || marker == '_';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    /** The cells of a table's header line: its pipes, less the ones at either end. */
    private static int cells(String text, int[] line) {
        int pipes = 0;
        for (int i = line[0]; i < line[1]; i++) {
            if (text.charAt(i) == '|') {
                pipes++;
            }
        }
        String trimmed = text.substring(line[0], line[1]).strip();
        int edges = (trimmed.startsWith("|") ? 1 : 0) + (trimmed.endsWith("|") && trimmed.length() > 1 ? 1 : 0);
        return pipes - edges + 1;
    }

    /**
     * The longest run in a line of one of the characters that Markdown repeats ({@code - * _ = > + ~ # `}), spaces and
     * tabs between them allowed: the count in the upper bits, the character in the lower 16. flexmark's block patterns
     * (horizontal rules, list items) recurse once per repetition.
     */
    private static long longestMarkerRun(String text, int from, int to) {
        int best = 0;
        char bestChar = 0;
        int run = 0;
        char current = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                continue;
            }
            if (c == current) {
                run++;
            } else if (REPEATED.indexOf(c) >= 0) {
                current = c;
                run = 1;
            } else {
                current = 0;
                run = 0;
            }
            if (run > best) {
                best = run;
                bestChar = c;
            }
        }
        return ((long) best << 16) | bestChar;
    }

    private static int firstNonSpace(String text, int from, int to) {
        int i = from;
        while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** Whether the inline text of one block is within the markup limits, so that parsing it is cheap and shallow. */
    static boolean inlineWithinLimits(CharSequence text) {
        return Markup.of(text, 0, text.length()).within();
    }

    /**
     * Reports every limit the parsed body breaks, each once per block, at the block's line. The walk keeps its own
     * stack: the tree it walks may be deeper than the limit.
     *
     * @param document the body parsed into blocks, as {@link Sections} parses it
     */
    static void check(String file, Node document, int bodyLine, Findings findings) {
        Deque<Visit> stack = new ArrayDeque<>();
        stack.push(new Visit(document, 0));
        boolean deepReported = false;
        while (!stack.isEmpty()) {
            Visit visit = stack.pop();
            Node node = visit.node;
            int depth = visit.depth;
            if (node instanceof BlockQuote || node instanceof ListBlock) {
                depth++;
                if (depth > MAX_DEPTH) {
                    if (!deepReported) {
                        deepReported = true;
                        findings.error(Rule.MARKDOWN_LIMIT, at(file, bodyLine, node), String.format(Locale.ROOT,
                                "block quotes and lists are nested more than %d deep here; sitrep renders at most %d "
                                        + "levels, so flatten this part (fewer '>' or less indentation)",
                                MAX_DEPTH, MAX_DEPTH));
                    }
                    continue; // nothing below is rendered anyway
                }
            }
            if (node instanceof Paragraph || node instanceof Heading) {
                checkInline(file, bodyLine, node, findings);
            }
            if (node instanceof Heading heading && !textReadable(heading)) {
                findings.error(Rule.MARKDOWN_LIMIT, at(file, bodyLine, heading), "this heading cannot be rendered: "
                        + "the Markdown library fails on a line break written as an entity (such as &NewLine; or "
                        + "&#10;) in a heading that spans lines; write the heading on one line, or without that entity");
            }
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                stack.push(new Visit(child, depth));
            }
        }
    }

    private static void checkInline(String file, int bodyLine, Node block, Findings findings) {
        CharSequence text = block.getChars();
        String what = block instanceof Heading ? "heading" : "paragraph";
        Markup markup;
        if (block instanceof Paragraph && isTableSeparator(secondLine(text))) {
            // a table: flexmark parses each cell on its own, so each row is measured on its own
            what = "table row";
            markup = new Markup(0, 0, 0, 0, 0, 0);
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || text.charAt(i) == '\n') {
                    Markup row = Markup.of(text, start, i);
                    if (!row.within()) {
                        markup = row;
                        break;
                    }
                    start = i + 1;
                }
            }
        } else {
            markup = Markup.of(text, 0, text.length());
        }
        if (markup.chars > MAX_INLINE_CHARS) {
            findings.error(Rule.MARKDOWN_LIMIT, at(file, bodyLine, block), String.format(Locale.ROOT,
                    "this %s has %,d characters; sitrep renders at most %,d in one paragraph, table row or heading, "
                            + "so split it, or put logs and data in a fenced code block", what, markup.chars,
                    MAX_INLINE_CHARS));
        }
        if (markup.longestWord > MAX_WORD_CHARS) {
            findings.error(Rule.MARKDOWN_LIMIT, at(file, bodyLine, block), String.format(Locale.ROOT,
                    "this %s has a word of %,d characters without a space; sitrep renders words of at most %,d, so "
                            + "break it up, or put it in a fenced code block", what, markup.longestWord,
                    MAX_WORD_CHARS));
        }
        if (markup.links > MAX_LINKS_PER_BLOCK) {
            findings.error(Rule.MARKDOWN_LIMIT, at(file, bodyLine, block), String.format(Locale.ROOT,
                    "this %s has %,d link brackets '['; sitrep renders at most %d in one paragraph, table row or "
                            + "heading, so split it into several paragraphs or a list", what, markup.links,
                    MAX_LINKS_PER_BLOCK));
        }
        if (markup.emphasis > MAX_EMPHASIS_PER_BLOCK) {
            findings.error(Rule.MARKDOWN_LIMIT, at(file, bodyLine, block), String.format(Locale.ROOT,
                    "this %s has %,d emphasis markers (* _ ~); sitrep renders at most %,d in one paragraph, table "
                            + "row or heading, so split it, or put code and logs in a fenced code block", what,
                    markup.emphasis, MAX_EMPHASIS_PER_BLOCK));
        }
        if (markup.html > MAX_HTML_MARKERS_PER_BLOCK) {
            findings.error(Rule.MARKDOWN_LIMIT, at(file, bodyLine, block), String.format(Locale.ROOT,
                    "this %s has %,d '<' and '&' (inline HTML, autolinks, entities); sitrep renders at most %d in one "
                            + "paragraph, table row or heading, so split it, or put code and logs in a fenced code "
                            + "block", what, markup.html, MAX_HTML_MARKERS_PER_BLOCK));
        }
        if (markup.codeSpans > MAX_CODE_MARKERS_PER_BLOCK) {
            findings.error(Rule.MARKDOWN_LIMIT, at(file, bodyLine, block), String.format(Locale.ROOT,
                    "this %s has %,d code-span markers (`); sitrep renders at most %,d in one paragraph, table row or "
                            + "heading, so split it, or put code and logs in a fenced code block", what,
                    markup.codeSpans, MAX_CODE_MARKERS_PER_BLOCK));
        }
    }

    /** Whether a line is the one under a table's header: dashes, colons, pipes and spaces, with a dash and a pipe. */
    private static boolean isTableSeparator(CharSequence line) {
        boolean dash = false;
        boolean pipe = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '-') {
                dash = true;
            } else if (c == '|') {
                pipe = true;
            } else if (c != ':' && c != ' ' && c != '\t' && c != '>') {
                return false;
            }
        }
        return dash && pipe;
    }

    private static CharSequence secondLine(CharSequence text) {
        int first = -1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (first < 0) {
                    first = i;
                } else {
                    return text.subSequence(first + 1, i);
                }
            }
        }
        return first < 0 ? "" : text.subSequence(first + 1, text.length());
    }

    /**
     * Whether flexmark can collect a heading's text, as its renderer does for the heading's anchor. It throws an
     * {@code IllegalStateException} on a line break written as an entity inside a heading that spans lines (found by
     * fuzzing), in {@code check} and {@code generate} alike.
     */
    private static boolean textReadable(Heading heading) {
        try {
            new TextCollectingVisitor().collectAndGetText(heading);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private static Location at(String file, int bodyLine, Node node) {
        return new Location(file, bodyLine + node.getLineNumber(), 1);
    }

    private record Visit(Node node, int depth) {
    }

    /**
     * The inline markup of a block's text: its length, less spaces at the ends of lines (so that a line the read stage
     * blanked out does not count); link brackets; emphasis markers ({@code * ~}, and {@code _} where it can
     * open or close emphasis, not inside a word such as {@code snake_case}); runs of backticks; {@code <} and
     * {@code &}.
     */
    private record Markup(int chars, int longestWord, int links, int emphasis, int codeSpans, int html) {

        static Markup of(CharSequence text, int from, int to) {
            int links = 0;
            int emphasis = 0;
            int codeSpans = 0;
            int html = 0;
            int chars = 0;
            int spaces = 0; // counted once something follows them on their line
            int word = 0;
            int longestWord = 0;
            boolean destination = false; // inside the (...) after ']': not text, so no word
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    word = 0;
                    destination = false;
                } else if (destination) {
                    destination = c != ')';
                } else if (c == '(' && i > from && text.charAt(i - 1) == ']') {
                    destination = true;
                    word = 0;
                } else {
                    longestWord = Math.max(longestWord, ++word);
                }
                if (c == ' ' || c == '\t') {
                    spaces++;
                } else if (c == '\n') {
                    spaces = 0;
                    chars++;
                } else {
                    chars += spaces + 1;
                    spaces = 0;
                }
                if (c == '[') {
                    links++;
                } else if (c == '<' || c == '&') {
                    html++;
                } else if (c == '*' || c == '~') {
                    emphasis++;
                } else if (c == '_') {
                    boolean wordBefore = i > from && Character.isLetterOrDigit(text.charAt(i - 1));
                    boolean wordAfter = i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1));
                    if (!(wordBefore && wordAfter)) {
                        emphasis++;
                    }
                } else if (c == '`' && (i == from || text.charAt(i - 1) != '`')) {
                    codeSpans++;
                }
            }
            return new Markup(chars, longestWord, links, emphasis, codeSpans, html);
        }

        boolean within() {
            return chars <= MAX_INLINE_CHARS && longestWord <= MAX_WORD_CHARS && links <= MAX_LINKS_PER_BLOCK && emphasis <= MAX_EMPHASIS_PER_BLOCK
                    && codeSpans <= MAX_CODE_MARKERS_PER_BLOCK && html <= MAX_HTML_MARKERS_PER_BLOCK;
        }
    }
}
