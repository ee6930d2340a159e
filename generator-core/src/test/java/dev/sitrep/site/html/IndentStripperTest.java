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

    @Test
    void givesTheSameWhereverThePiecesEnd() {
        // runs of text and of attributes are copied whole: a piece may end anywhere in them
        String page = "<!DOCTYPE html>\n<html>\n  <head>\n    <!-- a <b> comment -->\n    <style>\n  p { x: 1 }\n"
                + "    </style>\n  </head>\n  <body class=\"a\" data-x='1 > 0'>\n    <p title=\"one\n   two\">\n"
                + "      Text \u2013 with \u00b7 marks\n\n\t  and tabs</p>\n    <PRE>\n  kept\n</PRE>\n  </body>\n</html>\n";
        String whole = strip(page);
        for (int cut = 0; cut <= page.length(); cut++) {
            assertEquals(whole, strip(page.substring(0, cut), page.substring(cut)), "cut at " + cut);
        }
        java.util.Random random = new java.util.Random(19);
        for (int round = 0; round < 200; round++) {
            java.util.List<String> pieces = new java.util.ArrayList<>();
            for (int at = 0; at < page.length(); ) {
                int next = Math.min(page.length(), at + 1 + random.nextInt(12));
                pieces.add(page.substring(at, next));
                at = next;
            }
            assertEquals(whole, strip(pieces.toArray(String[]::new)), "pieces " + pieces);
        }
        assertEquals("<!DOCTYPE html>\n<html>\n<head>\n<!-- a <b> comment -->\n<style>\n  p { x: 1 }\n    </style>\n"
                + "</head>\n<body class=\"a\" data-x='1 > 0'>\n<p title=\"one\n   two\">\nText \u2013 with \u00b7 marks\n\n"
                + "and tabs</p>\n<PRE>\n  kept\n</PRE>\n</body>\n</html>\n", whole);
    }
}
