package dev.sitrep.site.html;

import dev.sitrep.FactorFixture;
import dev.sitrep.Fixture;
import dev.sitrep.model.ActionStatus;
import dev.sitrep.model.ComponentImpact;
import dev.sitrep.model.Incident;
import dev.sitrep.model.SiteConfig;
import dev.sitrep.site.OutputFile;
import dev.sitrep.site.SiteContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static dev.sitrep.FactorFixture.FACTORS;
import static dev.sitrep.FactorFixture.postmortem;
import static dev.sitrep.FactorFixture.related;
import static dev.sitrep.FactorFixture.withTaxonomy;
import static dev.sitrep.Fixture.actionItem;
import static dev.sitrep.Fixture.component;
import static dev.sitrep.Fixture.config;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The postmortem index, the factors and related incidents of the incident page, and the factor quarters and repeat
 * incidents of the metrics page, read back with jsoup from a repository built in code: a taxonomy, postmortems on
 * time, late and not required, incidents on both sides of the 90-day and 12-month boundaries, related incidents (one
 * unknown), an acknowledged and two unacknowledged repeats. The same incidents without a taxonomy show no factor.
 */
class PostmortemPagesTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final SiteConfig PLAIN = config("UTC", component("api", null), component("web", null));

    private static Map<String, Document> pages;
    private static Map<String, Document> plain;

    /** An incident detected at {@code detected}, resolved an hour later. */
    private static Fixture.IncidentBuilder resolved(String id, String severity, String detected) {
        return Fixture.incident(id).title("Incident " + id).severity(severity).detected(detected)
                .resolved(Instant.parse(detected).plusSeconds(3600).toString());
    }

    @BeforeAll
    static void render() {
        List<Incident> incidents = List.of(
                resolved("old-capacity", "P1", "2025-06-10T10:00:00Z").affects("api", ComponentImpact.MAJOR_OUTAGE)
                        .postmortem(postmortem("2025-06-12T09:00:00Z", List.of("capacity"))).build(),
                // exactly now - 12 months; P2 requires no postmortem
                resolved("year-deploy", "P2", "2025-11-20T12:00:00Z").affects("web", ComponentImpact.PARTIAL_OUTAGE)
                        .postmortem(postmortem("2025-11-25T10:00:00Z", List.of("deploy"))).build(),
                // exactly now - 90 days; published a day after its due time (resolved + 48h)
                resolved("edge-90", "P1", "2026-08-22T12:00:00Z").affects("api", ComponentImpact.MAJOR_OUTAGE)
                        .affects("web", ComponentImpact.DEGRADED_PERFORMANCE)
                        .postmortem(postmortem("2026-08-25T13:00:00Z", List.of("deploy", "config"),
                                actionItem("edge-1", "2026-09-01", ActionStatus.DONE, "2026-08-30"),
                                actionItem("edge-2", "2026-12-01", ActionStatus.OPEN, null))).build(),
                // a second before now - 90 days
                resolved("before-90", "P1", "2026-08-22T11:59:59Z").affects("web", ComponentImpact.MAJOR_OUTAGE)
                        .postmortem(postmortem("2026-08-23T10:00:00Z", List.of("config"))).build(),
                // lists edge-90 (an acknowledged repeat) and an older one, oldest first
                related(resolved("deploy-again", "P1", "2026-11-01T09:00:00Z")
                        .affects("api", ComponentImpact.MAJOR_OUTAGE)
                        .postmortem(postmortem("2026-11-02T09:00:00Z", List.of("deploy"))).build(),
                        "old-capacity", "edge-90"),
                // repeats edge-90 (config on api) without listing it
                resolved("config-again", "P1", "2026-11-10T09:00:00Z").affects("api", ComponentImpact.MAJOR_OUTAGE)
                        .postmortem(postmortem("2026-11-11T09:00:00Z", List.of("config"))).build(),
                resolved("draft", "P1", "2026-11-18T09:00:00Z").affects("api", ComponentImpact.MAJOR_OUTAGE)
                        .postmortem(postmortem(null, List.of("capacity"))).build(),
                // open; lists config-again and an id that is no incident (a data error, which must not break the page)
                related(Fixture.incident("open").title("Incident open").detected("2026-11-20T11:00:00Z")
                        .affects("api", ComponentImpact.PARTIAL_OUTAGE).build(), "config-again", "gone"));
        pages = render(withTaxonomy(PLAIN, FACTORS), incidents);
        plain = render(PLAIN, incidents);
    }

    private static Map<String, Document> render(SiteConfig config, List<Incident> incidents) {
        List<OutputFile> files = new HtmlPages(false).render(new SiteContext(
                Fixture.repository(config, incidents, List.of()), NOW, Optional.empty()));
        return files.stream().filter(f -> f.path().endsWith(".html")).collect(Collectors.toMap(OutputFile::path,
                f -> Jsoup.parse(new String(f.content(), StandardCharsets.UTF_8), "")));
    }

    private static List<String> rows(Element table) {
        return table.select("tbody tr").stream().map(tr -> String.join(" | ", tr.select("th, td").eachText()))
                .toList();
    }

    @Test
    void theIndexListsEveryPublishedPostmortemNewestFirstByPublication() {
        Document index = pages.get("postmortems/index.html");
        assertEquals("Postmortems", index.selectFirst("h1").text());
        assertEquals("6 published postmortems, newest first by publication. Each links to its incident, where the "
                + "postmortem is shown.", index.selectFirst(".lead").text());
        assertEquals(List.of("Incident", "Published", "Components", "Factors", "Timeliness", "Action items done"),
                index.select("table.postmortems thead th").eachText());
        assertEquals(List.of(
                "Incident config-again P1 · High | 11 Nov 2026 | Component api | Configuration change | On time | –",
                "Incident deploy-again P1 · High | 2 Nov 2026 | Component api | Deployment | On time | –",
                "Incident edge-90 P1 · High | 25 Aug 2026 | Component api, Component web | Deployment, "
                        + "Configuration change | 1d late | 1 of 2",
                "Incident before-90 P1 · High | 23 Aug 2026 | Component web | Configuration change | On time | –",
                "Incident year-deploy P2 · Medium | 25 Nov 2025 | Component web | Deployment | Not required | –",
                "Incident old-capacity P1 · High | 12 Jun 2025 | Component api | Capacity | On time | –"),
                rows(index.selectFirst("table.postmortems")));
        Element edge = index.select("table.postmortems tbody tr").get(2);
        assertEquals(List.of("../incidents/edge-90/index.html", "../components/api/index.html",
                "../components/web/index.html"), edge.select("a").eachAttr("href"));
        assertEquals("A change rolled out to production", edge.selectFirst(".factor").attr("title"));
        assertEquals("P1 · High", edge.selectFirst(".severity").text());
        assertEquals("status tone-major", edge.selectFirst(".status").className());
        assertEquals("2026-08-25", edge.selectFirst("time").attr("datetime"));
    }

    @Test
    void theIndexCountsPostmortemsPerFactorOverNinetyDaysTwelveMonthsAndAllTimeByDetection() {
        Document index = pages.get("postmortems/index.html");
        Element table = index.selectFirst("table.factor-counts");
        assertEquals(List.of("Factor", "Last 90 days", "Last 12 months", "All time"),
                table.select("thead th").eachText());
        // deploy: edge-90 (exactly 90 days ago) and deploy-again; year-deploy (exactly 12 months ago) too in the year
        // config: edge-90 and config-again; before-90 (a second earlier) only in the year
        assertEquals(List.of("Deployment A change rolled out to production | 2 | 3 | 3",
                "Configuration change | 2 | 3 | 3", "Capacity | 0 | 0 | 1"), rows(table));
        Element noteElement = table.parent().nextElementSibling();
        String note = noteElement.text();
        assertTrue(note.contains("counted by when their incident was detected (not when the postmortem was "
                + "published): the last 90 days are since 22 Aug 2026, 12:00 UTC, the last 12 months since "
                + "20 Nov 2025, 12:00 UTC."), note);
        assertEquals("../metrics/index.html#factors", noteElement.selectFirst("a").attr("href"));
    }

    @Test
    void postmortemsIsInTheNavigationBetweenHistoryAndActionItems() {
        assertEquals(List.of("Status", "History", "Postmortems", "Action items", "Metrics"),
                pages.get("index.html").select("nav.site-nav a").eachText());
        assertEquals("postmortems/index.html", pages.get("index.html").select("nav.site-nav a").get(2).attr("href"));
        assertEquals("page", pages.get("postmortems/index.html").select("nav.site-nav a").get(2).attr("aria-current"));
    }

    @Test
    void theIncidentPageShowsThePostmortemsFactorsWithTheirDescriptions() {
        Document edge = pages.get("incidents/edge-90/index.html");
        Element factors = edge.selectFirst(".postmortem-section .factors");
        assertEquals("Contributing factors", factors.selectFirst("h3").text());
        assertEquals(List.of("Deployment A change rolled out to production", "Configuration change"),
                factors.select("li").eachText());
        assertEquals(List.of("Deployment", "Configuration change"), factors.select(".factor-name").eachText());
        assertNull(pages.get("incidents/draft/index.html").selectFirst(".factors"), "a draft shows nothing");
    }

    @Test
    void theIncidentPageShowsTheRelatedIncidentsInBothDirections() {
        Document again = pages.get("incidents/deploy-again/index.html");
        assertEquals(List.of("Incident edge-90 22 Aug 2026", "Incident old-capacity 10 Jun 2025"),
                again.select("#related-title ~ ul li").eachText(), "newest first");
        assertEquals(List.of("../../incidents/edge-90/index.html", "../../incidents/old-capacity/index.html"),
                again.select("#related-title ~ ul a").eachAttr("href"));
        assertNull(again.getElementById("related-by-title"));

        Document edge = pages.get("incidents/edge-90/index.html");
        assertNull(edge.getElementById("related-title"));
        assertEquals("Listed as related by", edge.getElementById("related-by-title").text());
        assertEquals(List.of("Incident deploy-again 1 Nov 2026"), edge.select("#related-by-title ~ ul li").eachText());
        assertEquals(List.of("../../incidents/deploy-again/index.html"),
                edge.select("#related-by-title ~ ul a").eachAttr("href"));

        Document open = pages.get("incidents/open/index.html");
        assertEquals(List.of("Incident config-again 10 Nov 2026", "gone"), open.select("#related-title ~ ul li")
                .eachText(), "an unknown id is shown as written, unlinked, last");
        assertEquals(1, open.select("#related-title ~ ul a").size());
        assertEquals(List.of("Incident open 20 Nov 2026"), pages.get("incidents/config-again/index.html")
                .select("#related-by-title ~ ul li").eachText());
    }

    @Test
    void theMetricsPageShowsIncidentsPerFactorByQuarterAsChartAndTable() {
        Document metrics = pages.get("metrics/index.html");
        assertEquals("Incidents per factor by quarter", metrics.getElementById("factors").text());
        Element table = metrics.selectFirst("table.factor-table");
        assertEquals(List.of("Quarter", "Deployment", "Configuration change", "Capacity", "Incidents"),
                table.select("thead th").eachText());
        assertEquals(List.of("Q4 2026 | 1 | 1 | 0 | 2", "Q3 2026 | 1 | 2 | 0 | 2", "Q2 2026 | 0 | 0 | 0 | 0",
                "Q1 2026 | 0 | 0 | 0 | 0", "Q4 2025 | 1 | 0 | 0 | 1", "Q3 2025 | 0 | 0 | 0 | 0",
                "Q2 2025 | 0 | 0 | 1 | 1"), rows(table));
        Element chart = metrics.getElementById("factors").parent().selectFirst("figure.chart");
        assertEquals(List.of("Q2 2025: 1 incident Capacity", "Q4 2025: 1 incident Deployment",
                        "Q3 2026: 1 incident Deployment", "Q3 2026: 2 incidents Configuration change",
                        "Q4 2026: 1 incident Deployment", "Q4 2026: 1 incident Configuration change"),
                chart.select("rect > title").eachText());
        assertEquals(List.of("factor-2", "factor-0", "factor-0", "factor-1", "factor-0", "factor-1"),
                chart.select("rect").eachAttr("class"));
        assertEquals(List.of("Deployment", "Configuration change", "Capacity"), chart.select(".legend li").eachText());
        assertEquals(List.of("Q2 2025", "Q3", "Q4", "Q1 2026", "Q2", "Q3", "Q4"),
                chart.select("text[text-anchor=middle]").eachText());
        assertTrue(chart.selectFirst("svg").attr("aria-label").startsWith("Bar chart of incidents per contributing "
                + "factor by quarter, stacked by factor: 6 incidents with factors over 7 quarters"),
                chart.selectFirst("svg").attr("aria-label"));
    }

    @Test
    void theMetricsPageListsTheRepeatIncidentsNewestFirst() {
        Document metrics = pages.get("metrics/index.html");
        assertEquals("Repeat incidents", metrics.getElementById("repeats").text());
        Element table = metrics.selectFirst("table.repeats");
        assertEquals(List.of("Incident", "Repeats", "Factor", "Component", "Related"),
                table.select("thead th").eachText());
        assertEquals(List.of(
                "Incident config-again 10 Nov 2026 | Incident edge-90 22 Aug 2026 | Configuration change | "
                        + "Component api | Not acknowledged",
                "Incident deploy-again 1 Nov 2026 | Incident edge-90 22 Aug 2026 | Deployment | Component api | "
                        + "Acknowledged",
                "Incident edge-90 22 Aug 2026 | Incident before-90 22 Aug 2026 | Configuration change | "
                        + "Component web | Not acknowledged"), rows(table));
        assertEquals(List.of("../incidents/config-again/index.html", "../incidents/edge-90/index.html",
                "../components/api/index.html"), table.selectFirst("tbody tr").select("a").eachAttr("href"));
        assertTrue(metrics.getElementById("repeats").nextElementSibling().text()
                .contains("detected at most 90d before it"));
        assertEquals(List.of("Response times", "Postmortems", "Action items", "Trends", "Contributing factors",
                "Repeat incidents", "How these are computed"), metrics.select("nav.toc a").eachText());
    }

    @Test
    void withoutATaxonomyNoPageShowsFactorsOrRepeats() {
        Document index = plain.get("postmortems/index.html");
        assertEquals(6, index.select("table.postmortems tbody tr").size());
        assertNull(index.selectFirst("table.factor-counts"));
        assertEquals(List.of("Incident", "Published", "Components", "Timeliness", "Action items done"),
                index.select("table.postmortems thead th").eachText());
        assertEquals("Incident edge-90 P1 · High | 25 Aug 2026 | Component api, Component web | 1d late | 1 of 2",
                rows(index.selectFirst("table.postmortems")).get(2));
        assertNull(plain.get("incidents/edge-90/index.html").selectFirst(".factors"));
        Document metrics = plain.get("metrics/index.html");
        assertNull(metrics.getElementById("factors"));
        assertNull(metrics.getElementById("repeats"));
        assertEquals(2, metrics.select("figure.chart").size());
        // related incidents do not depend on the taxonomy
        assertEquals(List.of("Incident deploy-again 1 Nov 2026"),
                plain.get("incidents/edge-90/index.html").select("#related-by-title ~ ul li").eachText());
    }

    @Test
    void everyLinkBetweenPagesResolvesWithItsFragment() {
        for (Map<String, Document> site : List.of(pages, plain)) {
            site.forEach((path, doc) -> {
                for (String href : doc.select("a[href]").eachAttr("href")) {
                    if (href.matches("(?i)(https?|mailto):.*") || !href.contains(".html")) {
                        continue; // feeds, calendars and the API are not rendered here; HtmlPagesTest follows them
                    }
                    String file = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
                    String target = java.nio.file.Path.of(path).resolveSibling(file).normalize().toString()
                            .replace('\\', '/');
                    Document page = site.get(target);
                    assertTrue(page != null, path + ": " + href);
                    if (href.contains("#")) {
                        assertTrue(page.getElementById(href.substring(href.indexOf('#') + 1)) != null, path + ": " + href);
                    }
                }
            });
        }
    }

    @Test
    void withoutPublishedPostmortemsTheIndexSaysSo() {
        Map<String, Document> none = render(withTaxonomy(PLAIN, FACTORS), List.of());
        Document index = none.get("postmortems/index.html");
        assertEquals("No postmortem has been published yet.", index.selectFirst(".empty").text());
        assertEquals(List.of("Deployment A change rolled out to production | 0 | 0 | 0",
                "Configuration change | 0 | 0 | 0", "Capacity | 0 | 0 | 0"),
                rows(index.selectFirst("table.factor-counts")));
        assertEquals(List.of("No published postmortem names a contributing factor yet.", "No repeat incidents."),
                none.get("metrics/index.html").select("#factors ~ .card .empty, #repeats ~ .empty").eachText());
    }
}
