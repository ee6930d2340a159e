package dev.sitrep.fuzz;

import dev.sitrep.CheckResult;
import dev.sitrep.finding.Finding;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * What every fuzz run asserts beyond "nothing was thrown". A failed assertion is an {@link AssertionError}, which
 * Jazzer reports as a finding like any other uncaught throwable.
 */
final class Oracles {

    /** Elements that run code, load other documents or send data: none may reach a page. */
    private static final Set<String> EXECUTABLE_ELEMENTS = Set.of("script", "iframe", "frame", "frameset", "object",
            "embed", "applet", "form", "base", "portal");
    /** Attributes a browser reads as a URL to load or follow. */
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "srcset", "action", "formaction", "data",
            "poster", "background", "cite", "longdesc", "lowsrc", "dynsrc", "ping", "xlink:href", "codebase");
    private static final Set<String> SCRIPT_SCHEMES = Set.of("javascript:", "data:", "vbscript:");

    private Oracles() {
    }

    /**
     * Findings about {@code display} (the fuzzed file as findings name it) point into it: a line no later than one past
     * its last, and a message to show.
     */
    static void requireSaneFindings(CheckResult result, String display, byte[] file) {
        int lines = lineBreaks(file) + 1;
        for (Finding f : result.findings()) {
            if (f.message().isBlank()) {
                throw new AssertionError("a finding without a message: " + f.format());
            }
            if (f.location().file().equals(display) && f.location().line() > lines + 1) {
                throw new AssertionError("a finding points past the end of " + display + " (" + lines + " lines): "
                        + f.format());
            }
        }
    }

    /** An upper bound of the lines a reader could count: every break that YAML or Markdown might take for one. */
    private static int lineBreaks(byte[] file) {
        String text = new String(file, StandardCharsets.UTF_8);
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                n++;
            }
        }
        return n;
    }

    /**
     * The page holds no executable content: no script, frame, plug-in, form or base element, no {@code meta http-equiv}
     * but the page's Content-Security-Policy, no event handler or {@code style} attribute, and no
     * {@code javascript:}, {@code data:} or {@code vbscript:} URL (read as a browser reads it: control characters and
     * white space dropped, case ignored).
     */
    static void requireNoExecutableContent(Path page) {
        Document doc;
        try {
            doc = Jsoup.parse(page.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Element e : doc.getAllElements()) {
            String tag = e.normalName();
            if (EXECUTABLE_ELEMENTS.contains(tag)) {
                fail(page, e, "a <" + tag + "> element");
            }
            if (tag.equals("meta") && e.hasAttr("http-equiv")
                    && !e.attr("http-equiv").equalsIgnoreCase("Content-Security-Policy")) {
                fail(page, e, "a <meta http-equiv=\"" + e.attr("http-equiv") + "\">");
            }
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                if (key.startsWith("on")) {
                    fail(page, e, "an event handler attribute '" + a.getKey() + "'");
                }
                if (key.equals("style")) {
                    fail(page, e, "a style attribute");
                }
                if (URL_ATTRIBUTES.contains(key) && scriptUrl(a.getValue())) {
                    fail(page, e, "a script URL in '" + a.getKey() + "'");
                }
            }
        }
    }

    /** Whether a browser would run {@code url} (or load it as a document of its own) rather than fetch it. */
    static boolean scriptUrl(String url) {
        StringBuilder normal = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c > ' ' && c != 0x7f) {
                normal.append(Character.toLowerCase(c));
            }
        }
        String u = normal.toString();
        return SCRIPT_SCHEMES.stream().anyMatch(u::startsWith);
    }

    private static void fail(Path page, Element e, String what) {
        String html = e.outerHtml();
        throw new AssertionError(page + " holds executable content, " + what + ": "
                + (html.length() > 400 ? html.substring(0, 400) + "..." : html));
    }
}
