package dev.sitrep.site.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one sanitiser every piece of user-written HTML passes through before it reaches a page.
 *
 * <p>It starts from jsoup's {@link Safelist#relaxed()} and tightens it:
 * <ul>
 *   <li>links: {@code http}, {@code https}, {@code mailto}, and fragment references only (no
 *       {@code javascript:}, {@code data:}, {@code vbscript:}, {@code ftp:} or any other scheme), checked after the
 *       browser's own normalisation (control characters and white space removed); every link that leaves the page
 *       gets {@code rel="nofollow noopener"};</li>
 *   <li>images: {@code http} and {@code https} sources only, shown as a link to the image (named by its alt text),
 *       since the pages' Content-Security-Policy loads images from the site itself only;</li>
 *   <li>no {@code style}, no event handlers, no {@code script}, {@code style}, {@code iframe}, {@code svg},
 *       {@code object}, forms or any element or attribute not listed;</li>
 *   <li>kept for Markdown features: {@code id} on headings (anchors), {@code input type=checkbox disabled} for task
 *       lists, {@code class} on {@code code} ({@code language-*}) and task-list items.</li>
 * </ul>
 * Heading ids and fragment links are prefixed (see {@link #ID_PREFIX}) so that user content cannot take over the
 * page's own ids, and headings are moved down so the content sits below the page's own outline.
 */
final class HtmlSanitiser {

    /** The prefix of every id (and fragment link) that comes from user content. */
    static final String ID_PREFIX = "pm-";

    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final Pattern CLASS_OK = Pattern.compile("language-[A-Za-z0-9_+#.-]{1,40}|task-list-item(-checkbox)?");
    private static final Pattern ID_OK = Pattern.compile("[A-Za-z0-9_-]{1,100}");
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");
    private static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");

    private final Cleaner cleaner = new Cleaner(safelist());

    /**
     * Cleans {@code html} (a body fragment) and returns safe HTML.
     *
     * @param headingShift how many levels to move headings down ({@code h2} becomes {@code h3} for 1); capped at h6
     */
    String clean(String html, int headingShift) {
        Document dirty = Jsoup.parseBodyFragment(html, "");
        Document clean = cleaner.clean(dirty);
        clean.outputSettings().prettyPrint(false).charset("UTF-8");
        for (Element e : clean.body().getAllElements()) {
            tidy(e, headingShift);
        }
        return clean.body().html();
    }

    private static void tidy(Element e, int headingShift) {
        String tag = e.normalName();
        if (e.hasAttr("id")) {
            String id = e.attr("id");
            if (ID_OK.matcher(id).matches()) {
                e.attr("id", ID_PREFIX + id);
            } else {
                e.removeAttr("id");
            }
        }
        if (e.hasAttr("class")) {
            String kept = String.join(" ",
                    e.classNames().stream().filter(c -> CLASS_OK.matcher(c).matches()).sorted().toList());
            if (kept.isEmpty()) {
                e.removeAttr("class");
            } else {
                e.attr("class", kept);
            }
        }
        if (tag.equals("a") && e.hasAttr("href") && e.attr("href").startsWith("#")) {
            String fragment = e.attr("href").substring(1);
            if (ID_OK.matcher(fragment).matches()) {
                e.attr("href", "#" + ID_PREFIX + fragment);
            } else {
                e.removeAttr("href");
            }
        }
        if (tag.equals("a") && !(e.hasAttr("href") && !e.attr("href").startsWith("#"))) {
            // rel only matters on links that leave the page
            e.removeAttr("rel");
        }
        if (tag.equals("input")) {
            if (!"checkbox".equalsIgnoreCase(e.attr("type"))) {
                e.remove();
                return;
            }
            e.attr("type", "checkbox");
            e.attr("disabled", true);
            if (e.hasAttr("checked")) {
                e.attr("checked", true);
            }
        }
        if (tag.equals("img")) {
            // the pages' Content-Security-Policy loads images from the site itself only: an image from elsewhere
            // becomes a link to it, named by its alt text, instead of a broken image
            String src = e.attr("src");
            String alt = e.attr("alt").strip();
            if (src.isEmpty()) {
                e.remove();
                return;
            }
            Element link = new Element("a").attr("href", src).attr("rel", "nofollow noopener")
                    .text(alt.isEmpty() ? "image" : alt);
            e.replaceWith(link);
            return;
        }
        if (tag.equals("th")) {
            // tables from Markdown: header cells of the head row are column headers, any others row headers
            e.attr("scope", e.parents().stream().anyMatch(p -> p.normalName().equals("thead")) ? "col" : "row");
        }
        if (headingShift > 0 && isHeading(tag)) {
            int level = Math.min(6, tag.charAt(1) - '0' + headingShift);
            e.tagName("h" + level);
        }
    }

    /** Whether {@code tag} is h1 to h6; checked on every element, so without compiling a pattern each time. */
    private static boolean isHeading(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    private static Safelist safelist() {
        Safelist safelist = new UrlCheckingSafelist()
                .removeProtocols("a", "href", "ftp", "http", "https", "mailto")
                .removeProtocols("img", "src", "http", "https")
                .removeProtocols("blockquote", "cite", "http", "https")
                .removeProtocols("q", "cite", "http", "https")
                .removeAttributes("blockquote", "cite")
                .removeAttributes("q", "cite")
                .addTags("del", "s", "hr", "input")
                .addAttributes("h1", "id")
                .addAttributes("h2", "id")
                .addAttributes("h3", "id")
                .addAttributes("h4", "id")
                .addAttributes("h5", "id")
                .addAttributes("h6", "id")
                .addAttributes("input", "type", "checked", "disabled")
                .addAttributes("code", "class")
                .addAttributes("li", "class")
                .addEnforcedAttribute("a", "rel", "nofollow noopener");
        return safelist;
    }

    /**
     * {@link Safelist#relaxed()} with URL attributes checked here rather than by jsoup's protocol lists, so that
     * fragments are allowed and every absolute one must use an allowed scheme.
     */
    private static final class UrlCheckingSafelist extends Safelist {

        UrlCheckingSafelist() {
            super(Safelist.relaxed());
        }

        @Override
        public boolean isSafeAttribute(String tagName, Element el, Attribute attr) {
            String key = attr.getKey().toLowerCase(Locale.ROOT);
            if (tagName.equals("a") && key.equals("href")) {
                return super.isSafeAttribute(tagName, el, attr) && urlAllowed(attr.getValue(), LINK_SCHEMES, true);
            }
            if (tagName.equals("img") && key.equals("src")) {
                return super.isSafeAttribute(tagName, el, attr) && urlAllowed(attr.getValue(), IMAGE_SCHEMES, false);
            }
            return super.isSafeAttribute(tagName, el, attr);
        }
    }

    /**
     * Whether a URL (already entity-decoded by the parser) is allowed: an absolute URL with one of {@code schemes}, or
     * (if {@code fragmentAllowed}) a fragment ({@code #timeline}). Other relative references are refused: a postmortem
     * publishes no files of its own, so a relative path could only point at a page it does not know, or outside the
     * site. Browsers drop control characters, tabs and line breaks anywhere in a URL and leading space, so those are
     * removed before the scheme is read ({@code java&#9;script:}).
     */
    static boolean urlAllowed(String url, Set<String> schemes, boolean fragmentAllowed) {
        StringBuilder normal = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c > ' ' && c != 0x7f) {
                normal.append(c);
            }
        }
        String u = normal.toString();
        if (u.isEmpty()) {
            return false;
        }
        var m = SCHEME.matcher(u);
        if (m.find()) {
            return schemes.contains(m.group(1).toLowerCase(Locale.ROOT));
        }
        return fragmentAllowed && u.startsWith("#");
    }
}
