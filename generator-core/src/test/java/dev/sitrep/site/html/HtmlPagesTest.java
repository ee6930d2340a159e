package dev.sitrep.site.html;

import dev.sitrep.Fixture;
import dev.sitrep.GenerateResult;
import dev.sitrep.Sitrep;
import dev.sitrep.SitrepException;
import dev.sitrep.SitrepOptions;
import dev.sitrep.model.StatusRepository;
import dev.sitrep.site.OutputFile;
import dev.sitrep.site.SiteContext;
import dev.sitrep.site.SiteGenerator;
import dev.sitrep.site.SiteWriter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Renders the pages of the small site ({@link Fixture#site}) and reads them back with jsoup. */
class HtmlPagesTest {

    private static final Pattern UNSAFE_URL = Pattern.compile("^(javascript|data|vbscript|file):.*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    @TempDir
    static Path temp;

    private static Path source;
    private static StatusRepository repository;
    private static List<OutputFile> files;
    private static Path site;

    @BeforeAll
    static void render() {
        source = Fixture.site(temp.resolve("source"));
        repository = Fixture.read(source);
        SiteContext context = new SiteContext(repository, Fixture.SITE_NOW, Optional.empty());
        files = new HtmlPages().render(context);
        // the whole site, so that links to the feeds and the API resolve too
        site = writeSite(SiteGenerator.standard().render(context), temp.resolve("site"));
    }

    /** Writes {@code files} below {@code out}. */
    private static Path writeSite(List<OutputFile> files, Path out) {
        for (OutputFile f : files) {
            Fixture.file(out, f.path(), f.content());
        }
        return out;
    }

    private static Document page(String path) {
        OutputFile file = files.stream().filter(f -> f.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no page " + path + " in " + files));
        return Jsoup.parse(new String(file.content(), StandardCharsets.UTF_8), "");
    }

    private static List<String> htmlPaths() {
        return files.stream().map(OutputFile::path).filter(p -> p.endsWith(".html")).toList();
    }

    private static List<String> texts(Elements elements) {
        return elements.stream().map(Element::text).toList();
    }

    @Test
    void writesEveryPage() {
        assertEquals(List.of("action-items/index.html", "components/api/index.html", "components/db/index.html",
                "components/web/index.html", "favicon.svg", "history/2026/index.html", "history/index.html",
                "incidents/2026-09-15-minor-slowness/index.html", "incidents/2026-10-02-overdue-review/index.html",
                "incidents/2026-11-10-db-failover/index.html", "incidents/2026-11-19-cache-draft/index.html",
                "incidents/2026-11-20-login-failing/index.html", "index.html", "metrics/index.html",
                "postmortems/index.html", "style.css"),
                files.stream().map(OutputFile::path).toList());
    }

    @Test
    void onlyPagesThatTheClockChangesSayTheTimeOfTheData() {
        // uptime over days up to now, counts over the last 90 days and 12 months: measured against now
        for (String path : List.of("index.html", "metrics/index.html", "postmortems/index.html",
                "components/api/index.html")) {
            assertEquals(1, page(path).select("footer time").size(), path);
        }
        // an open incident, a postmortem not due yet, overdue ones, the lists of them: nothing is measured against
        // now; what a deadline changes, it changes once
        for (String path : List.of("incidents/2026-11-20-login-failing/index.html",
                "incidents/2026-11-19-cache-draft/index.html", "incidents/2026-11-10-db-failover/index.html",
                "incidents/2026-10-02-overdue-review/index.html", "incidents/2026-09-15-minor-slowness/index.html",
                "history/index.html", "history/2026/index.html", "action-items/index.html")) {
            assertEquals(0, page(path).select("footer time").size(), path);
        }
    }

    @Test
    void whenOnlyTheClockMovesOnlyThePagesThatSayTheTimeOfTheDataChange() {
        // an hour, and then twelve, later: no deadline of the small site passes in between (the draft postmortem
        // is due the next morning, and its page and the lists then say "overdue", once)
        SiteContext later = new SiteContext(repository, Fixture.SITE_NOW.plusSeconds(3600), Optional.empty());
        SiteContext halfADayLater = new SiteContext(repository, Fixture.SITE_NOW.plusSeconds(12 * 3600),
                Optional.empty());
        for (SiteContext context : List.of(later, halfADayLater)) {
            Map<String, String> moved = new HtmlPages().render(context).stream().collect(Collectors.toMap(
                    OutputFile::path, f -> new String(f.content(), StandardCharsets.UTF_8)));
            for (OutputFile file : files) {
                String before = new String(file.content(), StandardCharsets.UTF_8);
                boolean stamped = file.path().endsWith(".html") && page(file.path()).select("footer time").size() == 1;
                if (!stamped) {
                    List<String> a = before.lines().toList();
                    List<String> b = moved.get(file.path()).lines().toList();
                    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                        assertEquals(a.get(i), b.get(i), file.path() + " changed with the clock alone, line " + (i + 1));
                    }
                    assertEquals(a.size(), b.size(), file.path() + " changed with the clock alone");
                }
            }
        }
        // the open incident is "ongoing" after its start, not "ongoing for 3h"
        Element card = page("history/index.html").select("article.incident-card").stream()
                .filter(a -> a.text().contains("Login")).findFirst().orElseThrow();
        assertTrue(card.selectFirst(".when").text().endsWith("(ongoing)"), card.selectFirst(".when").text());
    }

    @Test
    void everyPageHasTheSameAccessibleFrame() {
        for (String path : htmlPaths()) {
            Document doc = page(path);
            assertEquals("en", doc.selectFirst("html").attr("lang"), path);
            assertTrue(doc.title().endsWith("Acme <Status> & Co"), path + ": " + doc.title());
            assertEquals(1, doc.select("h1").size(), path);
            for (String landmark : List.of("body > header", "body > main#main", "body > footer", "header nav[aria-label]")) {
                assertEquals(1, doc.select(landmark).size(), path + ": " + landmark);
            }
            assertEquals("#main", doc.selectFirst("body > a.skip-link").attr("href"), path);
            assertEquals("width=device-width, initial-scale=1", doc.selectFirst("meta[name=viewport]").attr("content"));
            assertEquals(1, doc.select("nav a[aria-current=page]").size() + (path.matches("(incidents|components)/.*") ? 1 : 0),
                    path);
            int previous = 1;
            for (Element h : doc.select("main h1, main h2, main h3, main h4, main h5, main h6")) {
                int level = h.normalName().charAt(1) - '0';
                assertTrue(level <= previous + 1, path + ": " + h.normalName() + " '" + h.text() + "' after h" + previous);
                previous = level;
            }
            for (Element th : doc.select("thead th")) {
                assertEquals("col", th.attr("scope"), path);
            }
            for (Element th : doc.select("tbody th")) {
                assertEquals("row", th.attr("scope"), path);
            }
            for (Element time : doc.select("time")) {
                assertTrue(time.attr("datetime").matches("\\d{4}-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}|)?)?"),
                        path + ": " + time);
            }
            List<String> ids = doc.select("[id]").eachAttr("id");
            assertEquals(ids.size(), ids.stream().distinct().count(), path + ": duplicate ids in " + ids);
            for (Element svg : doc.select("svg")) {
                assertTrue(svg.attr("aria-hidden").equals("true") || !svg.attr("aria-label").isEmpty(), path + ": " + svg);
            }
        }
    }

    /**
     * Issue 19: a status icon's shapes are written once per page, as a {@code <symbol>} where the icon is first used,
     * and every use shows it with {@code <use>}; drawn in full at every use they were a fifth of a large site's bytes.
     */
    @Test
    void everyPageDrawsEachIconOnceAndRefersToItAfterwards() {
        for (String path : htmlPaths()) {
            Document doc = page(path);
            String html = new String(files.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow().content(),
                    StandardCharsets.UTF_8);
            Map<String, Integer> symbolAt = new TreeMap<>();
            Elements symbols = doc.select("svg.icon symbol");
            for (Element symbol : symbols) {
                symbolAt.put(symbol.id(), html.indexOf("<symbol id=\"" + symbol.id() + "\""));
                assertEquals("0 0 16 16", symbol.attr("viewBox"), path);
                for (Element shape : symbol.select("[d]")) {
                    String d = "d=\"" + shape.attr("d") + "\"";
                    assertEquals(html.indexOf(d), html.lastIndexOf(d), path + ": " + d + " is written more than once");
                }
            }
            int from = 0;
            for (Element icon : doc.select("svg.icon:not(.brand-icon)")) {
                assertEquals("true", icon.attr("aria-hidden"), path);
                assertFalse(icon.hasAttr("focusable"), path + ": only Internet Explorer read focusable, and it is gone");
                Elements uses = icon.select("> use");
                assertEquals(1, uses.size(), path + ": " + icon);
                String id = uses.first().attr("href").substring(1);
                int use = html.indexOf("<use href=\"#" + id + "\"/>", from);
                assertTrue(symbolAt.containsKey(id) && symbolAt.get(id) < use,
                        path + ": #" + id + " is used before it is defined, or never defined");
                from = use + 1;
            }
        }
        Document status = page("index.html");
        assertTrue(status.select("svg.icon use").size() > 2 * status.select("svg.icon symbol").size(),
                "the status page should use its icons more than once each: " + status.select("svg.icon use").size());
    }

    @Test
    void everyPageCarriesAContentSecurityPolicyThatAllowsNoScript() {
        for (String path : htmlPaths()) {
            Elements policies = page(path).select("head > meta[http-equiv=Content-Security-Policy]");
            assertEquals(1, policies.size(), path);
            Map<String, String> directives = new java.util.TreeMap<>();
            for (String directive : policies.first().attr("content").split(";")) {
                String[] words = directive.strip().split("\\s+", 2);
                directives.put(words[0], words.length > 1 ? words[1] : "");
            }
            assertEquals(Map.of("default-src", "'none'", "script-src", "'none'", "object-src", "'none'",
                    "style-src", "'self'", "img-src", "'self'", "form-action", "'none'", "base-uri", "'none'"),
                    directives, path);
            assertEquals(0, page(path).select("head > meta[http-equiv=Content-Security-Policy] ~ meta[charset]").size(),
                    path + ": the policy comes after the charset, early in the head");
        }
    }

    @Test
    void everyInternalLinkAndSourceResolvesToAGeneratedFile() throws IOException {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (String path : htmlPaths()) {
            Document doc = page(path);
            Path from = site.resolve(path).getParent();
            for (Element e : doc.select("a[href], link[href], img[src], script[src]")) {
                String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (url.matches("(?i)(https?|mailto):.*")) {
                    continue;
                }
                checked++;
                if (url.startsWith("#")) {
                    if (doc.getElementById(url.substring(1)) == null) {
                        problems.add(path + ": no element for " + url);
                    }
                    continue;
                }
                assertFalse(url.startsWith("/"), path + ": absolute link " + url);
                String file = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
                Path target = from.resolve(file).normalize();
                assertTrue(target.startsWith(site), path + ": link leaves the site: " + url);
                String relative = site.relativize(target).toString().replace('\\', '/');
                if (!Files.isRegularFile(target)) {
                    problems.add(path + ": " + url + " -> " + relative + " does not exist");
                } else if (url.contains("#")) {
                    Document other = Jsoup.parse(Files.readString(target), "");
                    if (other.getElementById(url.substring(url.indexOf('#') + 1)) == null) {
                        problems.add(path + ": no element for " + url);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(checked > 100, "links checked: " + checked);
    }

    @Test
    void nothingExecutableReachesAnyPage() {
        for (OutputFile file : files) {
            if (!file.path().endsWith(".html")) {
                continue;
            }
            String path = file.path();
            Document doc = page(path);
            assertEquals(List.of(), texts(doc.select("script, iframe, object, embed, style, form, base")), path);
            // the only http-equiv is the Content-Security-Policy (no refresh, no cookie, no other header)
            assertEquals(List.of("Content-Security-Policy"), doc.select("meta[http-equiv]").eachAttr("http-equiv"), path);
            for (Element e : doc.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    String key = a.getKey().toLowerCase(Locale.ROOT);
                    assertFalse(key.startsWith("on"), path + ": event handler " + a + " on " + e.normalName());
                    assertFalse(key.equals("style"), path + ": style attribute on " + e.normalName());
                    if (List.of("href", "src", "action", "formaction", "xlink:href", "srcset", "poster", "cite").contains(key)) {
                        String url = a.getValue().replaceAll("[\\x00-\\x20\\x7f]", "");
                        assertFalse(UNSAFE_URL.matcher(url).matches(), path + ": " + e.normalName() + " " + a);
                    }
                }
            }
            assertFalse(doc.html().contains("SECRET-DRAFT-TEXT"), path + ": draft postmortem published");
        }
        Document incident = page("incidents/2026-11-10-db-failover/index.html");
        Element postmortem = incident.selectFirst(".postmortem");
        assertTrue(postmortem.text().contains("<script>alert('script')</script>"), postmortem.text());
        assertTrue(postmortem.text().contains("<img src=x onerror=alert('img')>"), postmortem.text());
        for (Element a : postmortem.select("a[href]")) {
            assertEquals(a.attr("href").startsWith("#") ? "" : "nofollow noopener", a.attr("rel"), a.toString());
            assertTrue(a.attr("href").matches("(https://ok\\.example/.*|mailto:oncall@example\\.com|#pm-[a-z-]+)"), a.toString());
        }
        assertEquals("a \" onmouseover=alert('title') x", postmortem.selectFirst("a[href=https://ok.example/q]").attr("title"));
        // flexmark itself drops a plain javascript: link; the sanitiser removes the disguised ones and the rest
        assertTrue(postmortem.text().contains("and md link and"), postmortem.text());
        assertEquals(List.of("data link", "entity link", "tab link", "vb link", "relative link"),
                texts(postmortem.select("a:not([href])")));
        assertEquals(List.of(), postmortem.select("img[src]").eachAttr("src"));
    }

    @Test
    void titlesAndMessagesAreTextWithLinkedUrls() {
        Document index = page("index.html");
        Element active = index.selectFirst("article.incident-card");
        assertEquals(Fixture.HOSTILE_TITLE, active.selectFirst(".incident-title").text());
        assertEquals(List.of("Identified", "Investigating"), texts(active.select(".update-status")));
        Elements messages = active.select(".update-message");
        assertEquals("javascript:alert('plain') is not a link; the cause is a bad certificate.", messages.get(0).text());
        assertEquals(List.of(), messages.get(0).select("a"));
        assertEquals("Logins fail. <img src=x onerror=alert('u')> Details: https://acme.example/notes?a=1&b=2.",
                messages.get(1).text());
        Element link = messages.get(1).selectFirst("a");
        assertEquals("https://acme.example/notes?a=1&b=2", link.attr("href"));
        assertEquals("nofollow noopener", link.attr("rel"));
        assertEquals(Fixture.HOSTILE_TITLE, page("incidents/2026-11-20-login-failing/index.html").selectFirst("h1").text());
    }

    @Test
    void statusPageShowsTheCurrentState() {
        Document doc = page("index.html");
        assertEquals("Acme <Status> & Co", doc.title());
        assertEquals("Major System Outage", doc.selectFirst(".banner-title").text());
        assertTrue(doc.selectFirst(".banner").hasClass("tone-critical"));
        assertEquals("1 active incident", doc.selectFirst(".banner-sub").text());

        Map<String, String> statuses = new TreeMap<>();
        for (Element c : doc.select("li.component")) {
            statuses.put(c.selectFirst(".component-name").text(), c.selectFirst(".component-head .status").text());
        }
        assertEquals(Map.of("Public API", "Major outage", "Dashboard", "Degraded performance", "Databases", "Operational"),
                statuses);
        assertEquals(List.of("Core", ""), doc.select(".group").stream()
                .map(g -> Optional.ofNullable(g.selectFirst(".group-head h3")).map(Element::text).orElse("")).toList());
        assertEquals("REST <endpoints>", doc.selectFirst("li.component .component-desc").text());

        assertEquals(3, doc.select(".uptime-full svg.uptime-bar").size());
        for (Element bar : doc.select(".uptime-full svg.uptime-bar")) {
            assertEquals(90, bar.select("rect").size());
            assertEquals(90, bar.select("rect > title").size());
            assertTrue(bar.attr("aria-label").contains("uptime over the last 90 days"), bar.attr("aria-label"));
        }
        assertEquals(3, doc.select(".uptime-recent svg.uptime-bar").size());
        for (Element bar : doc.select(".uptime-recent svg.uptime-bar")) {
            assertEquals(30, bar.select("rect > title").size());
            assertTrue(bar.attr("aria-label").contains("uptime over the last 30 days"), bar.attr("aria-label"));
        }
        Element api = doc.selectFirst("li.component");
        String today = api.select("svg.uptime-bar rect").last().selectFirst("title").text();
        assertTrue(today.startsWith("Fri 20 Nov 2026 (today, so far): "), today);
        assertTrue(today.contains("Major outage. Incident: " + Fixture.HOSTILE_TITLE + "."), today);
        assertEquals("day-major", api.select("svg.uptime-bar rect").last().className(), "an hour of major outage so far");
        assertTrue(api.selectFirst(".uptime-scale strong").text().matches("\\d{2}\\.\\d{2}%"));

        assertEquals(List.of(Fixture.HOSTILE_TITLE), texts(doc.select("section[aria-labelledby=active-title] .incident-title")));
        assertEquals(List.of("Database <upgrade>"),
                texts(doc.select("section[aria-labelledby=maintenance-next-title] .incident-title")));
        assertEquals(0, doc.select("section[aria-labelledby=maintenance-now-title]").size());
        assertEquals(List.of("Stale dashboard data"), texts(doc.select("section[aria-labelledby=recent-title] .incident-title")));
        assertEquals("incidents/2026-11-19-cache-draft/index.html",
                doc.selectFirst("section[aria-labelledby=recent-title] .incident-title a").attr("href"));
    }

    @Test
    void historyListsEveryIncidentByMonthNewestFirst() {
        Document doc = page("history/index.html");
        assertEquals("Incident history · Acme <Status> & Co", doc.title());
        assertEquals(List.of("November 2026", "October 2026", "September 2026"), texts(doc.select("section.month > h2")));
        assertEquals(List.of(Fixture.HOSTILE_TITLE, "Stale dashboard data", "Database failover errors",
                "Checkout errors", "Slow dashboard"), texts(doc.select(".incident-title")));
        assertEquals("../incidents/2026-11-10-db-failover/index.html",
                doc.select(".incident-title a").get(2).attr("href"));
        assertTrue(doc.selectFirst(".lead").text().startsWith("5 incidents"));
        assertEquals(List.of("Postmortem in progress", "Postmortem published", "Postmortem overdue"),
                doc.select(".incident-card .postmortem-note").eachText());
    }

    @Test
    void incidentPageShowsTimesDurationsAndThePublishedPostmortem() {
        Document doc = page("incidents/2026-11-10-db-failover/index.html");
        assertEquals("Database failover errors · Acme <Status> & Co", doc.title());
        assertEquals(List.of("Resolved", "P0 · Critical", "Critical impact"), texts(doc.select(".incident-header .badge")));
        assertEquals(List.of("Databases Major outage", "Public API Partial outage"), texts(doc.select(".component-impacts li")));
        Map<String, String> times = new TreeMap<>();
        doc.select("table.kv tr").forEach(tr -> times.put(tr.selectFirst("th").text(), tr.selectFirst("td").text()));
        assertEquals(Map.of("Started", "10 Nov 2026, 10:58 CET", "Detected", "10 Nov 2026, 11:00 CET",
                "Acknowledged", "10 Nov 2026, 11:03 CET", "Mitigated", "10 Nov 2026, 11:30 CET",
                "Resolved", "10 Nov 2026, 11:40 CET"), times);
        assertEquals("2026-11-10T11:40:00+01:00", doc.select("table.kv time").last().attr("datetime"));
        Map<String, String> figures = new TreeMap<>();
        doc.select("table.figures tbody tr").forEach(tr -> figures.put(tr.selectFirst("th").text(),
                tr.select("td").get(0).text() + " | " + tr.select("td").get(1).text()));
        assertEquals(Map.of("Time to detect detected − started", "2m | –",
                "Time to acknowledge acknowledged − detected", "3m | ≤ 5m met",
                "Time to mitigate mitigated − detected", "30m | –", "Time to resolve resolved − detected", "40m | ≤ 1h met",
                "Duration of impact resolved − started", "42m | –"), figures);
        assertEquals(List.of("Resolved", "Monitoring", "Investigating"), texts(doc.select(".update-status")));

        assertEquals("Published 12 Nov 2026, 10:00 CET by Dana <b>Ito</b>", doc.selectFirst(".postmortem-section > .meta").text());
        assertEquals(List.of("Summary", "Timeline", "Root Cause", "Impact", "Action Items"), texts(doc.select(".postmortem h3")));
        assertEquals(List.of("pm-summary", "pm-timeline", "pm-root-cause", "pm-impact", "pm-action-items"),
                doc.select(".postmortem h3").eachAttr("id"));
        assertEquals(2, doc.select(".postmortem input[type=checkbox][disabled]").size());
        assertEquals(1, doc.select(".postmortem input[checked]").size());
        assertEquals("language-sql", doc.selectFirst(".postmortem pre code").className());
        assertEquals(1, doc.select(".postmortem table del").size());

        Elements rows = doc.select("table.items tbody tr");
        assertEquals(4, rows.size());
        assertEquals("Alert on <img src=x onerror=alert(1)> replication lag", rows.get(0).selectFirst("a").text());
        assertEquals("https://tracker.example/OPS-1?a=1&b='2'", rows.get(0).selectFirst("a").attr("href"));
        assertEquals(List.of("Done completed 13 Nov 2026", "Open, overdue", "In progress", "Won't do"),
                rows.stream().map(r -> r.select("td").last().text()).toList());
    }

    @Test
    void draftAndOverduePostmortemsAreNotPublishedButSaidSo() {
        Document draft = page("incidents/2026-11-19-cache-draft/index.html");
        Element section = draft.selectFirst(".postmortem-section");
        assertEquals("A postmortem is in progress. It will be published here by 21 Nov 2026, 10:00 CET.",
                section.selectFirst(".notice").text());
        assertEquals(0, draft.select(".postmortem").size());

        Document overdue = page("incidents/2026-10-02-overdue-review/index.html");
        assertEquals("Overdue. The postmortem was due on 4 Oct 2026, 11:00 CEST and is overdue. It will be published here.",
                overdue.selectFirst(".postmortem-section .notice").text());

        Document open = page("incidents/2026-11-20-login-failing/index.html");
        assertEquals(0, open.select(".postmortem-section").size());
        assertEquals(List.of("Identified", "P1 · High", "Major impact"), texts(open.select(".incident-header .badge")));

        Document optional = page("incidents/2026-09-15-minor-slowness/index.html");
        assertEquals(0, optional.select(".postmortem-section").size());
    }

    @Test
    void actionItemsPageGroupsItemsAndShowsTheCompletionRate() {
        Document doc = page("action-items/index.html");
        assertEquals(List.of("Completion", "Overdue 1", "Open 1", "Done 1", "Won't do 1", "By owner"),
                texts(doc.select("main section > h2")));
        assertEquals(List.of("Rehearse failover"), texts(doc.select("section[aria-labelledby=overdue] tbody td:first-child a, "
                + "section[aria-labelledby=overdue] tbody td:first-child")).stream()
                .map(t -> t.replaceAll(" db-failover.*", "")).distinct().toList());
        Element overdueRow = doc.selectFirst("section[aria-labelledby=overdue] tbody tr");
        assertEquals("Database failover errors", overdueRow.select("td").get(1).text());
        assertEquals("../incidents/2026-11-10-db-failover/index.html", overdueRow.select("td").get(1).selectFirst("a").attr("href"));
        assertEquals("dana", overdueRow.select("td").get(2).text());
        assertEquals("2026-11-18", overdueRow.selectFirst("time").attr("datetime"));

        Element rate = doc.selectFirst(".stat");
        assertEquals("Done within 30d", rate.selectFirst(".stat-label").text());
        assertEquals("100% target met", rate.selectFirst(".stat-value").text());
        assertEquals("Target: ≥ 90%", rate.selectFirst(".stat-target").text());

        List<String> owners = doc.select("table.owners tbody tr").stream().map(Element::text).toList();
        assertEquals(List.of("dana 1 1 0 0 2", "sam 0 0 1 1 2"), owners);
    }

    @Test
    void metricsPageShowsStatsFormulasAndCharts() {
        Document doc = page("metrics/index.html");
        Element p0 = doc.select("main section[aria-labelledby=response] .card").get(0);
        assertEquals("P0 · Critical 1 resolved incident", p0.selectFirst("h3").text());
        List<String> rows = p0.select("tbody tr").stream().map(Element::text).toList();
        assertEquals(List.of("MTTA 1 3m 3m 3m ≤ 5m 1 of 1 (100%) met", "MTTR 1 40m 40m 40m ≤ 1h 1 of 1 (100%) met",
                "Time to detect 1 2m 2m 2m none –"), rows);
        Element p1 = doc.select("main section[aria-labelledby=response] .card").get(1);
        assertEquals("P1 · High 2 resolved incidents", p1.selectFirst("h3").text());
        assertTrue(doc.selectFirst("#formulas + dl").text().contains("acknowledged − detected"));
        assertTrue(doc.selectFirst("#formulas + dl").text().contains("resolved − detected"));
        assertTrue(doc.selectFirst("#formulas + dl").text().contains("detected − started"));

        Elements postmortems = doc.select("section[aria-labelledby=postmortems] .stat");
        assertEquals("Published on time 50% published by resolved + 2d, over required postmortems that are due: 1 of 2",
                postmortems.get(0).text());
        assertEquals(List.of("Checkout errors 4 Oct 2026, 11:00 CEST Overdue 47d 3h"),
                doc.select("section[aria-labelledby=postmortems] table.items tbody tr").eachText());

        Elements charts = doc.select("figure.chart svg");
        assertEquals(2, charts.size());
        assertEquals(List.of("September 2026: 1 incident P3 · Low", "October 2026: 1 incident P1 · High",
                        "November 2026: 1 incident P0 · Critical", "November 2026: 2 incidents P1 · High"),
                texts(charts.get(0).select("rect > title")));
        assertEquals(3, charts.get(1).select("circle.point").size());
        assertEquals(List.of("November 2026 1 2 0 0 3 50m", "October 2026 0 1 0 0 1 1h", "September 2026 0 0 0 1 1 1h"),
                doc.select("table.trend-table tbody tr").stream().map(Element::text).toList());
    }

    @Test
    void theSameInputGivesTheSameBytes() {
        List<OutputFile> again = new HtmlPages().render(new SiteContext(repository, Fixture.SITE_NOW, Optional.empty()));
        assertEquals(files.size(), again.size());
        for (int i = 0; i < files.size(); i++) {
            assertEquals(files.get(i).path(), again.get(i).path());
            assertArrayEquals(files.get(i).content(), again.get(i).content(), files.get(i).path());
        }
        for (OutputFile f : files) {
            String text = new String(f.content(), StandardCharsets.UTF_8);
            assertFalse(text.contains("\r"), f.path());
            assertFalse(text.contains(temp.toString()), f.path() + " contains an absolute path");
        }
    }

    @Test
    void aTemplateOrStylesheetInTheUsersFolderReplacesTheBuiltInOne(@TempDir Path templates) throws IOException {
        Files.writeString(templates.resolve("history.ftlh"), String.join("\n",
                "<#import \"layout.ftlh\" as l>",
                "<@l.page layout=page.layout><h1>Our own history</h1><p id=\"custom\">${page.total}</p></@l.page>", ""));
        Files.writeString(templates.resolve("style.css"), "body { color: black; }\n");
        List<OutputFile> custom = new HtmlPages().render(new SiteContext(repository, Fixture.SITE_NOW, Optional.of(templates)));
        Map<String, String> byPath = custom.stream().collect(Collectors.toMap(OutputFile::path,
                f -> new String(f.content(), StandardCharsets.UTF_8)));
        Document history = Jsoup.parse(byPath.get("history/index.html"));
        assertEquals("5 incidents", history.getElementById("custom").text());
        assertEquals(1, history.select("body > header nav").size(), "the built-in layout still frames the page");
        assertEquals("body { color: black; }\n", byPath.get("style.css"));
        assertEquals(new String(files.stream().filter(f -> f.path().equals("index.html")).findFirst().orElseThrow().content(),
                StandardCharsets.UTF_8), byPath.get("index.html"), "other pages keep the built-in templates");
    }

    @Test
    void aBrokenOverrideFailsWithItsFileAndLine(@TempDir Path templates) throws IOException {
        Files.writeString(templates.resolve("history.ftlh"), "<#import \"layout.ftlh\" as l>\n<@l.page layout=page.layout>\n"
                + "<h1>${page.noSuchValue}</h1>\n</@l.page>\n");
        SitrepException failed = assertThrows(SitrepException.class, () -> new HtmlPages()
                .render(new SiteContext(repository, Fixture.SITE_NOW, Optional.of(templates))));
        assertTrue(failed.getMessage().startsWith(templates.resolve("history.ftlh") + ":3:"), failed.getMessage());
        assertTrue(failed.getMessage().contains("error: the template failed"), failed.getMessage());
        assertTrue(failed.getMessage().contains("noSuchValue"), failed.getMessage());

        Files.writeString(templates.resolve("history.ftlh"), "<#import \"layout.ftlh\" as l>\n\n<#if page.total>\n");
        SitrepException unparsable = assertThrows(SitrepException.class, () -> new HtmlPages()
                .render(new SiteContext(repository, Fixture.SITE_NOW, Optional.of(templates))));
        assertTrue(unparsable.getMessage().startsWith(templates.resolve("history.ftlh") + ":"), unparsable.getMessage());
        assertTrue(unparsable.getMessage().contains("error: the template cannot be parsed"), unparsable.getMessage());
        assertFalse(unparsable.getMessage().contains("\n"), unparsable.getMessage());
    }

    @Test
    void aRepositoryWithoutIncidentsHasCalmPages(@TempDir Path dir) {
        Fixture.file(dir, "sitrep.yaml", "title: Quiet\nbaseUrl: https://quiet.example\ncomponents:\n  - {id: api, name: API}\n");
        List<OutputFile> quiet = new HtmlPages().render(new SiteContext(Fixture.read(dir), Fixture.SITE_NOW, Optional.empty()));
        Map<String, Document> pages = quiet.stream().filter(f -> f.path().endsWith(".html")).collect(Collectors.toMap(
                OutputFile::path, f -> Jsoup.parse(new String(f.content(), StandardCharsets.UTF_8))));
        assertEquals(List.of("action-items/index.html", "components/api/index.html", "history/index.html", "index.html",
                "metrics/index.html", "postmortems/index.html"), pages.keySet().stream().sorted().toList());
        assertEquals("No incident has affected API.", pages.get("components/api/index.html").selectFirst(".empty").text());
        assertEquals(List.of(), pages.get("history/index.html").select("nav.years a").eachText(), "no year to link");
        assertEquals("All Systems Operational", pages.get("index.html").selectFirst(".banner-title").text());
        assertEquals("100.00%", pages.get("index.html").selectFirst(".uptime-scale strong").text());
        assertEquals("No incidents have been reported.", pages.get("history/index.html").selectFirst(".empty").text());
        assertEquals(List.of("None.", "None.", "None.", "None.", "No action items yet."),
                pages.get("action-items/index.html").select(".empty").eachText());
        assertEquals(2, pages.get("metrics/index.html").select("figure.chart svg").size());
    }

    @Test
    void generateWritesTheSiteThatTheCheckedModelRendersTo(@TempDir Path dir) throws IOException {
        Path src = Fixture.site(dir.resolve("src"));
        StatusRepository checked = Fixture.read(src);
        Path out = dir.resolve("out");
        GenerateResult result = Sitrep.generate(new SitrepOptions(src, out, dir, Fixture.SITE_NOW));
        assertTrue(result.written(), result.check().findings().toString());

        Map<String, String> later = new TreeMap<>();
        for (OutputFile file : SiteGenerator.standard().render(new SiteContext(checked, Fixture.SITE_NOW,
                Optional.empty()))) {
            later.put(file.path(), new String(file.content(), StandardCharsets.UTF_8));
        }
        Map<String, String> written = new TreeMap<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String path = out.relativize(file).toString().replace('\\', '/');
                if (!path.equals(SiteWriter.MANIFEST)) {
                    written.put(path, Files.readString(file));
                }
            }
        }
        assertEquals(later, written);
    }

    @Test
    void generateTakesOverridesFromTheSourceTreesTemplatesFolder(@TempDir Path dir) throws IOException {
        Path src = Fixture.site(dir.resolve("src"));
        Fixture.file(src, "templates/style.css", "/* ours */\n");
        Path out = dir.resolve("out");
        GenerateResult result = Sitrep.generate(new SitrepOptions(src, out, dir, Fixture.SITE_NOW));
        assertTrue(result.written(), result.check().findings().toString());
        assertEquals("/* ours */\n", Files.readString(out.resolve("style.css")));

        Fixture.file(src, "templates/layout.ftlh", "<#macro page layout>\n${layout.noSuchThing}\n</#macro>\n");
        SitrepException failed = assertThrows(SitrepException.class,
                () -> Sitrep.generate(new SitrepOptions(src, out, dir, Fixture.SITE_NOW)));
        assertTrue(failed.getMessage().startsWith(src.resolve("templates/layout.ftlh") + ":2:"), failed.getMessage());
        assertEquals("/* ours */\n", Files.readString(out.resolve("style.css")), "the previous site is left as it was");
    }

    @Test
    void aStylesheetLinkingOutOfTheTemplatesFolderIsRefused(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "not for the site");
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.createSymbolicLink(templates.resolve("style.css"), secret);
        SitrepException refused = assertThrows(SitrepException.class, () -> new HtmlPages()
                .render(new SiteContext(repository, Fixture.SITE_NOW, Optional.of(templates))));
        assertTrue(refused.getMessage().contains("outside the templates folder"), refused.getMessage());
    }
}
