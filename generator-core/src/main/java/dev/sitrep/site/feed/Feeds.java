package dev.sitrep.site.feed;

import dev.sitrep.SitrepException;
import dev.sitrep.cache.BuildCache;
import dev.sitrep.i18n.Strings;
import dev.sitrep.metrics.CurrentStatus;
import dev.sitrep.model.AffectedComponent;
import dev.sitrep.model.Component;
import dev.sitrep.model.Incident;
import dev.sitrep.model.Postmortem;
import dev.sitrep.model.SiteConfig;
import dev.sitrep.model.StatusUpdate;
import dev.sitrep.site.KeyedOutput;
import dev.sitrep.site.SiteContext;
import dev.sitrep.site.SitePart;
import dev.sitrep.site.SiteSink;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The incident history feeds: {@code history.atom} (Atom 1.0, RFC 4287) and {@code history.rss} (RSS 2.0), and the
 * same pair for each component, {@code components/<id>/history.atom} and {@code .rss}, of the incidents that affect it.
 *
 * <p>Each lists the 50 most recent incidents, newest first (by detection), each linking to its page on the site
 * ({@code baseUrl/incidents/<id>/}). An entry's content is its updates, newest first, as escaped HTML with times in
 * the site's time zone; a published postmortem appears as a last update. Nothing after {@code now} is shown: later
 * updates are left out, and an incident without any update up to {@code now} has no entry. Atom's
 * {@code updated} is the entry's last shown update; RSS's {@code pubDate} is the entry's first shown update. The
 * feed's own time is its newest entry's, or {@code now} when it has no entries.
 */
public final class Feeds implements SitePart {

    /** How many incidents a feed lists. */
    public static final int LIMIT = 50;

    static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    /** An update's local time in a feed entry; the zone's name follows from {@link Strings#zoneName}. */
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'",
            Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    @Override
    public void render(SiteContext context, SiteSink sink) {
        KeyedOutput out = new KeyedOutput(context, sink);
        for (Feed feed : feeds(context)) {
            // a pair is keyed by everything its bytes are made from: one that did not change (every component's but
            // those of the incident just updated) is kept as the last build wrote it
            Optional<String> key = out.frame().map(feed::key);
            out.put(feed.atomPath(), key, feed::atom);
            out.put(feed.rssPath(), key, feed::rss);
        }
    }

    private List<Feed> feeds(SiteContext context) {
        SiteConfig config = context.repository().config();
        List<Incident> newestFirst = context.repository().incidents().stream().sorted(CurrentStatus.NEWEST_FIRST)
                .toList();
        String base = stripSlash(config.baseUrl());
        List<Feed> files = new ArrayList<>();
        Strings strings = context.strings();
        files.add(feed(context, base, new Channel("", strings.format("feed.title", config.title()), base + "/history/",
                strings.format("feed.description", config.title()), config.title(), strings.language()),
                newestFirst));
        Map<String, List<Incident>> byComponent = new HashMap<>();
        for (Incident incident : newestFirst) {
            for (AffectedComponent affected : incident.components()) {
                byComponent.computeIfAbsent(affected.componentId(), k -> new ArrayList<>()).add(incident);
            }
        }
        for (Component component : config.components()) {
            String dir = "components/" + component.id() + "/";
            files.add(feed(context, base, new Channel(dir,
                    strings.format("feed.component.title", config.title(), component.name()), base + "/" + dir,
                    strings.format("feed.component.description", component.name(), config.title()),
                    config.title(), strings.language()),
                    byComponent.getOrDefault(component.id(), List.of())));
        }
        return files;
    }

    /**
     * What one pair of feeds is about: all incidents, or one component's.
     *
     * @param dir  the folder of its files from the site root: {@code ""} or {@code components/<id>/}
     * @param html the page it is the feed of
     */
    private record Channel(String dir, String title, String html, String description, String author, String language) {
    }

    /** The Atom and RSS feeds of {@code incidents} (newest first): the first {@link #LIMIT} with a visible update. */
    private Feed feed(SiteContext context, String base, Channel channel, List<Incident> incidents) {
        SiteConfig config = context.repository().config();
        Instant now = context.now();
        List<Entry> entries = new ArrayList<>();
        for (Incident incident : incidents) {
            if (entries.size() == LIMIT) {
                break;
            }
            Entry entry = Entry.of(incident, config.timezone(), now, context.strings());
            if (entry != null) {
                entries.add(entry);
            }
        }
        Instant updated = entries.stream().map(Entry::updated).max(Instant::compareTo).orElse(now);
        return new Feed(channel, base, entries, updated);
    }

    /** One pair of feeds: everything their bytes are made from. */
    private record Feed(Channel channel, String base, List<Entry> entries, Instant updated) {

        String atomPath() {
            return channel.dir() + "history.atom";
        }

        String rssPath() {
            return channel.dir() + "history.rss";
        }

        byte[] atom() {
            return Feeds.atom(channel, base, entries, updated);
        }

        byte[] rss() {
            return Feeds.rss(channel, base, entries, updated);
        }

        /** A hash of what the files show, with {@code frame}, what every file of the site is made with. */
        String key(String frame) {
            List<String> parts = new ArrayList<>(List.of(frame, "feeds", channel.dir(), channel.title(), channel.html(),
                    channel.description(), channel.author(), channel.language(), base, updated.toString()));
            for (Entry entry : entries) {
                parts.addAll(List.of(entry.incident().id(), entry.incident().title(), entry.published().toString(),
                        entry.updated().toString(), entry.html()));
            }
            return BuildCache.hash(parts.toArray(String[]::new));
        }
    }

    /** One incident as the feeds show it: only what is visible at {@code now}. */
    record Entry(Incident incident, Instant published, Instant updated, String html) {

        Entry {
            Objects.requireNonNull(incident, "incident");
            Objects.requireNonNull(published, "published");
            Objects.requireNonNull(updated, "updated");
            Objects.requireNonNull(html, "html");
        }

        /** The entry, or null when none of the incident's updates is visible yet. */
        static Entry of(Incident incident, ZoneId zone, Instant now, Strings strings) {
            Function<Instant, String> local = at -> LOCAL.format(at.atZone(zone)) + " " + strings.zoneName(at, zone);
            List<String> paragraphs = new ArrayList<>();
            Instant first = null;
            Instant last = null;
            for (StatusUpdate update : incident.updates()) {
                if (update.at().isAfter(now)) {
                    continue;
                }
                first = first == null || update.at().isBefore(first) ? update.at() : first;
                last = last == null || update.at().isAfter(last) ? update.at() : last;
                paragraphs.add(paragraph(local.apply(update.at()),
                        strings.text("incident.status." + update.status().id()), update.message()));
            }
            if (first == null) {
                return null;
            }
            Postmortem postmortem = incident.postmortem().filter(Postmortem::isPublished).orElse(null);
            if (postmortem != null && postmortem.published().isPresent()
                    && !postmortem.published().get().isAfter(now) && incident.isResolved()) {
                Instant at = postmortem.published().get();
                last = at.isAfter(last) ? at : last;
                paragraphs.add(paragraph(local.apply(at), strings.text("feed.postmortem"),
                        strings.text("feed.postmortem.published")));
            }
            StringBuilder html = new StringBuilder();
            for (int i = paragraphs.size() - 1; i >= 0; i--) {
                html.append(paragraphs.get(i));
            }
            return new Entry(incident, first, last, html.toString());
        }

        private static String paragraph(String when, String status, String message) {
            return "<p><small>" + escapeHtml(when) + "</small><br><strong>" + escapeHtml(status) + "</strong> - "
                    + escapeHtml(message) + "</p>";
        }
    }

    private static byte[] atom(Channel channel, String base, List<Entry> entries, Instant updated) {
        return xml(w -> {
            w.writeStartElement("feed");
            w.writeDefaultNamespace(ATOM_NS);
            w.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", channel.language());
            element(w, 1, "id", base + "/" + channel.dir() + "history.atom");
            element(w, 1, "title", channel.title());
            link(w, 1, "alternate", "text/html", channel.html());
            link(w, 1, "self", "application/atom+xml", base + "/" + channel.dir() + "history.atom");
            element(w, 1, "updated", RFC_3339.format(updated));
            newline(w, 1);
            w.writeStartElement("author");
            element(w, 2, "name", channel.author());
            element(w, 2, "uri", base + "/");
            newline(w, 1);
            w.writeEndElement();
            for (Entry entry : entries) {
                String url = base + "/incidents/" + entry.incident().id() + "/";
                newline(w, 1);
                w.writeStartElement("entry");
                element(w, 2, "id", url);
                element(w, 2, "title", entry.incident().title());
                link(w, 2, "alternate", "text/html", url);
                element(w, 2, "published", RFC_3339.format(entry.published()));
                element(w, 2, "updated", RFC_3339.format(entry.updated()));
                newline(w, 2);
                w.writeStartElement("content");
                w.writeAttribute("type", "html");
                w.writeCharacters(xmlSafe(entry.html()));
                w.writeEndElement();
                newline(w, 1);
                w.writeEndElement();
            }
            newline(w, 0);
            w.writeEndElement();
        });
    }

    private static byte[] rss(Channel channel, String base, List<Entry> entries, Instant updated) {
        return xml(w -> {
            w.writeStartElement("rss");
            w.writeAttribute("version", "2.0");
            w.writeNamespace("atom", ATOM_NS);
            newline(w, 1);
            w.writeStartElement("channel");
            element(w, 2, "title", channel.title());
            element(w, 2, "link", channel.html());
            element(w, 2, "description", channel.description());
            element(w, 2, "language", channel.language());
            element(w, 2, "pubDate", RFC_822.format(updated));
            element(w, 2, "lastBuildDate", RFC_822.format(updated));
            newline(w, 2);
            w.writeEmptyElement("atom", "link", ATOM_NS);
            w.writeAttribute("href", base + "/" + channel.dir() + "history.rss");
            w.writeAttribute("rel", "self");
            w.writeAttribute("type", "application/rss+xml");
            for (Entry entry : entries) {
                String url = base + "/incidents/" + entry.incident().id() + "/";
                newline(w, 2);
                w.writeStartElement("item");
                element(w, 3, "title", entry.incident().title());
                element(w, 3, "link", url);
                newline(w, 3);
                w.writeStartElement("guid");
                w.writeAttribute("isPermaLink", "true");
                w.writeCharacters(url);
                w.writeEndElement();
                element(w, 3, "pubDate", RFC_822.format(entry.published()));
                element(w, 3, "description", entry.html());
                newline(w, 2);
                w.writeEndElement();
            }
            newline(w, 1);
            w.writeEndElement();
            newline(w, 0);
            w.writeEndElement();
        });
    }

    /** Writes the body of one XML document. */
    private interface Body {
        void write(XMLStreamWriter writer) throws XMLStreamException;
    }

    private static byte[] xml(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            // the JDK's own StAX writer, whatever else is on the class path, so output bytes never vary
            XMLStreamWriter writer = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            writer.writeStartDocument("UTF-8", "1.0");
            writer.writeCharacters("\n");
            body.write(writer);
            writer.writeCharacters("\n");
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException e) {
            throw new SitrepException("cannot write a feed: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static void element(XMLStreamWriter w, int depth, String name, String text) throws XMLStreamException {
        newline(w, depth);
        w.writeStartElement(name);
        w.writeCharacters(xmlSafe(text));
        w.writeEndElement();
    }

    private static void link(XMLStreamWriter w, int depth, String rel, String type, String href)
            throws XMLStreamException {
        newline(w, depth);
        w.writeEmptyElement("link");
        w.writeAttribute("rel", rel);
        w.writeAttribute("type", type);
        w.writeAttribute("href", href);
    }

    private static void newline(XMLStreamWriter w, int depth) throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }

    /** Text with the characters XML 1.0 cannot hold (most control characters, lone surrogates) removed. */
    static String xmlSafe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (allowed) {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    /** Escapes text for HTML element content and attribute values. */
    static String escapeHtml(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String stripSlash(String url) {
        String u = url;
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }
}
