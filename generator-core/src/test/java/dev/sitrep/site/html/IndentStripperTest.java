package dev.sitrep.site.html;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IndentStripperTest {

    private static String strip(String... pieces) {
        IndentStripper stripper = new IndentStripper();
        StringBuilder out = new StringBuilder();
        for (String piece : pieces) {
            stripper.feed(piece, 0, piece.length(), out);
        }
        return out.toString();
    }

    @Test
    void dropsTheIndentationOfLinesOfText() {
        assertEquals("<ul>\n<li>a</li>\n<li>b\nc</li>\n</ul>\n",
                strip("<ul>\n    <li>a</li>\n\t<li>b\n      c</li>\n  </ul>\n"));
    }

    @Test
    void keepsPreTextareaScriptAndStyleAsTheyAre() {
        String pre = "<pre><code>if (x) {\n    y();\n}\n</code></pre>\n";
        assertEquals(pre + "<p>", strip(pre + "  <p>"));
        assertEquals("<PRE class=\"x\">\n  a\n</PRE>\n<b>", strip("<PRE class=\"x\">\n  a\n</PRE>\n  <b>"));
        assertEquals("<textarea>\n  t</textarea>", strip("<textarea>\n  t</textarea>"));
    }

    @Test
    void keepsEveryCharacterInsideATag() {
        assertEquals("<a title=\"one\n   two\" href='x\n  y'>\nz</a>",
                strip("<a title=\"one\n   two\" href='x\n  y'>\n    z</a>"));
        assertEquals("<p data-x=\"a > b\n  c\">\nd", strip("<p data-x=\"a > b\n  c\">\n  d"));
    }

    @Test
    void keepsItsStateBetweenPieces() {
        assertEquals("<pre>\n  a\n</pre>\nb", strip("<pr", "e>\n ", " a\n</p", "re>\n", "  b"));
        assertEquals("<div>\nx", strip("<div>\n  ", "  x"));
    }
}
