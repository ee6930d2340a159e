package dev.sitrep.site.html;

import dev.sitrep.GenerateResult;
import dev.sitrep.Sitrep;
import dev.sitrep.SitrepOptions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Generates the example status repository ({@code incidents/incidents}, now = 2026-11-20T12:00:00Z) into
 * {@code target/example-site} and checks the pages against the facts listed in {@code incidents/EXPECTED-FINDINGS.md}.
 * The output stays there to be looked at in a browser.
 */
class ExampleSiteTest {

    static final Path SOURCE = Path.of("../incidents/incidents");
    static final Path OUT = Path.of("target/example-site");
    static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    @BeforeAll
    static void generate() {
        GenerateResult result = Sitrep.generate(new SitrepOptions(SOURCE, OUT, Path.of(".."), NOW));
        assertTrue(result.written(), () -> result.check().findings().toString());
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(OUT.resolve(path)), "");
    }

    @Test
    void statusPage() throws IOException {
        Document doc = page("index.html");
        assertEquals("Minor Service Outage", doc.selectFirst(".banner-title").text());
        assertEquals("1 active incident · 1 maintenance in progress", doc.selectFirst(".banner-sub").text());
        Map<String, String> statuses = new TreeMap<>();
        for (Element c : doc.select("li.component")) {
            statuses.put(c.selectFirst(".component-name").text(), c.selectFirst(".component-head .status").text());
        }
        assertEquals("Degraded performance", statuses.remove("Search"));
        assertEquals("Under maintenance", statuses.remove("Object Storage"));
        assertEquals(7, statuses.size());
        assertTrue(statuses.values().stream().allMatch("Operational"::equals), statuses.toString());
        assertEquals(List.of("Core", "Payments", "Data"), doc.select(".group-head h3").eachText());
        assertEquals(List.of("Elevated search latency"),
                doc.select("section[aria-labelledby=active-title] .incident-title").eachText());
        assertEquals(List.of("Monitoring", "Identified", "Investigating"),
                doc.select("section[aria-labelledby=active-title] .update-status").eachText());
        assertEquals(List.of("Object storage network upgrade"),
                doc.select("section[aria-labelledby=maintenance-now-title] .incident-title").eachText());
        assertEquals(List.of("Managed database major version upgrade"),
                doc.select("section[aria-labelledby=maintenance-next-title] .incident-title").eachText());
        assertEquals(9, doc.select(".uptime-full svg.uptime-bar").size());
        assertEquals(9, doc.select(".uptime-recent svg.uptime-bar").size());
    }

    @Test
    void historyAndIncidentPages() throws IOException {
        Document history = page("history/index.html");
        assertEquals(19, history.select(".incident-card").size());
        assertEquals("November 2026", history.selectFirst("section.month h2").text());

        Document draft = page("incidents/2026-11-19-checkout-3ds-failures/index.html");
        assertTrue(draft.selectFirst(".postmortem-section .notice").text().startsWith("A postmortem is in progress."));
        assertEquals(0, draft.select(".postmortem").size());

        Document late = page("incidents/2026-10-14-storage-upload-errors/index.html");
        assertEquals("Published 20h 8m after it was due (16 Oct 2026, 16:52 CEST).",
                late.selectFirst(".postmortem-section .notice").text());

        Document docs = page("incidents/2026-08-05-api-docs-not-found/index.html");
        assertEquals("https://docs.example.com/api/openapi.json",
                docs.select(".update-message a").first().attr("href"));
    }

    @Test
    void actionItemsAndMetrics() throws IOException {
        Document items = page("action-items/index.html");
        assertEquals(List.of("Completion", "Overdue 4", "Open 2", "Done 18", "Won't do 1", "By owner"),
                items.select("main section > h2").eachText());
        assertEquals("67% below target", items.selectFirst(".stat .stat-value").text());

        Document metrics = page("metrics/index.html");
        assertEquals(4, metrics.select("section[aria-labelledby=response] .card").size());
        assertEquals(6, metrics.select("table.trend-table tbody tr").size());
        assertEquals(19, metrics.select("figure.chart").first().select("rect").stream()
                .mapToInt(r -> Integer.parseInt(r.selectFirst("title").text().replaceAll(".*: (\\d+) incidents? .*", "$1")))
                .sum());
    }

    @Test
    void postmortemIndexIncidentPagesAndMetricsShowFactorsRepeatsAndRelatedIncidents() throws IOException {
        Document index = page("postmortems/index.html");
        assertEquals(7, index.select("table.postmortems tbody tr").size());
        assertEquals("Large file uploads failing P1 · High",
                index.selectFirst("table.postmortems tbody tr td").text(), "newest publication first");
        List<String> factorRows = index.select("table.factor-counts tbody th").stream()
                .map(th -> th.ownText()).toList();
        assertEquals("Deployment", factorRows.get(0));
        assertEquals(List.of("2", "2", "2"), index.select("table.factor-counts tbody tr").get(0).select("td").eachText());

        Document dns = page("incidents/2026-10-06-dns-resolution-outage/index.html");
        assertEquals(List.of("Elevated errors after a database failover 22 Sep 2026", "API and dashboard unavailable 17 Jun 2026"),
                dns.select("section.related ul.incident-links li").eachText());
        assertEquals(List.of("Configuration change", "Hardware or network"),
                dns.select("ul.factor-list li").stream().map(li -> li.child(0).text()).toList());
        Document failover = page("incidents/2026-09-22-database-failover-errors/index.html");
        assertTrue(failover.select("#related-by-title + * a, #related-by-title ~ ul a").eachText()
                .contains("Platform-wide outage caused by an internal DNS failure"), failover.select("main").text());

        Document metrics = page("metrics/index.html");
        List<List<String>> repeats = metrics.select("table.repeats tbody tr").stream()
                .map(tr -> tr.select("td").stream().map(td -> td.text()).toList()).toList();
        assertEquals(List.of(
                List.of("Large file uploads failing 14 Oct 2026", "Dashboard pages loading slowly 9 Sep 2026",
                        "Deployment", "Public API", "Acknowledged"),
                List.of("Platform-wide outage caused by an internal DNS failure 6 Oct 2026",
                        "Elevated errors after a database failover 22 Sep 2026", "Hardware or network", "Public API",
                        "Acknowledged"),
                List.of("Platform-wide outage caused by an internal DNS failure 6 Oct 2026",
                        "Card payments failing at checkout 8 Jul 2026", "Configuration change", "Checkout",
                        "Not acknowledged")), repeats);
        assertTrue(metrics.select("table.factor-table tbody tr").size() >= 2, "the quarters with incidents");
    }
}
