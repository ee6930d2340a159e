package dev.sitrep.site.html;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlSanitiserTest {

    private final HtmlSanitiser sanitiser = new HtmlSanitiser();
    private final MarkdownRenderer markdown = new MarkdownRenderer(sanitiser);

    @Test
    void keepsWhatMarkdownNeeds() {
        String html = markdown.render("## Root cause\n\nSee [the RFC](https://www.rfc-editor.org/rfc/rfc8767) and "
                + "[the timeline](#timeline), or mail <oncall@example.com>.\n\n- [x] done\n- [ ] open\n\n"
                + "```diff\n-a\n+b\n```\n\n| a | b |\n|---|---|\n| 1 | ~~2~~ |\n");
        assertTrue(html.contains("<h3 id=\"pm-root-cause\">"), html);
        assertTrue(html.contains("<a href=\"https://www.rfc-editor.org/rfc/rfc8767\" rel=\"nofollow noopener\">the RFC</a>"), html);
        assertTrue(html.contains("<a href=\"#pm-timeline\">the timeline</a>"), html);
        assertTrue(html.contains("href=\"mailto:oncall@example.com\""), html);
        assertTrue(html.contains("<li class=\"task-list-item\"><input type=\"checkbox\" checked disabled>"), html);
        assertTrue(html.contains("<li class=\"task-list-item\"><input type=\"checkbox\" disabled>"), html);
        assertTrue(html.contains("<pre><code class=\"language-diff\">-a\n+b\n</code></pre>"), html);
        assertTrue(html.contains("<td><del>2</del></td>"), html);
    }

    @Test
    void escapesRawHtmlInMarkdown() {
        String html = markdown.render("<script>alert(1)</script>\n\nText <img src=x onerror=alert(1)> more\n");
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
    }

    @Test
    void cleansHostileHtmlEvenWithoutMarkdownEscaping() {
        String html = sanitiser.clean("<p style=\"color:red\" onclick=\"x()\">a</p><script>alert(1)</script>"
                + "<a href=\"javascript:alert(1)\">j</a><a href=\"jav&#x61;script:alert(1)\">e</a>"
                + "<a href=\"java&#9;script:alert(1)\">t</a><a href=\" data:text/html,x\">d</a>"
                + "<a href=\"vbscript:x\">v</a><a href=\"../../etc/passwd\">r</a>"
                + "<img src=\"data:image/png;base64,AAAA\" onerror=\"x()\"><img src=\"https://img.example/a.png\">"
                + "<iframe src=\"https://evil.example\"></iframe><svg onload=\"x()\"><circle/></svg><style>*{}</style>"
                + "<input type=\"text\" value=\"x\"><form action=\"https://evil.example\"><button>b</button></form>"
                + "<h2 id=\"main\">Heading</h2><h6>deep</h6>", 1);
        assertEquals("<p>a</p><a>j</a><a>e</a><a>t</a><a>d</a><a>v</a><a>r</a>"
                + "<a href=\"https://img.example/a.png\" rel=\"nofollow noopener\">image</a>b"
                + "<h3 id=\"pm-main\">Heading</h3><h6>deep</h6>", html);
    }

    @Test
    void anImageFromElsewhereBecomesALinkToItSinceThePagesLoadNoImageFromElsewhere() {
        assertEquals("<p>See <a href=\"https://img.example/graph.png\" rel=\"nofollow noopener\">the latency graph</a>"
                + "</p>", markdown.render("See ![the latency graph](https://img.example/graph.png)\n").strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", " javascript:x", "java\tscript:x",
        "java\nscript:x", "\u0000javascript:x", "data:text/html,x", "vbscript:x", "file:///etc/passwd", "ftp://x",
        "//evil.example/x", "../x", "x/y", "", "  "})
    void refusesUrls(String url) {
        assertFalse(HtmlSanitiser.urlAllowed(url, Set.of("http", "https", "mailto"), true), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com/a?b=c#d", "HTTP://EXAMPLE.COM", "mailto:a@example.com", "#section"})
    void allowsUrls(String url) {
        assertTrue(HtmlSanitiser.urlAllowed(url, Set.of("http", "https", "mailto"), true), url);
    }
}
