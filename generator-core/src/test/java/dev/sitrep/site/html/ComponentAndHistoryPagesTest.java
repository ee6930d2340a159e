package dev.sitrep.site.html;

import dev.sitrep.Fixture;
import dev.sitrep.model.ComponentImpact;
import dev.sitrep.model.Incident;
import dev.sitrep.model.MaintenanceStatus;
import dev.sitrep.model.StatusRepository;
import dev.sitrep.site.OutputFile;
import dev.sitrep.site.SiteContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The component pages and the history by year, read back with jsoup from a repository built in code: incidents over
 * three years on three components, maintenance past, active and upcoming.
 */
class ComponentAndHistoryPagesTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static Map<String, Document> pages;

    @BeforeAll
    static void render() {
        List<Incident> incidents = new ArrayList<>();
        // one incident on the 10th of every second month from January 2024 to November 2026: 18 incidents in 18 months
        int n = 0;
        for (int year = 2024; year <= 2026; year++) {
            for (int month = 1; month <= 11; month += 2) {
                String day = String.format("%d-%02d-10T10:00:00Z", year, month);
                String end = String.format("%d-%02d-10T11:00:00Z", year, month);
                Fixture.IncidentBuilder b = Fixture.incident(String.format("%d-%02d-10-incident-%d", year, month, n))
                        .title("Incident " + n).detected(day).resolved(end);
                b.affects(n % 2 == 0 ? "api" : "web", ComponentImpact.MAJOR_OUTAGE);
                if (n % 3 == 0) {
                    b.affects("db", ComponentImpact.DEGRADED_PERFORMANCE);
                }
                incidents.add(b.build());
                n++;
            }
        }
        incidents.add(Fixture.incident("2026-11-20-open").title("Open on the API").detected("2026-11-20T11:00:00Z")
                .affects("api", ComponentImpact.PARTIAL_OUTAGE).build());
        StatusRepository repository = Fixture.repository(Fixture.config("UTC", Fixture.component("api", "Core"),
                Fixture.component("web", "Core"), Fixture.component("db", null)), incidents, List.of(
                Fixture.maintenance("past-upgrade", "2026-10-01T02:00:00Z", "2026-10-01T03:00:00Z", List.of("db"),
                        MaintenanceStatus.SCHEDULED, MaintenanceStatus.COMPLETED),
                Fixture.maintenance("now-upgrade", "2026-11-20T11:00:00Z", "2026-11-20T13:00:00Z", List.of("db", "web"),
                        MaintenanceStatus.SCHEDULED),
                Fixture.maintenance("next-upgrade", "2026-12-01T02:00:00Z", "2026-12-01T03:00:00Z", List.of("db"),
                        MaintenanceStatus.SCHEDULED)));
        List<OutputFile> files = new HtmlPages().render(new SiteContext(repository, NOW, Optional.empty()));
        pages = files.stream().filter(f -> f.path().endsWith(".html")).collect(Collectors.toMap(OutputFile::path,
                f -> Jsoup.parse(new String(f.content(), StandardCharsets.UTF_8), "")));
    }

    private static List<String> incidentTitles(Document doc) {
        return doc.select("table.component-incidents tbody tr td:first-child a").eachText();
    }

    @Test
    void aComponentPageListsExactlyTheIncidentsThatAffectedItNewestFirstWithTheImpactThere() {
        Document api = pages.get("components/api/index.html");
        assertEquals("Component api", api.selectFirst("h1").text());
        assertEquals("Partial outage", api.selectFirst("header .badge").text());
        List<String> expected = new ArrayList<>(List.of("Open on the API"));
        for (int n = 16; n >= 0; n -= 2) {
            expected.add("Incident " + n);
        }
        assertEquals(expected, incidentTitles(api));
        assertEquals("10 incidents, newest first", api.selectFirst("#incidents-title + .muted").text());
        Element first = api.selectFirst("table.component-incidents tbody tr");
        assertEquals("../../incidents/2026-11-20-open/index.html", first.selectFirst("a").attr("href"));
        assertEquals(List.of("Open on the API P1 · High", "20 Nov 2026, 11:00 UTC", "ongoing", "Partial outage",
                "Investigating"), first.select("td").eachText());

        Document db = pages.get("components/db/index.html");
        assertEquals(List.of("Incident 15", "Incident 12", "Incident 9", "Incident 6", "Incident 3", "Incident 0"),
                incidentTitles(db));
        assertEquals("Degraded performance",
                db.selectFirst("table.component-incidents tbody tr td:nth-child(4)").text());
        assertEquals("Under maintenance", db.selectFirst("header .badge").text());
    }

    @Test
    void aComponentPageShowsItsUptimeByCalendarMonthAsChartAndTable() {
        Document web = pages.get("components/web/index.html");
        List<Element> rows = web.select("table.uptime-months tbody tr");
        assertEquals(12, rows.size());
        assertEquals("November 2026", rows.get(0).selectFirst("th").text());
        assertEquals("December 2025", rows.get(11).selectFirst("th").text());
        // web: a one-hour major outage on 2026-07-10 (incident 15; the odd ones are on web)
        Element july = rows.stream().filter(r -> r.selectFirst("th").text().equals("July 2026"))
                .findFirst().orElseThrow();
        Formats formats = new Formats(java.time.ZoneOffset.UTC, dev.sitrep.i18n.Strings.english());
        assertEquals(List.of(formats.uptime(100 * (1 - 60.0 / (31 * 1440))), "1h", "1"),
                july.select("td").eachText());
        Element october = rows.stream().filter(r -> r.selectFirst("th").text().equals("October 2026"))
                .findFirst().orElseThrow();
        assertEquals(List.of("100.00%", "–", "0"), october.select("td").eachText());
        Element chart = web.selectFirst("figure.chart svg");
        assertEquals(12, chart.select("rect").size());
        assertTrue(chart.attr("aria-label").startsWith("Bar chart of the uptime of Component web per calendar month"),
                chart.attr("aria-label"));
        assertEquals(90, web.select(".uptime-bar rect").size());
    }

    @Test
    void aComponentPageShowsItsMaintenanceAndLinksItsFeedsCalendarAndBadges() {
        Document db = pages.get("components/db/index.html");
        assertEquals(List.of("Maintenance now-upgrade"), db.select("#maintenance-now-title ~ article h3").eachText());
        assertEquals(List.of("Maintenance next-upgrade"), db.select("#maintenance-next-title ~ article h3").eachText());
        assertEquals(List.of("Maintenance past-upgrade"), db.select("#maintenance-past-title ~ article h3").eachText());
        assertEquals(List.of("history.atom", "history.rss", "maintenance.ics", "shields.json"),
                db.select("ul.subscriptions a").eachAttr("href"));
        assertEquals(List.of("status.svg", "uptime.svg"), db.select(".badge-embed img").eachAttr("src"));
        assertEquals(List.of("[![Component db status](https://status.test.example/components/db/status.svg)]"
                        + "(https://status.test.example/components/db/)",
                "<a href=\"https://status.test.example/components/db/\"><img src=\"https://status.test.example/"
                        + "components/db/status.svg\" alt=\"Component db status\"></a>"),
                db.select(".badge-embed").first().select("pre code").eachText());
        Document status = pages.get("index.html");
        assertEquals(List.of("[![Test Status status](https://status.test.example/status.svg)](https://status.test.example/)",
                        "<a href=\"https://status.test.example/\"><img src=\"https://status.test.example/status.svg\" "
                                + "alt=\"Test Status status\"></a>"),
                status.select("details.embed pre code").eachText());
    }

    @Test
    void componentNamesLinkToTheirPagesFromEveryPageThatNamesThem() {
        Document status = pages.get("index.html");
        assertEquals(List.of("components/api/index.html", "components/web/index.html", "components/db/index.html"),
                status.select(".component-name a").eachAttr("href"));
        assertEquals(List.of("components/db/index.html", "components/web/index.html"),
                status.select("#maintenance-now-title ~ article .affected a").eachAttr("href"), "the maintenance in progress");
        assertEquals(List.of("../components/api/index.html"),
                pages.get("history/index.html").select("article").first().select(".affected a").eachAttr("href"));
        assertEquals(List.of("../../components/api/index.html"),
                pages.get("incidents/2026-11-20-open/index.html").select(".component-impacts a").eachAttr("href"));
    }

    @Test
    void theHistoryHoldsTheTwelveMostRecentMonthsWithIncidentsAndEachYearHasItsPage() {
        Document history = pages.get("history/index.html");
        List<String> months = history.select("section.month h2").eachText();
        assertEquals(12, months.size());
        assertEquals("November 2026", months.get(0));
        assertEquals("January 2025", months.get(11), "every second month has incidents: 12 of them reach back to 2025");
        assertEquals("13 of 19 incidents, from the 12 most recent months that have any; earlier ones are on the year "
                + "pages, newest first. Times are in the site's time zone.", history.selectFirst(".lead").text());
        assertEquals(List.of("2026", "2025", "2024"), history.select("nav.years a").eachText());
        assertEquals(List.of("../history/2026/index.html", "../history/2025/index.html", "../history/2024/index.html"),
                history.select("nav.years a").eachAttr("href"));

        Document year2024 = pages.get("history/2024/index.html");
        assertEquals("Incidents in 2024", year2024.selectFirst("h1").text());
        assertEquals(List.of("Incident 5", "Incident 4", "Incident 3", "Incident 2", "Incident 1", "Incident 0"),
                year2024.select("article .incident-title").eachText());
        assertEquals(List.of("Recent months", "2026", "2025", "2024"), year2024.select("nav.years a").eachText());
        assertEquals("../../history/index.html", year2024.selectFirst("nav.years a").attr("href"));
        assertEquals("2024", year2024.selectFirst("nav.years a[aria-current=page]").text());
        assertEquals(7, pages.get("history/2026/index.html").select("article").size(), "six, and the open one");
    }
}
