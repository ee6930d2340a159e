package dev.sitrep.site.calendar;

import dev.sitrep.i18n.Strings;
import dev.sitrep.model.Component;
import dev.sitrep.model.Maintenance;
import dev.sitrep.model.MaintenanceUpdate;
import dev.sitrep.model.SiteConfig;
import dev.sitrep.site.KeyedOutput;
import dev.sitrep.site.SiteContext;
import dev.sitrep.site.SitePart;
import dev.sitrep.site.SiteSink;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The maintenance calendars: {@code maintenance.ics} with every maintenance of the repository, and
 * {@code components/<id>/maintenance.ics} for every configured component with the maintenances that include it (a
 * component without any still gets a calendar without events, so that a subscription never fails). iCalendar 2.0
 * (RFC 5545), for calendar subscriptions.
 *
 * <p>One {@code VEVENT} per maintenance, sorted by scheduled start, then id:
 * <ul>
 *   <li>{@code UID} is {@code <maintenance id>@<host of baseUrl>}: the same in every build and in every calendar
 *       that lists the maintenance, since it is one event.</li>
 *   <li>{@code DTSTART} and {@code DTEND} are the scheduled window, in UTC.</li>
 *   <li>{@code SEQUENCE} is the number of updates, so a client replaces its copy whenever an update is added;
 *       {@code DTSTAMP} and {@code LAST-MODIFIED} are the time of the latest update, or the scheduled start without
 *       one.</li>
 *   <li>{@code SUMMARY} is the title; {@code DESCRIPTION} the latest update's message, then a line with the names of
 *       the affected components; {@code URL} the status page ({@code baseUrl/}), as a maintenance has no page of its
 *       own.</li>
 *   <li>{@code ORGANIZER} is the status page too: {@code METHOD:PUBLISH} (RFC 5546) asks for one, and there is no
 *       address to give. It has no {@code CN}: a parameter value cannot hold every title as it is (RFC 6868's escapes
 *       are not read everywhere), and the calendar's name already says whose it is.</li>
 *   <li>{@code STATUS:CONFIRMED}, {@code CATEGORIES:Maintenance} and {@code TRANSP:TRANSPARENT}: a provider's
 *       maintenance does not make the subscriber busy.</li>
 * </ul>
 *
 * <p>Nothing depends on {@code sitrep.now} or on the version of sitrep ({@code PRODID} has none), so a calendar
 * changes only when its maintenances or the configuration do, and clients that poll it see the same bytes until then.
 * Lines end in CRLF, as RFC 5545 requires, unlike the other files of the site.
 */
public final class Calendars implements SitePart {

    /** The name of every calendar file. */
    public static final String FILE = "maintenance.ics";

    /** The product identifier, without a version: a new release of sitrep does not change the calendars. */
    static final String PRODID = "-//sitrep//sitrep//EN";

    /** How often a client should fetch the calendar again. */
    static final String REFRESH = "PT1H";

    private static final Comparator<Maintenance> BY_START = Comparator.comparing(Maintenance::scheduledStart)
            .thenComparing(Maintenance::id);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    @Override
    public void render(SiteContext context, SiteSink sink) {
        SiteConfig config = context.repository().config();
        List<Maintenance> all = context.repository().maintenances().stream().sorted(BY_START).toList();
        Strings strings = context.strings();
        Site site = new Site(config, strings);
        // each calendar is keyed by what it is made from: it changes only when its maintenances or the configuration
        // do, and is otherwise kept as the last build wrote it
        KeyedOutput out = new KeyedOutput(context, sink);
        String title = config.title();
        String description = strings.format("calendar.description", config.title());
        out.put(FILE, List.of(config, title, description, all), () -> site.calendar(title, description, all));
        for (Component component : config.components()) {
            List<Maintenance> its = all.stream().filter(m -> m.components().contains(component.id())).toList();
            String itsTitle = config.title() + " \u2013 " + component.name();
            String itsDescription = strings.format("calendar.component.description", component.name(),
                    config.title());
            out.put("components/" + component.id() + "/" + FILE, List.of(config, itsTitle, itsDescription, its),
                    () -> site.calendar(itsTitle, itsDescription, its));
        }
    }

    /** What every calendar of one site shares. */
    private static final class Site {
        private final SiteConfig config;
        private final Strings strings;
        private final String url;
        private final String host;

        Site(SiteConfig config, Strings strings) {
            this.config = config;
            this.strings = strings;
            String base = config.baseUrl();
            while (base.endsWith("/")) {
                base = base.substring(0, base.length() - 1);
            }
            this.url = base + "/";
            this.host = host(config.baseUrl());
        }

        byte[] calendar(String name, String description, List<Maintenance> maintenances) {
            ContentLines ics = new ContentLines()
                    .property("BEGIN", "VCALENDAR")
                    .property("VERSION", "2.0")
                    .property("PRODID", PRODID)
                    .property("CALSCALE", "GREGORIAN")
                    .property("METHOD", "PUBLISH")
                    .text("X-WR-CALNAME", name)
                    .text("X-WR-CALDESC", description)
                    .property("REFRESH-INTERVAL;VALUE=DURATION", REFRESH)
                    .property("X-PUBLISHED-TTL", REFRESH);
            for (Maintenance maintenance : maintenances) {
                event(ics, maintenance);
            }
            return ics.property("END", "VCALENDAR").toByteArray();
        }

        private void event(ContentLines ics, Maintenance maintenance) {
            List<MaintenanceUpdate> updates = maintenance.updates();
            MaintenanceUpdate latest = updates.isEmpty() ? null : updates.get(updates.size() - 1);
            String stamp = time(latest == null ? maintenance.scheduledStart() : latest.at());
            String components = maintenance.components().stream()
                    .map(id -> config.component(id).map(Component::name).orElse(id))
                    .collect(Collectors.joining(", "));
            String affected = strings.format("calendar.affected", components);
            ics.property("BEGIN", "VEVENT")
                    .property("UID", maintenance.id() + "@" + host)
                    .property("DTSTAMP", stamp)
                    .property("LAST-MODIFIED", stamp)
                    .property("SEQUENCE", Integer.toString(updates.size()))
                    .property("DTSTART", time(maintenance.scheduledStart()))
                    .property("DTEND", time(maintenance.scheduledEnd()))
                    .text("SUMMARY", maintenance.title())
                    .text("DESCRIPTION", latest == null ? affected : latest.message() + "\n" + affected)
                    .property("URL", url)
                    .property("ORGANIZER", url)
                    .property("STATUS", "CONFIRMED")
                    .property("TRANSP", "TRANSPARENT")
                    .text("CATEGORIES", strings.text("calendar.category"))
                    .property("END", "VEVENT");
        }
    }

    /** An instant as an iCalendar UTC date-time, {@code 20261201T020000Z}. */
    static String time(Instant instant) {
        return UTC.format(instant);
    }

    /** The host of {@code baseUrl} in lower case (the configuration guarantees one), for the UIDs. */
    static String host(String baseUrl) {
        String host = URI.create(baseUrl).getHost();
        if (host == null) {
            throw new IllegalArgumentException("baseUrl without a host: " + baseUrl);
        }
        return host.toLowerCase(Locale.ROOT);
    }
}
