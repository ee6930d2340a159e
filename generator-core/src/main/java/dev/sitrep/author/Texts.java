package dev.sitrep.author;

import dev.sitrep.i18n.Strings;

import dev.sitrep.report.TextReport;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** Small text helpers shared by the authoring tools. */
final class Texts {

    private static final int MAX_SLUG = 60;

    private Texts() {
    }

    /** {@code a}, {@code a and b}, {@code a, b and c}, in the language's words. */
    static String and(Strings strings, List<String> items) {
        if (items.size() < 2) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return strings.format("announce.list.and", String.join(", ", items.subList(0, items.size() - 1)),
                items.get(items.size() - 1));
    }

    /**
     * The id-safe slug of a title: lowercase ASCII letters and digits joined by single hyphens, accents dropped,
     * cut at a word boundary to at most 60 characters; empty when nothing of the title is left.
     */
    static String slug(String title) {
        String s = title.toLowerCase(Locale.ROOT)
                .replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ø", "o")
                .replace("ł", "l").replace("đ", "d").replace("þ", "th");
        s = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > MAX_SLUG) {
            int cut = s.lastIndexOf('-', MAX_SLUG);
            s = s.substring(0, cut > 0 ? cut : MAX_SLUG).replaceAll("-+$", "");
        }
        return s;
    }

    /**
     * The title as the middle of a sentence: its first letter in lower case unless the first word looks like an
     * acronym or a name written in capitals ({@code API errors} stays as it is).
     */
    static String inSentence(String title) {
        if (title.length() > 1 && Character.isUpperCase(title.charAt(0)) && !Character.isUpperCase(title.charAt(1))
                && !Character.isDigit(title.charAt(1))) {
            return Character.toLowerCase(title.charAt(0)) + title.substring(1);
        }
        return title;
    }

    /**
     * One line of plain text: runs of white space, line breaks included, become one space, and any other control
     * character a visible escape ({@code \u001b}), so that text from a file can never start a line of its own in a
     * terminal or a CI log.
     */
    static String oneLine(String text) {
        return TextReport.oneLine(text.strip().replaceAll("\\s+", " "));
    }

    /**
     * Plain text made safe as inline Markdown: characters that would start emphasis, links, code, HTML or tables
     * are escaped, so the text reads in the rendered page exactly as it was written.
     */
    static String markdown(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]<>|~".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
