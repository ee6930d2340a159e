package dev.sitrep.parse;

import dev.sitrep.finding.Finding;
import dev.sitrep.finding.Findings;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each limit of a postmortem body, with the exact finding, and what stays within them. */
class MarkdownLimitsTest {

    private static final Sections SECTIONS = new Sections();

    /** The findings of a body whose first line is line 10 of postmortem.md. */
    private static List<String> findings(String body) {
        Findings findings = new Findings();
        String safe = MarkdownLimits.checkText("postmortem.md", body, 10, findings);
        MarkdownLimits.check("postmortem.md", SECTIONS.parse(safe), 10, findings);
        return findings.sorted().stream().map(Finding::format).toList();
    }

    private static String table(int rows, int columns) {
        StringBuilder table = new StringBuilder("|" + " h |".repeat(columns) + "\n|" + "---|".repeat(columns) + "\n");
        for (int i = 0; i < rows; i++) {
            table.append("|").append(" v |".repeat(columns)).append('\n');
        }
        return table.toString();
    }

    @Test
    void anOrdinaryBodyIsWithinEveryLimit() {
        assertEquals(List.of(), findings("## Summary\n\nText with `code`, *emphasis* and [a link](https://x.example).\n\n"
                + "> quoted\n> > twice\n\n- a\n  - b\n    - c\n\n" + table(50, 6)));
    }

    @Test
    void nestingDeeperThanSixteenIsReportedAtItsLine() {
        assertEquals(List.of(), findings(">".repeat(16) + " deep enough"));
        String tooDeep = "error: block quotes and lists are nested more than 16 deep here; sitrep renders at most 16 "
                + "levels, so flatten this part (fewer '>' or less indentation)";
        assertEquals(List.of("postmortem.md:12:1: " + tooDeep, "postmortem.md:14:1: " + tooDeep),
                findings("Intro.\n\n" + ">".repeat(500) + " deep\n\n" + "> ".repeat(20) + " again"));
        assertEquals(List.of("postmortem.md:10:1: " + tooDeep), findings("* - ".repeat(11_000) + "de"),
                "lists opened on one line");
        assertEquals(List.of(), findings("- " + "> ".repeat(15) + "fifteen quotes in a list item\n\n" + "- ".repeat(30)),
                "within the limit, and a horizontal rule of thirty '-'");
        StringBuilder lists = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            lists.append("  ".repeat(i)).append("- level ").append(i + 1).append('\n');
        }
        assertEquals(List.of("postmortem.md:26:1: error: block quotes and lists are nested more than 16 deep here; sitrep "
                + "renders at most 16 levels, so flatten this part (fewer '>' or less indentation)"), findings(lists.toString()));
    }

    @Test
    void tablesOfMoreThanAThousandRowsOrSixtyFourColumnsAreReported() {
        assertEquals(List.of(), findings(table(400, 64)));
        assertEquals(List.of("postmortem.md:12:1: error: this table has 401 rows; sitrep renders tables of at most "
                + "400 rows, so split it or link to the full data"), findings("Data:\n\n" + table(401, 3)));
        assertEquals(List.of(), findings("Data:\n\n" + table(400, 3)));
        assertEquals(List.of("postmortem.md:11:1: error: this table has 403 rows; sitrep renders tables of at most "
                + "400 rows, so split it or link to the full data"),
                findings("```\n| a |\n|---|\n" + "| log |\n".repeat(401) + "| log |\n" + "```\n"),
                "lines are checked inside code blocks too: whether a line is code is the parser's decision");
        assertEquals(List.of("postmortem.md:10:1: error: this table has 65 columns; sitrep renders tables of at most 64 "
                + "columns, so split it or link to the full data"), findings(table(2, 65)));
    }

    @Test
    void tooManyLinksEmphasisMarkersOrCodeSpansInOneBlockAreReported() {
        assertEquals(List.of(), findings("[a](b) ".repeat(200) + "\n\n" + "[a](b) ".repeat(200)));
        assertEquals(List.of("postmortem.md:10:1: error: this paragraph has 201 link brackets '['; sitrep renders at "
                + "most 200 in one paragraph, table row or heading, so split it into several paragraphs or a list"),
                findings("[a](b) ".repeat(201)));
        assertEquals(List.of("postmortem.md:10:1: error: this paragraph has 2,001 emphasis markers (* _ ~); sitrep "
                + "renders at most 1,000 in one paragraph, table row or heading, so split it, or put code and logs in a "
                + "fenced code block"), findings("*a* ".repeat(1000) + "*"));
        assertEquals(List.of("postmortem.md:10:1: error: this heading has 3,000 emphasis markers (* _ ~); sitrep "
                + "renders at most 1,000 in one paragraph, table row or heading, so split it, or put code and logs in a "
                + "fenced code block"), findings("## " + "*a ".repeat(3000)));
        assertEquals(List.of("postmortem.md:10:1: error: this paragraph has 4,000 code-span markers (`); sitrep renders "
                + "at most 2,000 in one paragraph, table row or heading, so split it, or put code and logs in a fenced "
                + "code block"), findings("e` ".repeat(4000)));
        assertEquals(List.of("postmortem.md:10:1: error: this paragraph has 1,000 '<' and '&' (inline HTML, autolinks, "
                + "entities); sitrep renders at most 500 in one paragraph, table row or heading, so split it, or put code "
                + "and logs in a fenced code block"), findings("<b>&amp; ".repeat(500)));
        assertEquals(List.of(), findings("a &lt; b ".repeat(500)));
        assertEquals(List.of(), findings("```\n" + "e`*<&".repeat(40_000) + "\n```"), "code blocks are not parsed inline");
        assertEquals(List.of(), findings("a_snake_case_name ".repeat(2000)), "an underscore inside a word emphasises nothing");
    }

    @Test
    void moreThanFiveHundredLinesWithoutABlankLineAreReportedAtTheFirst() {
        assertEquals(List.of(), findings("Log:\n\n" + "2026-11-03 14:02 error\n".repeat(500) + "\nDone.\n"));
        assertEquals(List.of("postmortem.md:12:1: error: 501 lines follow each other here without a blank line; "
                + "sitrep reads at most 500 in a row, so separate paragraphs with blank lines, or move long logs out "
                + "and link to them"), findings("Log:\n\n" + "2026-11-03 14:02 error\n".repeat(501) + "\nDone.\n"));
        assertEquals(List.of("postmortem.md:10:1: error: 3,000 lines follow each other here without a blank line; "
                + "sitrep reads at most 500 in a row, so separate paragraphs with blank lines, or move long logs out "
                + "and link to them"), findings("```\n" + "=x\n".repeat(2_998) + "```\n"), "in a code block too");
    }

    @Test
    void aWordOfMoreThanTwoThousandCharactersIsReportedButNotALongLinkDestination() {
        assertEquals(List.of(), findings("A dashboard: [latency](https://grafana.example/d/x?" + "var-a=b&".repeat(500)
                + ") and " + "-f".repeat(1_000) + " ."), "a destination of 4,000 characters, a word of 2,000");
        assertEquals(List.of("postmortem.md:10:1: error: this paragraph has a word of 50,000 characters without a space; "
                + "sitrep renders words of at most 2,000, so break it up, or put it in a fenced code block"),
                findings("-f".repeat(25_000)));
    }

    @Test
    void aLineThatOnlySeemsToBeInACodeBlockIsChecked() {
        // "```yaml" cannot close the fence that "```(data)" opened; flexmark closes it only at the bare "```", after
        // which the line of 9,999 list markers is no code at all
        assertEquals(List.of("postmortem.md:16:1: error: block quotes and lists are nested more than 16 deep here; "
                + "sitrep renders at most 16 levels, so flatten this part (fewer '>' or less indentation)"),
                findings("```(data)\ncode\n```yaml\nkey: value\n```\n\n" + "1. ".repeat(9_999)));
    }

    @Test
    void theLinesOfATableAreCheckedLikeAnyOtherLine() {
        assertEquals(List.of("postmortem.md:13:1: error: this line has 9,999 '-' in a row; sitrep reads at most 1,000 of "
                + "one character in a row, so shorten it"),
                findings("- item | a |\n|---|---|\n| x | y |\n- [x] " + "- ".repeat(9_999) + "the rollback\n"));
    }

    @Test
    void aTableIsMeasuredRowByRow() {
        StringBuilder table = new StringBuilder("| metric | query |\n|---|---|\n");
        for (int i = 0; i < 390; i++) {
            table.append("| `p99_latency` | *slow* [dashboard](https://x.example/").append(i).append(") |\n");
        }
        assertEquals(List.of(), findings(table.toString()));
        assertEquals(List.of("postmortem.md:10:1: error: this table row has 201 link brackets '['; sitrep renders at "
                + "most 200 in one paragraph, table row or heading, so split it into several paragraphs or a list"),
                findings("| a | b |\n|---|---|\n| x | " + "[l](u) ".repeat(201) + "|\n"));
    }

    @Test
    void aLineStartingWithThousandsOfRuleMarkersIsReportedAndTheHeadingsAreStillFound() {
        assertEquals(List.of(), findings("-".repeat(1000) + "\n\n" + "* ".repeat(1000)));
        String body = "## Summary\n\n" + "*".repeat(5000) + "\n\n## Timeline\n\n" + "- ".repeat(100_000) + "x\n";
        assertEquals(List.of("postmortem.md:12:1: error: this line has 5,000 '*' in a row; sitrep reads at most "
                + "1,000 of one character in a row, so shorten it",
                "postmortem.md:16:1: error: this line has 100,000 '-' in a row; sitrep reads at most 1,000 of "
                        + "one character in a row, so shorten it"), findings(body));
        assertEquals(List.of("postmortem.md:10:1: error: this line has 9,999 '-' in a row; sitrep reads at most 1,000 of "
                + "one character in a row, so shorten it"), findings("- [x] " + "-  ".repeat(9999) + "the rollback"),
                "a run after a task list's check box");
        assertEquals(List.of("postmortem.md:10:1: error: this line has 9,999 '>' in a row; sitrep reads at most 1,000 of "
                + "one character in a row, so shorten it"), findings("a [ref]" + ">".repeat(9999) + " b"),
                "a run in the middle of a line");
        Findings findings = new Findings();
        String safe = MarkdownLimits.checkText("postmortem.md", body, 10, findings);
        assertEquals(List.of("Summary", "Timeline"), Sections.of("postmortem.md", SECTIONS.parse(safe), 10).stream()
                .map(dev.sitrep.model.Section::heading).toList());
    }

    @Test
    void aHeadingThatFlexmarkCannotReadIsReportedAndItsSectionStillFound() {
        String body = "## Summary\n\nText.\n\nImpact\n  b &NewLine;\n  c\n---\n\nText.\n";
        assertEquals(List.of("postmortem.md:14:1: error: this heading cannot be rendered: the Markdown library fails on a "
                + "line break written as an entity (such as &NewLine; or &#10;) in a heading that spans lines; write the "
                + "heading on one line, or without that entity"), findings(body));
        assertEquals(List.of("Summary", "Impact b &NewLine; c"), Sections.of("postmortem.md", SECTIONS.parse(body), 10)
                .stream().map(dev.sitrep.model.Section::heading).toList());
    }

    @Test
    void aBodyOverAMillionCharactersIsReportedAtItsFirstLine() {
        assertEquals(List.of("postmortem.md:10:1: error: the postmortem body has 1,000,001 characters; sitrep renders "
                + "bodies of at most 1,000,000, so move long logs or data out of it and link to them"),
                findings(("x ".repeat(4_999) + "\n\n").repeat(100) + "x"));
    }

    @Test
    void aParagraphTableRowOrHeadingOverAHundredThousandCharactersIsReported() {
        assertEquals(List.of(), findings("a <!-- " + "commented out ".repeat(7_000) + "--> b"),
                "98,000 characters in one paragraph");
        assertEquals(List.of("postmortem.md:12:1: error: this paragraph has 100,001 characters; sitrep renders at most "
                + "100,000 in one paragraph, table row or heading, so split it, or put logs and data in a fenced code "
                + "block"), findings("Log:\n\n" + "012345678 ".repeat(10_000) + "x"));
        assertEquals(List.of("postmortem.md:10:1: error: this table row has 100,003 characters; sitrep renders at "
                + "most 100,000 in one paragraph, table row or heading, so split it, or put logs and data in a fenced "
                + "code block"), findings("| a |\n|---|\n| x |\n| " + "yyy ".repeat(25_000) + "|\n"));
        assertEquals(List.of(), findings("| a |\n|---|\n" + ("| " + "yyy ".repeat(22_500) + "|\n").repeat(3)),
                "each row is measured on its own");
        assertEquals(List.of(), findings("```\n" + ("log line " + "x".repeat(400) + "\n").repeat(400) + "```\n"),
                "code is not parsed inline: 160,000 characters of code");
    }
}
