package dev.sitrep.site.calendar;

import dev.sitrep.Sitrep;
import dev.sitrep.SitrepOptions;
import dev.sitrep.model.ActionItemPolicy;
import dev.sitrep.model.Component;
import dev.sitrep.model.Maintenance;
import dev.sitrep.model.MaintenanceStatus;
import dev.sitrep.model.MaintenanceUpdate;
import dev.sitrep.model.Positions;
import dev.sitrep.model.PostmortemPolicy;
import dev.sitrep.model.Severity;
import dev.sitrep.model.SiteConfig;
import dev.sitrep.model.StatusRepository;
import dev.sitrep.site.OutputFile;
import dev.sitrep.site.SiteContext;
import dev.sitrep.site.SiteGenerator;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static dev.sitrep.Fixture.at;
import static dev.sitrep.Fixture.component;
import static dev.sitrep.Fixture.config;
import static dev.sitrep.Fixture.maintenance;
import static dev.sitrep.model.MaintenanceStatus.COMPLETED;
import static dev.sitrep.model.MaintenanceStatus.IN_PROGRESS;
import static dev.sitrep.model.MaintenanceStatus.SCHEDULED;
import static dev.sitrep.model.MaintenanceStatus.VERIFYING;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The maintenance calendars, read back with ical4j's parser (and checked with its validator, RFC 5545 and the PUBLISH
 * rules of RFC 5546) and, for what a parser forgives, byte by byte: CRLF, lines of at most 75 octets, folds that never
 * split a UTF-8 sequence.
 */
class CalendarsTest {

    private static final Instant NOW = at("2026-11-20T12:00:00Z");
    private static final SiteConfig CONFIG = config("UTC", component("api", null), component("web", null),
            component("db", "Data"));

    /** Upcoming at {@link #NOW}, over a day later: moving the clock by a day changes its status, not its event. */
    private static final Maintenance DB = maintenance("db-upgrade", "2026-11-21T02:00:00Z", "2026-11-21T04:00:00Z",
            List.of("db", "api"), SCHEDULED, IN_PROGRESS, VERIFYING);
    private static final Maintenance EARLY = maintenance("api-early", "2026-11-01T22:00:00Z", "2026-11-02T01:30:00Z",
            List.of("api"), SCHEDULED, IN_PROGRESS, COMPLETED, COMPLETED);
    /** Starts with {@link #DB}: the tie is broken by id. */
    private static final Maintenance SAME_START = maintenance("a-same-start", "2026-11-21T02:00:00Z",
            "2026-11-21T03:00:00Z", List.of("api"), SCHEDULED);
    /** No update at all: the event still has its window, stamped at its start. */
    private static final Maintenance SILENT = new Maintenance("silent", "maintenance/silent.yaml", "Silent window",
            List.of("db"), at("2026-12-05T00:00:00Z"), at("2026-12-05T01:00:00Z"), List.of(),
            Positions.none("maintenance/silent.yaml"));

    private static List<OutputFile> render(SiteConfig config, List<Maintenance> maintenances, Instant now) {
        return new Calendars().render(new SiteContext(new StatusRepository(config, List.of(), maintenances), now,
                Optional.empty()));
    }

    private static List<OutputFile> render(List<Maintenance> maintenances) {
        return render(CONFIG, maintenances, NOW);
    }

    private static OutputFile file(List<OutputFile> files, String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + path + " in " + files));
    }

    /** The calendar of {@code file}, after checking its raw lines; with at least one event it must also validate. */
    private static Calendar parse(OutputFile file) {
        assertContentLines(file);
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new ByteArrayInputStream(file.content()));
        } catch (ParserException e) {
            throw new AssertionError(file.path() + " does not parse: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertEquals("2.0", value(calendar, "VERSION"), file.path());
        assertEquals(Calendars.PRODID, value(calendar, "PRODID"), file.path());
        assertEquals("PUBLISH", value(calendar, "METHOD"), file.path());
        if (!calendar.getComponents().isEmpty()) {
            ValidationResult result = calendar.validate();
            assertTrue(result.getEntries().isEmpty(), () -> file.path() + ": " + result);
        }
        return calendar;
    }

    /**
     * Every line of {@code file} ends in CRLF (no CR or LF anywhere else), is at most 75 octets long and is valid
     * UTF-8 on its own, so no fold splits a multi-octet character.
     */
    private static void assertContentLines(OutputFile file) {
        byte[] bytes = file.content();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                fail(file.path() + ": a line feed without a carriage return at octet " + i);
            }
            if (bytes[i] == '\r') {
                assertTrue(i + 1 < bytes.length && bytes[i + 1] == '\n',
                        file.path() + ": a carriage return without a line feed at octet " + i);
                byte[] line = Arrays.copyOfRange(bytes, start, i);
                String text = utf8(file, line);
                assertTrue(line.length <= ContentLines.MAX_OCTETS,
                        file.path() + ": " + line.length + " octets in line '" + text + "'");
                start = i + 2;
                i++;
            }
        }
        assertEquals(bytes.length, start, file.path() + ": the last line ends in CRLF");
    }

    private static String utf8(OutputFile file, byte[] line) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line)).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(file.path() + ": a line that is not UTF-8 on its own (a fold split a "
                    + "character): " + Arrays.toString(line), e);
        }
    }

    private static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents("VEVENT");
    }

    private static String value(Calendar calendar, String name) {
        return calendar.getProperty(name).map(Property::getValue)
                .orElseThrow(() -> new AssertionError("no " + name + " in the calendar"));
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue)
                .orElseThrow(() -> new AssertionError("no " + name + " in " + event));
    }

    private static Instant instant(VEvent event, String name) {
        Property property = event.getProperty(name).orElseThrow(() -> new AssertionError("no " + name));
        assertTrue(property.getValue().endsWith("Z"), name + " in UTC: " + property.getValue());
        return Instant.from(((DateProperty<?>) property).getDate());
    }

    private static List<String> uids(Calendar calendar) {
        return events(calendar).stream().map(e -> value(e, "UID")).toList();
    }

    @Test
    void oneEventPerMaintenanceSortedByStartThenId() {
        Calendar calendar = parse(file(render(List.of(SILENT, DB, EARLY, SAME_START)), "maintenance.ics"));

        assertEquals(List.of("api-early@status.test.example", "a-same-start@status.test.example",
                "db-upgrade@status.test.example", "silent@status.test.example"), uids(calendar));
        assertEquals("Test Status", value(calendar, "X-WR-CALNAME"));
        assertEquals("Scheduled maintenance announced on Test Status", value(calendar, "X-WR-CALDESC"));
        assertEquals("PT1H", value(calendar, "REFRESH-INTERVAL"));
        assertEquals("GREGORIAN", value(calendar, "CALSCALE"));
    }

    @Test
    void anEventHasTheWindowInUtcTheTitleTheLatestUpdateAndASequencePerUpdate() {
        VEvent db = events(parse(file(render(List.of(DB)), "maintenance.ics"))).get(0);

        assertEquals("db-upgrade@status.test.example", value(db, "UID"));
        assertEquals(at("2026-11-21T02:00:00Z"), instant(db, "DTSTART"));
        assertEquals(at("2026-11-21T04:00:00Z"), instant(db, "DTEND"));
        assertEquals("Maintenance db-upgrade", value(db, "SUMMARY"));
        assertEquals("Maintenance verifying.\nAffected components: Component db, Component api",
                value(db, "DESCRIPTION"));
        assertEquals("3", value(db, "SEQUENCE"));
        Instant latest = DB.updates().get(2).at();
        assertEquals(latest, instant(db, "DTSTAMP"));
        assertEquals(latest, instant(db, "LAST-MODIFIED"));
        assertEquals("https://status.test.example/", value(db, "URL"));
        assertEquals("CONFIRMED", value(db, "STATUS"));
        assertEquals("TRANSPARENT", value(db, "TRANSP"));
        assertEquals("Maintenance", value(db, "CATEGORIES"));
        assertEquals("https://status.test.example/", value(db, "ORGANIZER"));
    }

    @Test
    void eachUpdateRaisesTheSequenceAndMovesTheStamp() {
        Maintenance twoUpdates = maintenance("db-upgrade", "2026-11-21T02:00:00Z", "2026-11-21T04:00:00Z",
                List.of("db"), SCHEDULED, IN_PROGRESS);
        VEvent before = events(parse(file(render(List.of(twoUpdates)), "maintenance.ics"))).get(0);
        VEvent after = events(parse(file(render(List.of(DB)), "maintenance.ics"))).get(0);

        assertEquals(value(before, "UID"), value(after, "UID"));
        assertEquals("2", value(before, "SEQUENCE"));
        assertEquals("3", value(after, "SEQUENCE"));
        assertTrue(instant(after, "DTSTAMP").isAfter(instant(before, "DTSTAMP")));
    }

    @Test
    void aMaintenanceWithoutUpdatesIsStampedAtItsStartWithSequenceZero() {
        VEvent silent = events(parse(file(render(List.of(SILENT)), "maintenance.ics"))).get(0);

        assertEquals("0", value(silent, "SEQUENCE"));
        assertEquals(SILENT.scheduledStart(), instant(silent, "DTSTAMP"));
        assertEquals("Affected components: Component db", value(silent, "DESCRIPTION"));
    }

    @Test
    void aComponentCalendarHoldsExactlyTheMaintenancesThatIncludeIt() {
        List<OutputFile> files = render(List.of(SILENT, DB, EARLY, SAME_START));

        assertEquals(List.of("components/api/maintenance.ics", "components/db/maintenance.ics",
                "components/web/maintenance.ics", "maintenance.ics"), files.stream().map(OutputFile::path).toList());
        Calendar api = parse(file(files, "components/api/maintenance.ics"));
        assertEquals(List.of("api-early@status.test.example", "a-same-start@status.test.example",
                "db-upgrade@status.test.example"), uids(api));
        assertEquals("Test Status \u2013 Component api", value(api, "X-WR-CALNAME"));
        Calendar db = parse(file(files, "components/db/maintenance.ics"));
        assertEquals(List.of("db-upgrade@status.test.example", "silent@status.test.example"), uids(db));
        assertEquals("Scheduled maintenance of Component db announced on Test Status", value(db, "X-WR-CALDESC"));

        // one maintenance is one event: the same lines wherever it is listed
        VEvent inSite = events(parse(file(files, "maintenance.ics"))).get(2);
        VEvent inComponent = events(db).get(0);
        assertEquals(inSite.toString(), inComponent.toString());
    }

    @Test
    void aComponentWithoutMaintenanceGetsACalendarWithoutEvents() {
        Calendar web = parse(file(render(List.of(SILENT, DB, EARLY)), "components/web/maintenance.ics"));

        assertEquals(List.of(), web.getComponents());
        assertEquals("Test Status \u2013 Component web", value(web, "X-WR-CALNAME"));
    }

    @Test
    void aRepositoryWithoutMaintenanceGetsCalendarsWithoutEvents() {
        List<OutputFile> files = render(List.of());

        assertEquals(4, files.size());
        for (OutputFile file : files) {
            Calendar calendar = parse(file);
            assertEquals(List.of(), calendar.getComponents(), file.path());
        }
    }

    @Test
    void hostileTextIsFoldedByOctetsAndEscapedSoThatItReadsBackUnchanged() {
        String title = text("Wartung \u00dc \u65e5\u672c \ud83d\ude00 a,b;c\\d\nzweite Zeile ");
        String message = text("Nachricht: \u00dc\u00dc \ud83d\udd27\u65e5\u672c; x,y \\n \\\\ \"q\"\nnext ");
        String siteTitle = text("Acme \"Status\" \u00dc\u65e5\u672c\ud83d\ude00; a,b \\ ");
        assertEquals(200, title.codePointCount(0, title.length()));
        Component component = new Component("api", "API \u2013 \u65e5\u672c, v2; \"x\"", Optional.empty(),
                Optional.empty());
        SiteConfig config = new SiteConfig(siteTitle, "https://Status.Test.Example/", ZoneId.of("UTC"),
                List.of(component), Severity.defaults(), PostmortemPolicy.defaults(), ActionItemPolicy.defaults(),
                Positions.none("sitrep.yaml"));
        Maintenance hostile = new Maintenance("hostile", "maintenance/hostile.yaml", title, List.of("api"),
                at("2026-11-21T02:00:00Z"), at("2026-11-21T04:00:00Z"),
                List.of(new MaintenanceUpdate(at("2026-11-19T09:00:00Z"), MaintenanceStatus.SCHEDULED, "first"),
                        new MaintenanceUpdate(at("2026-11-20T09:00:00Z"), MaintenanceStatus.SCHEDULED, message)),
                Positions.none("maintenance/hostile.yaml"));

        List<OutputFile> files = render(config, List.of(hostile), NOW);

        for (OutputFile file : files) {
            Calendar calendar = parse(file);
            VEvent event = events(calendar).get(0);
            assertEquals(title, value(event, "SUMMARY"));
            assertEquals(message + "\nAffected components: " + component.name(), value(event, "DESCRIPTION"));
            assertEquals("hostile@status.test.example", value(event, "UID"));
            String text = new String(file.content(), StandardCharsets.UTF_8);
            assertTrue(text.contains("\r\n "), "long lines are folded");
            // a lenient parser reads an unescaped comma in a single text too: check the escapes on the raw lines
            for (String line : text.replace("\r\n ", "").split("\r\n")) {
                if (line.startsWith("SUMMARY:") || line.startsWith("DESCRIPTION:") || line.startsWith("X-WR-CAL")) {
                    assertEscaped(line.substring(line.indexOf(':') + 1));
                }
            }
        }
        assertEquals(siteTitle, value(parse(file(files, "maintenance.ics")), "X-WR-CALNAME"));
        assertEquals(siteTitle + " \u2013 " + component.name(),
                value(parse(file(files, "components/api/maintenance.ics")), "X-WR-CALNAME"));
    }

    /** Every comma and semicolon of a raw TEXT value is escaped, and every backslash starts an escape. */
    private static void assertEscaped(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\') {
                assertTrue(i + 1 < value.length() && "\\;,nN".indexOf(value.charAt(i + 1)) >= 0,
                        "a backslash that escapes nothing in " + value);
                i++;
            } else {
                assertTrue(c != ',' && c != ';', () -> "an unescaped '" + c + "' in " + value);
            }
        }
    }

    /** {@code base} repeated to exactly 200 code points. */
    private static String text(String base) {
        StringBuilder text = new StringBuilder();
        int[] points = base.codePoints().toArray();
        for (int i = 0; i < 200; i++) {
            text.appendCodePoint(points[i % points.length]);
        }
        return text.toString();
    }

    @Test
    void escapingTurnsEveryLineBreakIntoBackslashNAndDropsWhatTextCannotHold() {
        assertEquals("a\\nb\\nc\\nd\\\\\\;\\,e\tf", ContentLines.escape("a\r\nb\rc\nd\\;,e\u0001\u007f\tf"));
        assertEquals("x\ud83d\ude00y", ContentLines.escape("x\ud83d\ud83d\ude00\ude00y"));
    }

    @Test
    void theCalendarsAreByteIdenticalAcrossRendersAndWhenOnlyTheClockMoves() {
        List<Maintenance> maintenances = List.of(SILENT, DB, EARLY, SAME_START);
        List<OutputFile> first = render(maintenances);
        List<OutputFile> second = render(maintenances);
        List<OutputFile> dayLater = render(CONFIG, maintenances, NOW.plus(Duration.ofDays(1)));

        assertEquals(first.size(), second.size());
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(first.get(i).content(), second.get(i).content(), first.get(i).path());
            assertArrayEquals(first.get(i).content(), dayLater.get(i).content(), first.get(i).path());
        }
    }

    @Test
    void bothSiteGeneratorsWriteTheCalendars() {
        SiteContext context = new SiteContext(new StatusRepository(CONFIG, List.of(), List.of(DB)), NOW,
                Optional.empty());
        List<OutputFile> expected = render(List.of(DB));

        for (SiteGenerator generator : List.of(SiteGenerator.standard(), SiteGenerator.singleThreaded())) {
            List<OutputFile> site = generator.render(context);
            for (OutputFile calendar : expected) {
                assertArrayEquals(calendar.content(), file(site, calendar.path()).content(), calendar.path());
            }
        }
    }

    @Test
    void theExampleRepositoryHasAnEventForEachOfItsMaintenances() {
        Path source = Path.of("../incidents/incidents");
        StatusRepository repository = Sitrep.check(new SitrepOptions(source, Path.of("target/unused"),
                source.getParent(), NOW)).repository().orElseThrow();
        assertEquals(4, repository.maintenances().size());

        List<OutputFile> files = new Calendars().render(new SiteContext(repository, NOW, Optional.empty()));

        assertEquals(repository.config().components().size() + 1, files.size());
        Calendar all = parse(file(files, "maintenance.ics"));
        assertEquals("Northwind Cloud Status", value(all, "X-WR-CALNAME"));
        List<String> summaries = new ArrayList<>();
        for (VEvent event : events(all)) {
            summaries.add(value(event, "SEQUENCE") + " " + value(event, "DTSTART") + " " + value(event, "UID"));
        }
        assertEquals(List.of(
                "4 20260729T010000Z 2026-07-29-database-minor-upgrade@status.example.com",
                "4 20261010T220000Z 2026-10-10-payments-network-maintenance@status.example.com",
                "2 20261120T110000Z 2026-11-20-storage-network-upgrade@status.example.com",
                "1 20261201T020000Z 2026-12-01-database-major-upgrade@status.example.com"), summaries);
        VEvent upcoming = events(all).get(3);
        assertEquals("We will upgrade the primary database of the Northwind Cloud platform to PostgreSQL 17. The "
                + "Public API will be read-only for up to 5 minutes during the switchover.\n"
                + "Affected components: Managed Databases, Public API", value(upcoming, "DESCRIPTION"));
        assertEquals(List.of("2026-07-29-database-minor-upgrade@status.example.com",
                "2026-12-01-database-major-upgrade@status.example.com"),
                uids(parse(file(files, "components/database/maintenance.ics"))));
        assertEquals(List.of(), events(parse(file(files, "components/web/maintenance.ics"))));
    }
}
