package dev.sitrep.site.html;

import dev.sitrep.Fixture;
import dev.sitrep.GenerateResult;
import dev.sitrep.Sitrep;
import dev.sitrep.SitrepOptions;
import dev.sitrep.i18n.Languages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Month;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The example status repository ({@code incidents/incidents}) rendered in every built-in language: every bundle has
 * every English key, and no word that sitrep writes in English (the English site's words that are not the input's) is
 * left on a page, feed or calendar of another language, unless that language's strings or its month and day names
 * use it too. Each site stays in {@code target/example-site-<lang>} to be looked at in a browser.
 */
class LanguagesSiteTest {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}’'-]*");

    /** Names and abbreviations that are the same in every language. */
    private static final Set<String> SAME_EVERYWHERE = Set.of("mtta", "mttr", "html", "markdown", "readme", "javascript",
            "atom", "rss", "api", "icalendar", "shields.io", "shields", "io", "utc", "json", "p0", "p1", "p2", "p3");

    @TempDir
    Path temp;

    @Test
    void everyBuiltInLanguageHasEveryEnglishString() {
        Set<String> english = new TreeSet<>(Languages.english().values().keySet());
        for (String language : Languages.BUILT_IN) {
            Set<String> keys = new TreeSet<>(Languages.builtIn(language).orElseThrow().values().keySet());
            Set<String> missing = new TreeSet<>(english);
            missing.removeAll(keys);
            assertEquals(Set.of(), missing, "strings_" + language + ".properties lacks these strings");
        }
    }

    @Test
    void noEnglishWordOfSitrepIsLeftOnAPageOfAnotherLanguage() throws IOException {
        String inputText = sourceText(ExampleSiteTest.SOURCE);
        Set<String> input = words(inputText);
        Set<String> english = words(siteText(generate("en")));
        english.removeAll(input);
        assertTrue(english.size() > 100, "the English site has words of its own: " + english);
        List<String> phrases = phrases(Languages.english().values().values(), inputText);
        assertTrue(phrases.size() > 100, "sitrep's English has phrases that the input does not: " + phrases.size());
        Map<String, Set<String>> leftovers = new TreeMap<>();
        for (String language : Languages.BUILT_IN) {
            if (language.equals("en")) {
                continue;
            }
            java.util.Collection<String> values = Languages.builtIn(language).orElseThrow().values().values();
            Set<String> own = words(String.join(" ", values));
            own.addAll(calendarWords(Locale.forLanguageTag(language)));
            String site = siteText(generate(language));
            Set<String> left = words(site);
            left.retainAll(english);
            left.removeAll(own);
            left.removeAll(SAME_EVERYWHERE);
            String ownText = String.join("\n", values);
            for (String phrase : phrases) {
                if (site.contains(phrase) && !ownText.contains(phrase)) {
                    left.add("\"" + phrase + "\"");
                }
            }
            if (!left.isEmpty()) {
                leftovers.put(language, left);
            }
        }
        assertEquals(Map.of(), leftovers, "English words and phrases of sitrep on pages of other languages");
    }

    @Test
    void pagesAndFeedsSayTheirLanguage() throws IOException {
        Path out = generate("fr");
        Document index = Jsoup.parse(Files.readString(out.resolve("index.html")), "");
        assertEquals("fr", index.selectFirst("html").attr("lang"));
        assertEquals("Historique", index.select("nav.site-nav a").get(1).text());
        assertTrue(Files.readString(out.resolve("history.atom")).contains("xml:lang=\"fr\""));
        assertTrue(Files.readString(out.resolve("history.rss")).contains("<language>fr</language>"));
    }

    @Test
    void frenchPagesPutANoBreakSpaceBeforeSitrepsColons() throws IOException {
        Path out = generate("fr");
        String input = sourceText(ExampleSiteTest.SOURCE);
        Pattern bare = Pattern.compile("\\S{0,12}[^\\s\\u00a0\\u202f][:;](?= |$)");
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document doc = Jsoup.parse(Files.readString(file), "");
                doc.select("pre, code, .prose").remove();
                Matcher m = bare.matcher(doc.text());
                while (m.find()) {
                    if (!input.contains(m.group())) { // a colon of the input is the author's
                        found.add(out.relativize(file) + ": " + m.group());
                    }
                }
            }
        }
        assertEquals(Set.of(), found);
    }

    @Test
    void aStringIsTextInAnAttributeAndCannotAddMarkup() throws IOException {
        Path source = temp.resolve("source-quote");
        Fixture.copyTree(ExampleSiteTest.SOURCE, source);
        Files.createDirectories(source.resolve("templates"));
        Files.writeString(source.resolve("templates/strings_en.properties"),
                "index.legend = Key\" data-x=\"1\nnav.history = <b>Past</b> & \"done\"\n", StandardCharsets.UTF_8);
        Path out = temp.resolve("site-quote");
        GenerateResult result = Sitrep.generate(new SitrepOptions(source, out, temp, ExampleSiteTest.NOW));
        assertTrue(result.written(), () -> result.check().findings().toString());
        Document index = Jsoup.parse(Files.readString(out.resolve("index.html")), "");
        Element legend = index.selectFirst("ul.legend");
        assertEquals("Key\" data-x=\"1", legend.attr("aria-label"));
        assertFalse(legend.hasAttr("data-x"));
        Element history = index.select("nav.site-nav a").get(1);
        assertEquals("<b>Past</b> & \"done\"", history.text());
        assertTrue(history.children().isEmpty());
    }

    @Test
    void aRepositoryChangesOneStringAndItsTemplatesUseTheirOwn() throws IOException {
        Path source = temp.resolve("source-own");
        Fixture.copyTree(ExampleSiteTest.SOURCE, source);
        Files.createDirectories(source.resolve("templates"));
        Files.writeString(source.resolve("templates/strings_en.properties"),
                "nav.postmortems = Incident reviews\nacme.footer = Run by the Acme SRE team\n", StandardCharsets.UTF_8);
        String layout = new String(getClass().getClassLoader().getResourceAsStream("dev/sitrep/templates/layout.ftlh")
                .readAllBytes(), StandardCharsets.UTF_8);
        Files.writeString(source.resolve("templates/layout.ftlh"),
                layout.replace("</footer>", "<p class=\"acme\">${t[\"acme.footer\"]}</p></footer>"),
                StandardCharsets.UTF_8);
        Path out = temp.resolve("site-own");
        GenerateResult result = Sitrep.generate(new SitrepOptions(source, out, temp, ExampleSiteTest.NOW));
        assertTrue(result.written(), () -> result.check().findings().toString());
        Document index = Jsoup.parse(Files.readString(out.resolve("index.html")), "");
        assertEquals("Incident reviews", index.select("nav.site-nav a").get(2).text());
        assertEquals("Run by the Acme SRE team", index.selectFirst("p.acme").text());
        assertEquals("Metrics", index.select("nav.site-nav a").get(4).text(), "every other string stays built in");
    }

    /** Generates the example in {@code language} and returns the output folder. */
    private Path generate(String language) throws IOException {
        return example(language, temp, Path.of("target/example-site-" + language)); // kept, to look at
    }

    /** Generates the example repository in {@code language} into {@code out}, its copy in {@code temp}. */
    static Path example(String language, Path temp, Path out) throws IOException {
        Path source = Fixture.copyTree(ExampleSiteTest.SOURCE, temp.resolve("source-" + language));
        Path config = source.resolve("sitrep.yaml");
        Files.writeString(config, Files.readString(config).replaceAll("(?m)^language:.*\\n", "") + "language: "
                + language + "\n", StandardCharsets.UTF_8);
        GenerateResult result = Sitrep.generate(new SitrepOptions(source, out, temp, ExampleSiteTest.NOW));
        assertTrue(result.written(), () -> result.check().findings().toString());
        return out;
    }

    /**
     * The text a reader sees: pages (with the attributes read aloud or shown as tooltips, without code), the feeds'
     * titles and entries, the calendars' names, summaries and descriptions, and the badges' words; without URLs and
     * file names, and without what protocols fix in English (RSS dates, iCalendar property names).
     */
    private static String siteText(Path site) throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                String content = Files.readString(file);
                if (name.endsWith(".html")) {
                    Document doc = Jsoup.parse(content, "");
                    doc.select("pre, code").remove();
                    text.append(doc.text()).append(' ');
                    for (Element e : doc.select("[aria-label], [title], [alt], [data-label]")) {
                        text.append(e.attr("aria-label")).append(' ').append(e.attr("title")).append(' ')
                                .append(e.attr("alt")).append(' ').append(e.attr("data-label")).append(' ');
                    }
                } else if (name.endsWith(".atom") || name.endsWith(".rss") || name.endsWith(".svg")) {
                    Document xml = Jsoup.parse(content, "", Parser.xmlParser());
                    // an SVG's <style> (the mark's dark-mode colours) is not text anyone reads
                    xml.select("pubDate, lastBuildDate, link, guid, id, updated, published, uri, style").remove();
                    text.append(Jsoup.parse(xml.text()).text()).append(' ');
                } else if (name.endsWith(".ics")) {
                    for (String line : content.replace("\r\n ", "").split("\r\n")) {
                        if (line.matches("(SUMMARY|DESCRIPTION|CATEGORIES|X-WR-CALNAME|X-WR-CALDESC)[:;].*")) {
                            text.append(line.substring(line.indexOf(':') + 1).replace("\\n", " ")
                                    .replace("\\,", ",").replace("\\;", ";")).append(' ');
                        }
                    }
                } else if (name.equals("shields.json")) {
                    Matcher m = Pattern.compile("\"(?:label|message)\" ?: ?\"([^\"]*)\"").matcher(content);
                    while (m.find()) {
                        text.append(m.group(1)).append(' ');
                    }
                }
            }
        }
        return text.toString().replaceAll("https?://\\S+", " ")
                .replaceAll("[\\w.-]+\\.(svg|json|ics|atom|rss|html)\\b", " ");
    }

    /** Every file of the source tree, with its path: ids are words of the input too. */
    private static String sourceText(Path source) throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                text.append(source.relativize(file)).append(' ');
                if (Files.isRegularFile(file)) {
                    text.append(Files.readString(file)).append(' ');
                }
            }
        }
        return text.toString();
    }

    /**
     * The phrases of sitrep's strings (the text between their values) of at least two words that the input does not
     * contain: a page of another language must not show them.
     */
    private static List<String> phrases(java.util.Collection<String> strings, String input) {
        List<String> out = new ArrayList<>();
        for (String s : strings) {
            for (String part : s.split("\\{\\d+\\}")) {
                String phrase = part.strip().replaceAll("^[\\p{Punct}\\s·–]+|[\\p{Punct}\\s·–]+$", "");
                if (phrase.contains(" ") && phrase.length() >= 8 && !input.contains(phrase)) {
                    out.add(phrase);
                }
            }
        }
        return out;
    }

    /** The names of months, days and the example's time zone in {@code locale}: dates say them as it does. */
    private static Set<String> calendarWords(Locale locale) {
        List<String> names = new ArrayList<>();
        for (Month m : Month.values()) {
            for (TextStyle style : TextStyle.values()) {
                names.add(m.getDisplayName(style, locale));
            }
        }
        for (DayOfWeek d : DayOfWeek.values()) {
            for (TextStyle style : TextStyle.values()) {
                names.add(d.getDisplayName(style, locale));
            }
        }
        // the example's time zone as the language names it, in winter and in summer (CET in Spanish, MEZ in German)
        java.time.format.DateTimeFormatter zone = java.time.format.DateTimeFormatter.ofPattern("zzz zzzz", locale);
        for (String month : List.of("2026-01-15T12:00:00Z", "2026-07-15T12:00:00Z")) {
            names.add(zone.format(java.time.Instant.parse(month).atZone(java.time.ZoneId.of("Europe/Berlin"))));
        }
        return words(String.join(" ", names));
    }

    private static Set<String> words(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }

}
