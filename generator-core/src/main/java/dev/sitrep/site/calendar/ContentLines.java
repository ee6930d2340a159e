package dev.sitrep.site.calendar;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * An iCalendar object written as RFC 5545 content lines (section 3.1): UTF-8, every line ended by CRLF, and folded so
 * that no line is longer than 75 octets (the leading space of a continuation line counts), never inside a UTF-8
 * sequence and never between a backslash and the character it escapes.
 *
 * <p>Written by hand rather than with ical4j's {@code CalendarOutputter}, which folds after 73 UTF-16 characters
 * (lines of non-ASCII text grow far past 75 octets) and writes a carriage return in a text value as it is, which
 * breaks the line (its own parser then refuses the file).
 */
final class ContentLines {

    /** The longest line, in octets, without its CRLF. */
    static final int MAX_OCTETS = 75;

    private static final byte[] CRLF = {'\r', '\n'};

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /**
     * Writes one property whose value is already in its iCalendar form and needs no escaping: a name, a date-time, an
     * integer, a duration, a URI.
     *
     * @param name the property name, with its parameters if any ({@code REFRESH-INTERVAL;VALUE=DURATION})
     */
    ContentLines property(String name, String value) {
        line(name + ":" + value);
        return this;
    }

    /** Writes one property of value type TEXT (section 3.3.11), escaping {@code text}. */
    ContentLines text(String name, String text) {
        return property(name, escape(text));
    }

    /** Every line written so far. */
    byte[] toByteArray() {
        return out.toByteArray();
    }

    /**
     * {@code text} as an iCalendar TEXT value: backslash, semicolon and comma escaped with a backslash, every line
     * break (CRLF, LF or CR) as {@code \n}, and the characters TEXT cannot hold (control characters other than tab,
     * lone surrogates) left out.
     */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                case '\r' -> {
                    escaped.append("\\n");
                    if (i < text.length() && text.charAt(i) == '\n') {
                        i++;
                    }
                }
                default -> {
                    if (allowed(cp)) {
                        escaped.appendCodePoint(cp);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** Whether a text may hold {@code cp}: not a control character other than tab, and not a lone surrogate. */
    private static boolean allowed(int cp) {
        boolean control = cp < 0x20 && cp != '\t' || cp == 0x7F;
        boolean loneSurrogate = cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE;
        return !control && !loneSurrogate;
    }

    /** Writes one content line, folded. */
    private void line(String line) {
        int octets = 0;
        int i = 0;
        while (i < line.length()) {
            int end = unitEnd(line, i);
            byte[] unit = line.substring(i, end).getBytes(StandardCharsets.UTF_8);
            if (octets + unit.length > MAX_OCTETS) {
                out.writeBytes(CRLF);
                out.write(' ');
                octets = 1;
            }
            out.writeBytes(unit);
            octets += unit.length;
            i = end;
        }
        out.writeBytes(CRLF);
    }

    /** The end of the piece of {@code line} at {@code start} that a fold must not split: a code point, or an escape. */
    private static int unitEnd(String line, int start) {
        int end = start + Character.charCount(line.codePointAt(start));
        if (line.charAt(start) == '\\' && end < line.length()) {
            end += Character.charCount(line.codePointAt(end));
        }
        return end;
    }
}
