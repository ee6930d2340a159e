package dev.sitrep.parse;

import dev.sitrep.markdown.Markdown;
import dev.sitrep.model.Section;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The headings-only parser of {@link Sections} finds exactly the sections a full parse with {@link Markdown#OPTIONS}
 * (the site's) finds: the same text, level, line and content flag, for every postmortem of the test fixtures and the
 * example, and for the Markdown that could tell them apart.
 */
class SectionsTest {

    private static final Sections SECTIONS = new Sections();
    private static final com.vladsch.flexmark.parser.Parser FULL =
            com.vladsch.flexmark.parser.Parser.builder(Markdown.OPTIONS).build();

    /** Bodies where block structure, inline content of headings or post-processing matter. */
    private static final List<String> TRICKY = List.of(
            "",
            "\n\n",
            "no heading at all\n",
            "## Summary\n",
            "## Summary\n\n\n\n",
            "## Summary\n\n   \n\t\n## Timeline\ntext\n",
            "# Title\n## Summary\n### Detail\n## Impact\n",
            "## Summary\n### Only a subheading\n## Impact\n",
            "Summary\n=======\n\nText\n\nTimeline\n--------\n",
            "Summary\n=======\nTimeline\n---\n",
            "Paragraph\nstill paragraph\n---\n",
            "- item\n\n## Not in list\n",
            "- ## Heading in a list\n- item\n",
            "> ## Heading in a quote\n>\n> text\n\n## Summary\n> quoted content\n",
            "```\n## In fenced code\n```\n## After code\n",
            "~~~md\n# also code\n~~~\n",
            "    ## indented code\n\n## Real\n",
            "<div>\n## inside html\n</div>\n\n## Summary\n<!-- comment -->\n",
            "<!--\n## commented out\n-->\n## Summary\n\n<details>\n\n## Inside details\n\n</details>\n",
            "## **Bold** _x_ `code`\ntext\n",
            "## ~~Struck~~ and *emph* and ***both***\n",
            "## A [link](https://example.com) and ![image](x.png \"title\")\n",
            "## See https://example.com/path and www.example.org and mail@example.com\n",
            "## <https://example.com> <b>html</b> &amp; &copy; &#35; \\# \\*\n",
            "## A [ref][r] and [r] and [r][] and [missing][nope]\n\n[r]: https://example.com \"Title\"\n",
            "[r]: https://example.com\n## After a reference\n[r]\n",
            "## Summary\n[r]: https://example.com\n\n## Timeline\n\n[r2]: /x\n",
            "## Table\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\n## Empty\n",
            "a | b\n--- | ---\n1 | 2\n## H\n",
            "| a |\n|---|\n## after table\n",
            "## Tasks\n- [ ] open\n- [x] done\n\n## Next\n",
            "##   Spaced    heading   ##   \n",
            "## Trailing hashes ###\n",
            "##\n",
            "#No space\n",
            "####### seven\n",
            " ## one space\n   ### three spaces\n",
            "## Summary\n\n***\n\n## Timeline\n___\n",
            "## Line\\\nbreak?\n",
            "## Hard  \nbreak\n",
            "## Emoji 🚀 and ünïcödé and\ttab\n",
            "## `code with ## hashes` and ``double ` tick``\n",
            "## [Summary](#summary)\n",
            "1. ## numbered\n2. item\n\n## Summary\n1) x\n",
            "* * *\n## After break\n+ plus list\n\n## X\n",
            "Setext with *emph*\n===\n",
            "Setext with [r]\n---\n\n[r]: /u\n",
            "## H\n<script>\nalert(1)\n</script>\n",
            "## Autolinks http://a.b/c?d=e&f=g#h, ftp://x.y and https://x.y.\n",
            "## Ends with footnote[^1]\n\n[^1]: note\n",
            "[foo]: /url\n===\n\n[bar]: /url\ntext\n---\n",
            "## Summary\n[only]: /a-reference-definition\n## Timeline\n");

    @TestFactory
    Stream<DynamicTest> trickyBodies() {
        return TRICKY.stream().map(body -> DynamicTest.dynamicTest("[" + body.replace("\n", "\\n") + "]",
                () -> assertSame(body)));
    }

    @TestFactory
    Stream<DynamicTest> everyPostmortemOfTheFixturesAndTheExample() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Stream.concat(Files.walk(Path.of("src/test/resources")),
                Files.walk(Path.of("../incidents")))) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        return files.stream().map(p -> DynamicTest.dynamicTest(p.toString(),
                () -> assertSame(Files.readString(p, StandardCharsets.UTF_8).replace("\r\n", "\n"))));
    }

    @Test
    void findsHeadingsWithTheirLinesAndContent() {
        assertEquals(List.of(
                        "Summary 2 pm.md:10:1 true",
                        "Bold x code 2 pm.md:12:1 true",
                        "Sub 3 pm.md:13:1 false",
                        "Impact 2 pm.md:15:1 true"),
                SECTIONS.read("pm.md", "## Summary\ntext\n## **Bold** _x_ `code`\n### Sub\n\n## Impact\n| a |\n|---|\n", 10)
                        .stream().map(s -> s.heading() + " " + s.level() + " " + s.location() + " " + s.hasContent())
                        .toList());
    }

    private static void assertSame(String body) {
        List<Section> full = Sections.of("pm.md", FULL.parse(body), 7);
        assertEquals(full, SECTIONS.read("pm.md", body, 7), body);
    }
}
