package dev.sitrep.site.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text (titles, update messages) split into segments so that its http and https URLs become links. The text
 * itself is never interpreted as HTML: templates escape every segment, and a link's address is escaped as an
 * attribute value.
 */
final class PlainText {

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"'`\\p{Cntrl}]+", Pattern.CASE_INSENSITIVE);
    private static final String TRAILING = ".,;:!?'\"*_";

    private PlainText() {
    }

    /** The segments of {@code text}: plain runs, and URLs linked to themselves. */
    static List<Segment> segments(String text) {
        List<Segment> out = new ArrayList<>();
        Matcher m = URL.matcher(text);
        int at = 0;
        while (m.find()) {
            int end = trimmedEnd(text, m.start(), m.end());
            if (end - m.start() <= "https://".length()) {
                continue;
            }
            if (m.start() > at) {
                out.add(new Segment(text.substring(at, m.start()), ""));
            }
            String url = text.substring(m.start(), end);
            out.add(new Segment(url, url));
            at = end;
        }
        if (at < text.length()) {
            out.add(new Segment(text.substring(at), ""));
        }
        return out;
    }

    /** Drops trailing punctuation, and closing brackets without an opening one inside the URL. */
    private static int trimmedEnd(String text, int start, int end) {
        int e = end;
        while (e > start) {
            char c = text.charAt(e - 1);
            if (TRAILING.indexOf(c) >= 0) {
                e--;
            } else if (c == ')' && count(text, start, e, '(') < count(text, start, e, ')')) {
                e--;
            } else if (c == ']' && count(text, start, e, '[') < count(text, start, e, ']')) {
                e--;
            } else {
                break;
            }
        }
        return e;
    }

    private static int count(String s, int from, int to, char c) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
