package dev.sitrep.site.html;

import dev.sitrep.i18n.Languages;
import dev.sitrep.i18n.Strings;
import dev.sitrep.metrics.MonthlyTrend;
import dev.sitrep.metrics.Quarter;
import dev.sitrep.metrics.QuarterFactors;
import dev.sitrep.metrics.UptimeMonth;
import dev.sitrep.model.Factor;
import dev.sitrep.model.Severity;
import dev.sitrep.site.TextWidth;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The longest words of every built-in language fit the parts of the pages that do not wrap: the labels of the charts
 * (drawn on a fixed canvas), the badges, the table headers (kept on one line) and the status pills. Widths come from
 * {@link TextWidth} (Verdana, wider than the fonts browsers pick for the pages), scaled to each part's font size, and
 * bold text counts 10 % wider: a part that fits here fits in a browser.
 */
class LayoutFitTest {

    /** The page's text column on a wide screen: {@code .wrap} is 880 pixels with 20 on either side. */
    private static final double DESKTOP = 840;
    /** A card's text on a 360-pixel phone: 14 pixels of page and 14 of card padding on either side. */
    private static final double PHONE = 304;
    private static final double REM = 16;

    @TempDir
    Path temp;

    // ---- charts, laid out with worst-case data in each language ----

    @Test
    void chartLabelsFitTheCanvasAndNeverRunIntoEachOtherInEveryLanguage() {
        List<String> problems = new ArrayList<>();
        for (String language : Languages.BUILT_IN) {
            Charts charts = new Charts(new Formats(ZoneId.of("Europe/Berlin"), Strings.of(language, Optional.empty())),
                    Severity::name);
            for (int months : new int[] {1, 5, 12, 13, 24}) {
                for (long count : new long[] {3, 40, 9_999, 123_456}) {
                    check(problems, language + " incidents " + months + "x" + count,
                            charts.incidentsPerMonth(trends(months, count, Duration.ofMinutes(30)), severities()));
                }
                for (Duration mttr : new Duration[] {Duration.ofMinutes(4), Duration.ofMinutes(50),
                        Duration.ofHours(13), Duration.ofHours(61), Duration.ofDays(40), Duration.ofDays(400)}) {
                    check(problems, language + " mttr " + months + "x" + mttr,
                            charts.mttrPerMonth(trends(months, 1, mttr)));
                }
                for (double uptime : new double[] {100, 99.95, 99.5, 97, 92, 60, 3}) {
                    check(problems, language + " uptime " + months + "x" + uptime,
                            charts.uptimeByMonth("Checkout", uptimes(months, uptime)));
                }
            }
            for (int quarters : new int[] {1, 4, 5, 12}) {
                check(problems, language + " factors " + quarters,
                        charts.factorsPerQuarter(quarters(quarters, 9_999), List.of(new Factor("deploy",
                                "Deployment", Optional.empty()))));
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theCheckCatchesALabelOffTheCanvasAndTwoLabelsThatOverlap() {
        List<String> problems = new ArrayList<>();
        check(problems, "off", new Chart("", "640", "240", List.of(new Chart.Line("44", "10", "630", "10", "axis")),
                List.of(), List.of(new Chart.Label("36", "14", "1 Tg. 12 Std.", "end")), "", List.of(), List.of()));
        check(problems, "overlap", new Chart("", "640", "240", List.of(), List.of(),
                List.of(new Chart.Label("100", "228", "Sept. 2026", "middle"),
                        new Chart.Label("130", "228", "Okt.", "middle")), "", List.of(), List.of()));
        assertEquals(2, problems.size(), problems::toString);
    }

    /** What is wrong with the labels of {@code chart}: off the canvas, over the plot, or over another label. */
    private static void check(List<String> problems, String what, Chart chart) {
        double width = Double.parseDouble(chart.width());
        double plotLeft = chart.lines().stream().mapToDouble(l -> Double.parseDouble(l.x1())).min().orElse(width);
        List<double[]> under = new ArrayList<>();
        for (Chart.Label label : chart.labels()) {
            double x = Double.parseDouble(label.x());
            double w = TextWidth.pixels(label.text(), 11);
            double from = switch (label.anchor()) {
                case "end" -> x - w;
                case "middle" -> x - w / 2;
                default -> x;
            };
            if (from < 0 || from + w > width) {
                problems.add(what + ": '" + label.text() + "' runs off the canvas (" + from + " to " + (from + w) + ")");
            }
            if (label.anchor().equals("end") && x > plotLeft) {
                problems.add(what + ": '" + label.text() + "' runs into the plot");
            }
            if (label.anchor().equals("middle")) {
                under.add(new double[] {from, from + w});
            }
        }
        under.sort(Comparator.comparingDouble(a -> a[0]));
        for (int i = 1; i < under.size(); i++) {
            if (under.get(i)[0] < under.get(i - 1)[1]) {
                problems.add(what + ": two labels under the bars overlap at " + under.get(i)[0]);
            }
        }
    }

    private static List<Severity> severities() {
        return Severity.defaults();
    }

    private static List<MonthlyTrend> trends(int months, long most, Duration mttr) {
        List<MonthlyTrend> trends = new ArrayList<>();
        YearMonth first = YearMonth.of(2026, 12).minusMonths(months - 1);
        for (int i = 0; i < months; i++) {
            int total = (int) (i == months / 2 ? most : 1);
            trends.add(new MonthlyTrend(first.plusMonths(i), List.of(new MonthlyTrend.SeverityCount("P1", total),
                    new MonthlyTrend.SeverityCount("P2", 0)), total, total, Optional.of(i == months / 2 ? mttr : mttr.dividedBy(2))));
        }
        return trends;
    }

    private static List<UptimeMonth> uptimes(int months, double lowest) {
        List<UptimeMonth> list = new ArrayList<>();
        YearMonth first = YearMonth.of(2026, 12).minusMonths(months - 1);
        for (int i = 0; i < months; i++) {
            double uptime = i == months / 2 ? lowest : 100;
            list.add(new UptimeMonth(first.plusMonths(i), 43_200, 43_200 * (100 - uptime) / 100, uptime,
                    uptime < 100 ? List.of("2026-01-01-x") : List.of()));
        }
        return list;
    }

    private static List<QuarterFactors> quarters(int count, int most) {
        List<QuarterFactors> list = new ArrayList<>();
        Quarter q = new Quarter(2024, 1);
        for (int i = 0; i < count; i++) {
            int n = i == count / 2 ? most : 1;
            list.add(new QuarterFactors(q, List.of(n), n));
            q = q.next();
        }
        return list;
    }

    // ---- the example site in each language ----

    @Test
    void theExampleSiteFitsInEveryLanguage() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String language : Languages.BUILT_IN) {
            Path site = generate(language);
            try (Stream<Path> files = Files.walk(site)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    String name = site.relativize(file).toString();
                    if (name.endsWith(".html")) {
                        checkPage(problems, language + " " + name, Jsoup.parse(Files.readString(file), ""));
                    } else if (name.endsWith(".svg") && !name.equals("favicon.svg")) {
                        checkBadge(problems, language + " " + name, Jsoup.parse(Files.readString(file), "",
                                Parser.xmlParser()));
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static void checkPage(List<String> problems, String page, Document doc) {
        // table headers stay on one line: a row of them fits the text column of a wide screen without scrolling
        // (the factor table's headers are the repository's factor names, which may wrap: style.css)
        for (Element row : doc.select("table:not(.factor-table) thead tr")) {
            double width = 0;
            for (Element th : row.select("th")) {
                width += bold(th.text(), 0.82 * REM) + 20;
            }
            if (width > DESKTOP) {
                problems.add(page + ": the table header '" + row.text() + "' is " + Math.round(width) + " px wide");
            }
        }
        // pills and verdicts do not wrap: each fits a card on a phone
        for (Element pill : doc.select(".badge, .verdict")) {
            double width = bold(pill.text(), 0.82 * REM) + 16 + 0.82 * REM * 1.35;
            if (width > PHONE) {
                problems.add(page + ": the pill '" + pill.text() + "' is " + Math.round(width) + " px wide");
            }
        }
        // the scale under the uptime bar is one row of three items that may wrap inside but not overflow: a phone
        // fits the longest word of each
        for (Element scale : doc.select(".uptime-scale")) {
            double width = 0;
            for (Element span : scale.select("> span:not(.rule)")) {
                width += longestWord(span.text(), 0.8 * REM) + 8 + 16;
            }
            if (width > PHONE) {
                problems.add(page + ": the uptime scale '" + scale.text() + "' is " + Math.round(width) + " px");
            }
        }
        // the charts' labels, as the page has them
        for (Element svg : doc.select("figure.chart svg")) {
            String[] box = svg.attr("viewBox").split(" ");
            List<Chart.Line> lines = svg.select("line").stream().map(l -> new Chart.Line(l.attr("x1"), l.attr("y1"),
                    l.attr("x2"), l.attr("y2"), l.attr("class"))).toList();
            List<Chart.Label> labels = svg.select("text").stream().map(t -> new Chart.Label(t.attr("x"), t.attr("y"),
                    t.text(), t.attr("text-anchor"))).toList();
            check(problems, page, new Chart("", box[2], box[3], lines, List.of(), labels, "", List.of(), List.of()));
        }
    }

    /** A badge's words fit their half of it. */
    private static void checkBadge(List<String> problems, String file, Document svg) {
        List<Element> rects = svg.select("g[clip-path] rect");
        List<Element> texts = svg.select("text");
        assertEquals(rects.size(), texts.size(), file);
        for (int i = 0; i < texts.size(); i++) {
            double room = Double.parseDouble(rects.get(i).attr("width"));
            double needed = TextWidth.pixels(texts.get(i).text(), 11);
            if (needed > room) {
                problems.add(file + ": '" + texts.get(i).text() + "' needs " + needed + " px of " + room);
            }
        }
    }

    /** The width of the longest word of {@code text}, bold, where a line can break. */
    private static double longestWord(String text, double size) {
        double widest = 0;
        for (String word : text.split(" ")) {
            widest = Math.max(widest, bold(word, size));
        }
        return widest;
    }

    /** The width of bold text: Verdana's, scaled to {@code size}, and 10 % more. */
    private static double bold(String text, double size) {
        return TextWidth.pixels(text, size) * 1.1;
    }

    private Path generate(String language) throws IOException {
        return LanguagesSiteTest.example(language, temp, temp.resolve("site-" + language));
    }
}
