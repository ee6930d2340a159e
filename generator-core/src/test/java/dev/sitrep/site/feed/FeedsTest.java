package dev.sitrep.site.feed;

import dev.sitrep.model.Incident;
import dev.sitrep.model.IncidentStatus;
import dev.sitrep.model.SiteConfig;
import dev.sitrep.model.StatusRepository;
import dev.sitrep.site.OutputFile;
import dev.sitrep.site.SiteContext;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.sitrep.Fixture.at;
import static dev.sitrep.Fixture.component;
import static dev.sitrep.Fixture.config;
import static dev.sitrep.Fixture.incident;
import static dev.sitrep.Fixture.postmortem;
import static dev.sitrep.model.ComponentImpact.DEGRADED_PERFORMANCE;
import static dev.sitrep.model.ComponentImpact.MAJOR_OUTAGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedsTest {

    private static final Instant NOW = at("2026-11-20T12:00:00Z");
    private static final SiteConfig CONFIG = config("Europe/Berlin", component("api", null));

    private static final Incident OPEN = incident("open-one").title("Errors & <timeouts>").affects("api", MAJOR_OUTAGE)
            .detected("2026-11-20T10:05:00Z")
            .update("2026-11-20T10:10:00Z", IncidentStatus.INVESTIGATING, "We see <script>alert(1)</script> \u0001errors.")
            .update("2026-11-20T11:00:00Z", IncidentStatus.IDENTIFIED, "Found it.")
            .update("2026-11-20T13:00:00Z", IncidentStatus.MONITORING, "From the future.")
            .build();
    private static final Incident OLD = incident("old-one").affects("api", MAJOR_OUTAGE)
            .detected("2026-11-01T10:00:00Z").resolved("2026-11-01T11:00:00Z")
            .postmortem(postmortem("2026-11-02T09:00:00Z")).build();
    private static final Incident FUTURE = incident("future-one").affects("api", MAJOR_OUTAGE)
            .detected("2026-11-21T10:00:00Z").build();

    private static List<OutputFile> render(List<Incident> incidents) {
        return new Feeds().render(new SiteContext(new StatusRepository(CONFIG, incidents, List.of()), NOW,
                Optional.empty()));
    }

    private static Document parse(OutputFile file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(file.content()));
    }

    private static OutputFile file(List<OutputFile> files, String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getLocalName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        return children(parent, name).get(0).getTextContent();
    }

    @Test
    void atomHasEveryRequiredElement() throws Exception {
        Document atom = parse(file(render(List.of(OLD, OPEN, FUTURE)), "history.atom"));
        Element feed = atom.getDocumentElement();

        assertEquals(Feeds.ATOM_NS, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        assertEquals("https://status.test.example/history.atom", text(feed, "id"));
        assertEquals("Test Status - Incident History", text(feed, "title"));
        assertEquals("2026-11-20T11:00:00Z", text(feed, "updated"));
        assertEquals("Test Status", text(children(feed, "author").get(0), "name"));
        List<Element> links = children(feed, "link");
        assertEquals("alternate", links.get(0).getAttribute("rel"));
        assertEquals("https://status.test.example/history/", links.get(0).getAttribute("href"));
        assertEquals("self", links.get(1).getAttribute("rel"));
        assertEquals("https://status.test.example/history.atom", links.get(1).getAttribute("href"));

        List<Element> entries = children(feed, "entry");
        assertEquals(2, entries.size()); // the future incident has no update up to now
        Element open = entries.get(0);
        assertEquals("https://status.test.example/incidents/open-one/", text(open, "id"));
        assertEquals("Errors & <timeouts>", text(open, "title"));
        assertEquals("2026-11-20T11:00:00Z", text(open, "updated")); // the 13:00 update is after now
        assertEquals("2026-11-20T10:10:00Z", text(open, "published"));
        assertEquals("alternate", children(open, "link").get(0).getAttribute("rel"));
        assertEquals("https://status.test.example/incidents/open-one/", children(open, "link").get(0)
                .getAttribute("href"));
        Element content = children(open, "content").get(0);
        assertEquals("html", content.getAttribute("type"));
        assertEquals("<p><small>2026-11-20 12:00 CET</small><br><strong>Identified</strong> - Found it.</p>"
                + "<p><small>2026-11-20 11:10 CET</small><br><strong>Investigating</strong> - We see "
                + "&lt;script&gt;alert(1)&lt;/script&gt; errors.</p>", content.getTextContent());

        Element old = entries.get(1);
        assertEquals("2026-11-02T09:00:00Z", text(old, "updated")); // the postmortem's publication
        assertTrue(text(old, "content").startsWith("<p><small>2026-11-02 10:00 CET</small><br><strong>Postmortem"
                + "</strong>"));
    }

    @Test
    void rssHasEveryRequiredElementWithRfc822Dates() throws Exception {
        Document rss = parse(file(render(List.of(OLD, OPEN, FUTURE)), "history.rss"));
        Element root = rss.getDocumentElement();
        Element channel = children(root, "channel").get(0);

        assertEquals("2.0", root.getAttribute("version"));
        assertEquals("Test Status - Incident History", text(channel, "title"));
        assertEquals("https://status.test.example/history/", text(channel, "link"));
        assertEquals("Incident history of Test Status", text(channel, "description"));
        Element self = children(channel, "link").stream().filter(e -> Feeds.ATOM_NS.equals(e.getNamespaceURI()))
                .findFirst().orElseThrow();
        assertEquals("https://status.test.example/history.rss", self.getAttribute("href"));
        List<Element> items = children(channel, "item");
        assertEquals(2, items.size());
        Element open = items.get(0);
        assertEquals("Errors & <timeouts>", text(open, "title"));
        assertEquals("https://status.test.example/incidents/open-one/", text(open, "link"));
        assertEquals("https://status.test.example/incidents/open-one/", text(open, "guid"));
        assertEquals("true", children(open, "guid").get(0).getAttribute("isPermaLink"));
        assertEquals("Fri, 20 Nov 2026 10:10:00 GMT", text(open, "pubDate"));
        assertEquals(at("2026-11-20T10:10:00Z"),
                ZonedDateTime.parse(text(open, "pubDate"), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        assertFalse(text(open, "description").contains("<script>"));
        assertEquals("Fri, 20 Nov 2026 11:00:00 GMT", text(channel, "lastBuildDate"));
    }

    @Test
    void feedsHoldTheFiftyMostRecentIncidents() throws Exception {
        List<Incident> incidents = new ArrayList<>();
        for (int i = 0; i < 55; i++) {
            Instant detected = at("2026-01-01T00:00:00Z").plusSeconds(86_400L * i);
            incidents.add(incident(String.format("i-%02d", i)).affects("api", MAJOR_OUTAGE)
                    .detected(detected.toString()).resolved(detected.plusSeconds(60).toString()).build());
        }
        List<OutputFile> files = render(incidents);
        Element feed = parse(file(files, "history.atom")).getDocumentElement();
        Element channel = children(parse(file(files, "history.rss")).getDocumentElement(), "channel").get(0);

        assertEquals(50, children(feed, "entry").size());
        assertEquals("https://status.test.example/incidents/i-54/", text(children(feed, "entry").get(0), "id"));
        assertEquals(50, children(channel, "item").size());
    }

    @Test
    void emptyFeedsUseTheClock() throws Exception {
        List<OutputFile> files = render(List.of());

        assertEquals("2026-11-20T12:00:00Z", text(parse(file(files, "history.atom")).getDocumentElement(),
                "updated"));
        assertTrue(new String(file(files, "history.rss").content(), StandardCharsets.UTF_8)
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\""));
    }

    @Test
    void eachComponentHasFeedsOfExactlyTheIncidentsThatAffectIt() throws Exception {
        SiteConfig config = config("UTC", component("api", null), component("db", null), component("web", null));
        Incident both = incident("both").title("Both").affects("api", MAJOR_OUTAGE).affects("db", DEGRADED_PERFORMANCE)
                .detected("2026-11-10T10:00:00Z").resolved("2026-11-10T11:00:00Z").build();
        List<OutputFile> files = new Feeds().render(new SiteContext(new StatusRepository(config,
                List.of(OLD, both, OPEN), List.of()), NOW, Optional.empty()));
        assertEquals(List.of("components/api/history.atom", "components/api/history.rss", "components/db/history.atom",
                "components/db/history.rss", "components/web/history.atom", "components/web/history.rss",
                "history.atom", "history.rss"), files.stream().map(OutputFile::path).sorted().toList());
        Element api = parse(file(files, "components/api/history.atom")).getDocumentElement();
        assertEquals(List.of("Errors & <timeouts>", "Both", "Incident old-one"),
                children(api, "entry").stream().map(e -> text(e, "title")).toList());
        assertEquals("https://status.test.example/components/api/history.atom", text(api, "id"));
        assertEquals("Test Status - Component api - Incident History", text(api, "title"));
        assertEquals(List.of("https://status.test.example/components/api/",
                        "https://status.test.example/components/api/history.atom"),
                children(api, "link").stream().map(l -> l.getAttribute("href")).toList());
        Element db = children(parse(file(files, "components/db/history.rss")).getDocumentElement(), "channel").get(0);
        assertEquals(List.of("Both"), children(db, "item").stream().map(e -> text(e, "title")).toList());
        assertEquals("https://status.test.example/components/db/", text(db, "link"));
        Element web = parse(file(files, "components/web/history.atom")).getDocumentElement();
        assertEquals(List.of(), children(web, "entry"), "a component without incidents has an empty feed");
        assertEquals("2026-11-20T12:00:00Z", text(web, "updated"));
    }

    @Test
    void sameInputSameBytes() {
        assertEquals(render(List.of(OLD, OPEN)), render(List.of(OPEN, OLD)));
    }

    @Test
    void xmlSafeDropsCharactersXmlCannotHold() {
        assertEquals("a\tb\nc😀", Feeds.xmlSafe("a\u0000\tb\n\u001Fc\uD800😀\uFFFE"));
    }
}
