package dev.sitrep.site.html;

import java.util.Locale;

/**
 * Drops the indentation at the start of each line of a page as it is written: the spaces and tabs after a line
 * break in text, where a browser collapses them with the line break into one space anyway. Kept as they are: the
 * contents of {@code pre}, {@code textarea}, {@code script} and {@code style} (where white space shows), and
 * everything inside a tag, so that an attribute value keeps its every character. The templates stay indented for
 * the people who read and copy them; the pages do not carry it (about a tenth of an incident page).
 *
 * <p>Fed in pieces, it keeps its state between them. Not thread-safe: one per page.
 */
final class IndentStripper {

    private enum State { TEXT, TAG, RAW }

    private State state = State.TEXT;
    private boolean lineStart;
    /** Inside a tag: the quote that opened the attribute value being read, or 0. */
    private char quote;
    /** The tag being read: its name so far, and whether it closes an element. */
    private final StringBuilder tagName = new StringBuilder();
    private boolean nameDone;
    private boolean closing;
    private boolean comment;
    /** In RAW: the element whose closing tag ends it, and how much of {@code </name} has been matched. */
    private String raw = "";
    private int matched;

    /**
     * Appends {@code in} to {@code out} without the indentation of its lines. Text and the attributes of a tag are
     * copied in runs up to the next character that matters (a line break, a tag, a quote, the end of the tag): a
     * page is megabytes, and a character at a time was a tenth of rendering it.
     */
    void feed(CharSequence in, int from, int to, StringBuilder out) {
        int i = from;
        while (i < to) {
            if (state == State.TEXT) {
                i = text(in, i, to, out);
            } else if (state == State.TAG && nameDone && !comment) {
                i = attributes(in, i, to, out);
            } else if (state == State.TAG) {
                tag(in.charAt(i++), out);
            } else {
                raw(in.charAt(i++), out);
            }
        }
    }

    /** Copies text from {@code i} up to and with the next line break or tag start; returns where it stopped. */
    private int text(CharSequence in, int i, int to, StringBuilder out) {
        if (lineStart) {
            while (i < to && (in.charAt(i) == ' ' || in.charAt(i) == '\t')) {
                i++;
            }
        }
        int start = i;
        while (i < to) {
            char c = in.charAt(i++);
            if (c == '\n') {
                out.append(in, start, i);
                lineStart = true;
                return i;
            }
            if (c == '<') {
                out.append(in, start, i);
                lineStart = false;
                state = State.TAG;
                tagName.setLength(0);
                nameDone = false;
                closing = false;
                comment = false;
                quote = 0;
                return i;
            }
        }
        if (i > start) {
            out.append(in, start, i);
            lineStart = false;
        }
        return i;
    }

    /** Copies a tag's attributes from {@code i} up to and with the tag's end, minding quotes; returns where it stopped. */
    private int attributes(CharSequence in, int i, int to, StringBuilder out) {
        int start = i;
        while (i < to) {
            if (endsTag(in.charAt(i++))) {
                out.append(in, start, i);
                tagEnd();
                return i;
            }
        }
        out.append(in, start, i);
        return i;
    }

    private void tag(char c, StringBuilder out) {
        out.append(c);
        if (comment) {
            // a comment ends at -->
            if (c == '>' && out.length() >= 3 && out.charAt(out.length() - 2) == '-' && out.charAt(out.length() - 3) == '-') {
                state = State.TEXT;
            }
            return;
        }
        if (!nameDone) {
            if (c == '/' && tagName.length() == 0 && !closing) {
                closing = true;
                return;
            }
            if (Character.isLetterOrDigit(c) || c == '-' || c == '!') {
                tagName.append(c);
                if (tagName.length() == 3 && tagName.toString().equals("!--")) {
                    comment = true;
                }
                return;
            }
            nameDone = true;
        }
        if (endsTag(c)) {
            tagEnd();
        }
    }

    /** Reads {@code c} among a tag's attributes, minding quotes; whether it is the {@code >} that ends the tag. */
    private boolean endsTag(char c) {
        if (quote != 0) {
            if (c == quote) {
                quote = 0;
            }
            return false;
        }
        if (c == '"' || c == '\'') {
            quote = c;
            return false;
        }
        return c == '>';
    }

    /** At the {@code >} that ends a tag: into the raw text of {@code pre} and its like, or back to text. */
    private void tagEnd() {
        String name = tagName.toString().toLowerCase(Locale.ROOT);
        if (!closing && (name.equals("pre") || name.equals("textarea") || name.equals("script")
                || name.equals("style"))) {
            state = State.RAW;
            raw = name;
            matched = 0;
        } else {
            state = State.TEXT;
            lineStart = false;
        }
    }

    private void raw(char c, StringBuilder out) {
        out.append(c);
        // look for </name, case-insensitively; then the rest of the closing tag is read as a tag
        String target = "</" + raw;
        char expected = target.charAt(matched);
        if (Character.toLowerCase(c) == expected) {
            matched++;
            if (matched == target.length()) {
                state = State.TAG;
                tagName.setLength(0);
                tagName.append(raw);
                closing = true;
                nameDone = false;
                comment = false;
                quote = 0;
            }
        } else {
            matched = c == '<' ? 1 : 0;
        }
    }
}
