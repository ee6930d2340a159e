package dev.sitrep.site.badge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitrep.i18n.Strings;
import dev.sitrep.metrics.ComponentStatus;
import dev.sitrep.metrics.Indicator;
import dev.sitrep.model.Component;
import dev.sitrep.model.Incident;
import dev.sitrep.model.MaintenanceStatus;
import dev.sitrep.model.StatusRepository;
import dev.sitrep.site.OutputFile;
import dev.sitrep.site.SiteContext;
import dev.sitrep.site.SiteGenerator;
import dev.sitrep.site.api.StatusApi;
import dev.sitrep.site.html.HtmlPages;
import dev.sitrep.site.TextWidth;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static dev.sitrep.Fixture.at;
import static dev.sitrep.Fixture.config;
import static dev.sitrep.Fixture.incident;
import static dev.sitrep.Fixture.maintenance;
import static dev.sitrep.model.ComponentImpact.MAJOR_OUTAGE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BadgesTest {

    private static final Strings EN = Strings.english();
    private static final Instant NOW = at("2026-11-20T12:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    /** Long and not ASCII: Latin-1 from the table, then characters outside it. */
    private static final String LONG_NAME = "Zahlungsdienst für Überweisungen – Größe ÆØÅ ÿ 日本語 €";
    private static final String HOSTILE_NAME = "Data <&\"> 'store' </svg><script>x</script>";

    private static StatusRepository repository() {
        List<Component> components = List.of(
                new Component("api", "Public API", Optional.empty(), Optional.empty()),
                new Component("web", LONG_NAME, Optional.empty(), Optional.empty()),
                new Component("db", HOSTILE_NAME, Optional.empty(), Optional.empty()));
        // unresolved: a major outage of the API (critical); resolved: three hours of major outage of web, 99.86%
        Incident open = incident("api-down").severity("P1").affects("api", MAJOR_OUTAGE)
                .detected("2026-11-20T11:00:00Z").build();
        Incident past = incident("web-down").severity("P1").affects("web", MAJOR_OUTAGE)
                .detected("2026-11-10T10:00:00Z").resolved("2026-11-10T13:00:00Z").build();
        return new StatusRepository(config("UTC", components.toArray(new Component[0])), List.of(open, past),
                List.of(maintenance("db-work", "2026-11-20T11:00:00Z", "2026-11-20T13:00:00Z", List.of("db"),
                        MaintenanceStatus.SCHEDULED, MaintenanceStatus.IN_PROGRESS)));
    }

    private static SiteContext context() {
        return new SiteContext(repository(), NOW, Optional.empty());
    }

    private static Map<String, byte[]> render() {
        Map<String, byte[]> files = new TreeMap<>();
        for (OutputFile file : new Badges().render(context())) {
            files.put(file.path(), file.content());
        }
        return files;
    }

    /** The JDK's DOM parser with DTDs and external entities refused. */
    private static Document parse(byte[] xml) throws ParserConfigurationException, IOException, SAXException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(new ByteArrayInputStream(xml));
    }

    private static List<Element> elements(Document doc, String name) {
        NodeList list = doc.getElementsByTagNameNS("*", name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            elements.add((Element) list.item(i));
        }
        return elements;
    }

    /** The label and the message, as the badge's text elements show them. */
    private static List<String> texts(Document doc) {
        return elements(doc, "text").stream().map(Node::getTextContent).toList();
    }

    /** The two boxes, label then message: the rects of the first group (the clip path's rect is not drawn). */
    private static List<Element> boxes(Document doc) {
        NodeList rects = elements(doc, "g").get(0).getElementsByTagNameNS(SVG_NS, "rect");
        assertEquals(2, rects.getLength(), "a label box and a message box");
        return List.of((Element) rects.item(0), (Element) rects.item(1));
    }

    private static Element labelRect(Document doc) {
        return boxes(doc).get(0);
    }

    private static Element messageRect(Document doc) {
        return boxes(doc).get(1);
    }

    private static int width(Element e) {
        return Integer.parseInt(e.getAttribute("width"));
    }

    private static String message(Map<String, byte[]> files, String path) throws Exception {
        return texts(parse(files.get(path))).get(1);
    }

    @Test
    void writesTheOverallBadgesAndThreeFilesPerComponent() {
        assertEquals(List.of("components/api/shields.json", "components/api/status.svg", "components/api/uptime.svg",
                        "components/db/shields.json", "components/db/status.svg", "components/db/uptime.svg",
                        "components/web/shields.json", "components/web/status.svg", "components/web/uptime.svg",
                        "shields.json", "status.svg"),
                List.copyOf(render().keySet()));
    }

    @Test
    void theStandardSiteAndTheSingleThreadedOneHaveTheBadges() {
        for (SiteGenerator generator : List.of(SiteGenerator.standard(), SiteGenerator.singleThreaded())) {
            List<String> paths = generator.render(context()).stream().map(OutputFile::path).toList();
            assertTrue(paths.containsAll(List.of("status.svg", "shields.json", "components/web/uptime.svg")),
                    paths.toString());
        }
    }

    @Test
    void everySvgIsOneAccessibleImageWithNothingToRunOrFetch() throws Exception {
        for (Map.Entry<String, byte[]> file : render().entrySet()) {
            if (!file.getKey().endsWith(".svg")) {
                continue;
            }
            String path = file.getKey();
            Document doc = parse(file.getValue());
            Element svg = doc.getDocumentElement();
            assertEquals("svg", svg.getLocalName(), path);
            assertEquals(SVG_NS, svg.getNamespaceURI(), path);
            assertEquals("img", svg.getAttribute("role"), path);
            assertEquals("20", svg.getAttribute("height"), path);

            List<String> texts = texts(doc);
            assertEquals(2, texts.size(), path);
            String name = texts.get(0) + ": " + texts.get(1);
            assertEquals(name, svg.getAttribute("aria-label"), path);
            List<Element> titles = elements(doc, "title");
            assertEquals(1, titles.size(), path);
            assertEquals(name, titles.get(0).getTextContent(), path);
            assertEquals(svg, titles.get(0).getParentNode(), path);

            for (String forbidden : List.of("script", "foreignObject", "image", "use", "a", "style", "iframe")) {
                assertTrue(elements(doc, forbidden).isEmpty(), path + " has " + forbidden);
            }
            for (Element e : elements(doc, "*")) {
                NamedNodeMap attributes = e.getAttributes();
                for (int i = 0; i < attributes.getLength(); i++) {
                    Node a = attributes.item(i);
                    assertFalse(a.getLocalName().equals("href") || a.getLocalName().startsWith("on"), path + ": " + a);
                    String value = a.getNodeValue();
                    assertFalse(value.contains("url(") && !value.matches("url\\(#[A-Za-z0-9-]+\\)"), path + ": " + a);
                    assertFalse(value.contains("http") && !a.getNodeName().equals("xmlns"), path + ": " + a);
                }
            }
            Element text = elements(doc, "g").get(1);
            assertEquals("Verdana,Geneva,DejaVu Sans,sans-serif", text.getAttribute("font-family"), path);
            assertEquals("11", text.getAttribute("font-size"), path);
            assertEquals(Integer.parseInt(svg.getAttribute("width")), width(labelRect(doc)) + width(messageRect(doc)),
                    path);
            assertEquals(labelRect(doc).getAttribute("width"), messageRect(doc).getAttribute("x"), path);
            assertEquals(BadgeColour.LABEL, labelRect(doc).getAttribute("fill"), path);
        }
    }

    @Test
    void eachBoxIsAtLeastItsTextsMeasuredWidthPlusPadding() throws Exception {
        Document doc = parse(render().get("components/web/uptime.svg"));
        assertEquals(LONG_NAME + " uptime", texts(doc).get(0));
        // the characters outside the table count wider than one em, wider than any CJK ideograph is drawn
        assertTrue(TextWidth.hundredths('日') >= 1100);
        assertEquals(TextWidth.hundredths('W'), 1088);
        double label = TextWidth.hundredths(LONG_NAME + " uptime") / 100.0;
        double message = TextWidth.hundredths(texts(doc).get(1)) / 100.0;
        assertTrue(width(labelRect(doc)) >= label + 2 * BadgeSvg.PADDING, label + " in " + width(labelRect(doc)));
        assertTrue(width(messageRect(doc)) >= message + 2 * BadgeSvg.PADDING, message + " in " + width(messageRect(doc)));
        // and a lower bound that does not trust the table: every character at least as wide as an 'i'
        assertTrue(width(labelRect(doc)) >= (LONG_NAME + " uptime").codePoints().count() * 3.02);
        for (Element text : elements(doc, "text")) {
            assertEquals(TextWidth.hundredths(text.getTextContent()) / 100.0,
                    Double.parseDouble(text.getAttribute("textLength")), 0.001, "text is fitted to its measured width");
        }
    }

    @Test
    void badgesSayWhatTheJsonApiSays() throws Exception {
        Map<String, byte[]> files = render();
        Map<String, JsonNode> api = new TreeMap<>();
        for (OutputFile file : new StatusApi().render(context())) {
            api.put(file.path(), JSON.readTree(file.content()));
        }
        String description = api.get("api/v2/status.json").at("/status/description").asText();
        assertEquals("Major System Outage", description, "an unresolved major outage");
        assertEquals(description.toLowerCase(Locale.ROOT), message(files, "status.svg"));
        assertEquals("status", texts(parse(files.get("status.svg"))).get(0));

        JsonNode shields = JSON.readTree(files.get("shields.json"));
        assertEquals(1, shields.get("schemaVersion").asInt());
        assertEquals("status", shields.get("label").asText());
        assertEquals(description.toLowerCase(Locale.ROOT), shields.get("message").asText());
        assertEquals(messageRect(parse(files.get("status.svg"))).getAttribute("fill"), shields.get("color").asText());

        List<String> seen = new ArrayList<>();
        for (JsonNode component : api.get("api/v2/components.json").get("components")) {
            String id = component.get("id").asText();
            String words = component.get("status").asText().replace('_', ' ');
            Document doc = parse(files.get("components/" + id + "/status.svg"));
            assertEquals(List.of(component.get("name").asText(), words), texts(doc), id);
            JsonNode endpoint = JSON.readTree(files.get("components/" + id + "/shields.json"));
            assertEquals(component.get("name").asText(), endpoint.get("label").asText(), id);
            assertEquals(words, endpoint.get("message").asText(), id);
            assertEquals(messageRect(doc).getAttribute("fill"), endpoint.get("color").asText(), id);
            assertEquals(300, endpoint.get("cacheSeconds").asInt(), id);
            seen.add(words);
        }
        assertEquals(List.of("major outage", "operational", "under maintenance"), seen);
    }

    @Test
    void coloursFollowTheStatus() throws Exception {
        Map<String, byte[]> files = render();
        String outage = messageRect(parse(files.get("components/api/status.svg"))).getAttribute("fill");
        String operational = messageRect(parse(files.get("components/web/status.svg"))).getAttribute("fill");
        String maintenance = messageRect(parse(files.get("components/db/status.svg"))).getAttribute("fill");
        assertEquals(List.of("#c9252e", "#1a7f37", "#0757b8"), List.of(outage, operational, maintenance));
        assertEquals(outage, messageRect(parse(files.get("status.svg"))).getAttribute("fill"));
        assertNotEquals(outage, operational);
        for (ComponentStatus status : ComponentStatus.values()) {
            assertEquals(BadgeColour.of(status.indicator()), Badge.component("x", status, EN).colour(), status.name());
        }
        assertEquals(BadgeColour.OK, Badge.overall(Indicator.NONE, EN).colour());
        assertEquals("all systems operational", Badge.overall(Indicator.NONE, EN).message());
    }

    @Test
    void whiteTextIsReadableOnEveryColour() {
        List<String> backgrounds = new ArrayList<>();
        backgrounds.add(BadgeColour.LABEL);
        for (BadgeColour colour : BadgeColour.values()) {
            backgrounds.add(colour.hex());
        }
        for (String background : backgrounds) {
            double ratio = contrast(BadgeColour.TEXT, background);
            assertTrue(ratio >= 4.5, background + " has a contrast of " + ratio + " with white");
        }
    }

    /** The WCAG 2 contrast ratio of two {@code #rgb} or {@code #rrggbb} colours. */
    private static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        String h = hex.substring(1);
        if (h.length() == 3) {
            h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        }
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    @Test
    void uptimeBadgeShowsTheStatusPagesPercentWithItsThresholdColour() throws Exception {
        SiteContext context = context();
        double percent = context.metrics().uptime().component("web").percent();
        String shown = String.format(Locale.ROOT, "%.2f%%", Math.floor(percent * 100) / 100);
        assertEquals("99.86%", shown, "three hours of major outage in 90 days");
        Document doc = parse(render().get("components/web/uptime.svg"));
        assertEquals(List.of(LONG_NAME + " uptime", shown), texts(doc));
        assertEquals(BadgeColour.MINOR.hex(), messageRect(doc).getAttribute("fill"));

        // the 90-day bars of the status page write the same figures (their formatter is in the HTML part, which
        // this part may not use)
        String index = new HtmlPages().render(context).stream().filter(f -> f.path().equals("index.html"))
                .map(f -> new String(f.content(), StandardCharsets.UTF_8)).findFirst().orElseThrow();
        List<String> page = Jsoup.parse(index).select(".uptime-full .uptime-scale strong").eachText();
        List<String> badges = new ArrayList<>();
        for (String id : List.of("api", "web", "db")) {
            badges.add(message(render(), "components/" + id + "/uptime.svg"));
        }
        assertEquals(page, badges);
        assertEquals("99.95%", badges.get(0), "an hour of the open major outage");
    }

    @Test
    void uptimeThresholdsAndRoundingDown() {
        assertEquals("100.00%", Badge.uptime("a", 100, EN).message());
        assertEquals("99.99%", Badge.uptime("a", 99.99999, EN).message(), "a loss never shows as 100%");
        assertEquals(BadgeColour.OK, Badge.uptime("a", 99.9, EN).colour());
        assertEquals(BadgeColour.MINOR, Badge.uptime("a", 99.8999, EN).colour());
        assertEquals(BadgeColour.MINOR, Badge.uptime("a", 99, EN).colour());
        assertEquals(BadgeColour.MAJOR, Badge.uptime("a", 98.999, EN).colour());
        assertEquals(BadgeColour.MAJOR, Badge.uptime("a", 95, EN).colour());
        assertEquals(BadgeColour.CRITICAL, Badge.uptime("a", 94.99, EN).colour());
        assertEquals("0.00%", Badge.uptime("a", 0, EN).message());
    }

    @Test
    void theSameInputGivesTheSameBytes() {
        Map<String, byte[]> first = render();
        Map<String, byte[]> second = render();
        assertEquals(first.keySet(), second.keySet());
        first.forEach((path, bytes) -> assertArrayEquals(bytes, second.get(path), path));
    }

    @Test
    void markupInANameIsEscapedAndStillParses() throws Exception {
        Map<String, byte[]> files = render();
        for (String path : List.of("components/db/status.svg", "components/db/uptime.svg")) {
            String raw = new String(files.get(path), StandardCharsets.UTF_8);
            assertFalse(raw.contains("<script"), raw);
            assertFalse(raw.contains("<&"), raw);
            Document doc = parse(files.get(path));
            assertTrue(elements(doc, "script").isEmpty(), path);
            assertTrue(texts(doc).get(0).startsWith(HOSTILE_NAME), path);
            assertTrue(doc.getDocumentElement().getAttribute("aria-label").startsWith(HOSTILE_NAME), path);
        }
        assertEquals(HOSTILE_NAME, JSON.readTree(files.get("components/db/shields.json")).get("label").asText());
    }

    @Test
    void controlCharactersAreNotWrittenIntoTheXml() throws Exception {
        Badge badge = Badge.component("tab\there\u0001bell\uD800", ComponentStatus.OPERATIONAL, EN);
        assertEquals("tab herebell", badge.label());
        Document doc = parse(BadgeSvg.render(badge));
        assertEquals("tab herebell: operational", doc.getDocumentElement().getAttribute("aria-label"));
    }
}
