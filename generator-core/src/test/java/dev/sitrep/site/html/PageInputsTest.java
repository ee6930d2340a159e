package dev.sitrep.site.html;

import dev.sitrep.CheckResult;
import dev.sitrep.Fixture;
import dev.sitrep.Sitrep;
import dev.sitrep.SitrepOptions;
import dev.sitrep.cache.BuildCache;
import dev.sitrep.i18n.Strings;
import dev.sitrep.metrics.SiteMetrics;
import dev.sitrep.model.Component;
import dev.sitrep.model.Incident;
import dev.sitrep.model.StatusRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Incident pages, history pages, component pages and the postmortem index are kept by the key of their inputs
 * ({@link IncidentPageBuilder#inputs}, {@link HistoryPageBuilder#inputs}, {@link ComponentPageBuilder#inputs},
 * {@link PostmortemIndexBuilder#inputs}) without building them, so equal inputs must give equal pages. The rest of what a page is made from (the incident, the configuration, the
 * frame) is in the key whole; what the clock makes of a page (a deadline passed or not) is the part written by
 * hand, so it is held here: across
 * clocks from a minute to more than a year apart, on the example repository and the small test site, whenever two
 * clocks give an incident the same inputs they give it the same page model.
 */
class PageInputsTest {

    private static final Duration[] STEPS = {Duration.ZERO, Duration.ofMinutes(1), Duration.ofHours(1),
        Duration.ofHours(20), Duration.ofDays(1), Duration.ofDays(2), Duration.ofDays(6), Duration.ofDays(8),
        Duration.ofDays(30), Duration.ofDays(90), Duration.ofDays(400)};

    @TempDir
    Path temp;

    @Test
    void equalInputsGiveEqualPagesWhateverTheClock() {
        int compared = check(read(ExampleSiteTest.SOURCE, ExampleSiteTest.NOW), ExampleSiteTest.NOW)
                + check(Fixture.read(Fixture.site(temp.resolve("site"))), Fixture.SITE_NOW);
        assertTrue(compared > 100, "pairs of clocks with equal inputs compared: " + compared);
    }

    @Test
    void equalInputsGiveEqualHistoryPagesWhateverTheClock() {
        int compared = checkHistory(read(ExampleSiteTest.SOURCE, ExampleSiteTest.NOW), ExampleSiteTest.NOW)
                + checkHistory(Fixture.read(Fixture.site(temp.resolve("site"))), Fixture.SITE_NOW);
        assertTrue(compared > 10, "pairs of clocks with equal inputs compared: " + compared);
    }

    @Test
    void aPostmortemFallingDueChangesTheInputsOfItsHistoryPages() {
        StatusRepository repository = read(ExampleSiteTest.SOURCE, ExampleSiteTest.NOW);
        HistoryPageBuilder now = history(repository, ExampleSiteTest.NOW);
        HistoryPageBuilder minute = history(repository, ExampleSiteTest.NOW.plus(Duration.ofMinutes(1)));
        HistoryPageBuilder year = history(repository, ExampleSiteTest.NOW.plus(Duration.ofDays(400)));
        assertEquals(BuildCache.hashOf("", now.inputs()), BuildCache.hashOf("", minute.inputs()));
        // the example has postmortems that are not due yet: a year later the cards say they are overdue
        assertTrue(!BuildCache.hashOf("", now.inputs()).equals(BuildCache.hashOf("", year.inputs())));
    }

    @Test
    void componentAndPostmortemPagesWithEqualInputsAreEqualWhateverElseChanges() {
        int compared = checkWithout(read(ExampleSiteTest.SOURCE, ExampleSiteTest.NOW), ExampleSiteTest.NOW)
                + checkWithout(Fixture.read(Fixture.site(temp.resolve("site"))), Fixture.SITE_NOW);
        assertTrue(compared > 50, "pages with equal inputs compared: " + compared);
    }

    /**
     * Takes each incident out of the repository in turn, and compares each component page and the postmortem index
     * whose inputs stay the same with the page of the whole repository; returns how many pairs it compared.
     */
    private static int checkWithout(StatusRepository repository, Instant now) {
        Map<String, String[]> whole = componentAndPostmortemPages(repository, now);
        int compared = 0;
        List<String> problems = new ArrayList<>();
        for (Incident left : repository.incidents()) {
            List<Incident> others = repository.incidents().stream().filter(i -> i != left).toList();
            StatusRepository without = new StatusRepository(repository.config(), others, repository.maintenances());
            for (Map.Entry<String, String[]> page : componentAndPostmortemPages(without, now).entrySet()) {
                String[] before = whole.get(page.getKey());
                if (before[0].equals(page.getValue()[0])) {
                    compared++;
                    if (!before[1].equals(page.getValue()[1])) {
                        problems.add(page.getKey() + " without " + left.id() + ": the same inputs, another page");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
        return compared;
    }

    /** The hashes of the inputs and the model of each component page and of the postmortem index, by path. */
    private static Map<String, String[]> componentAndPostmortemPages(StatusRepository repository, Instant now) {
        PagePieces pieces = new PagePieces(repository, SiteMetrics.of(repository, now),
                Strings.of(repository.config().language(), Optional.empty()));
        Sources sources = Sources.records(repository);
        Map<String, String[]> pages = new HashMap<>();
        ComponentPageBuilder components = new ComponentPageBuilder(pieces);
        for (Component component : repository.config().components()) {
            pages.put(ComponentPageBuilder.path(component), new String[] {
                BuildCache.hashOf("", components.inputs(component, sources)),
                BuildCache.hashOf("", components.page(component))});
        }
        PostmortemIndexBuilder postmortems = new PostmortemIndexBuilder(pieces);
        pages.put(PostmortemIndexBuilder.PATH, new String[] {BuildCache.hashOf("", postmortems.inputs(sources)),
            BuildCache.hashOf("", postmortems.page())});
        return pages;
    }

    @Test
    void aMinuteChangesTheInputsOfNoPageAndAPassedDeadlineThoseOfItsIncidents() {
        StatusRepository repository = read(ExampleSiteTest.SOURCE, ExampleSiteTest.NOW);
        // nothing on an incident's page is measured against now: an open incident is "ongoing" after its start
        assertEquals(0, moved(repository, Duration.ofMinutes(1)), "a minute later");
        // a year later every postmortem and action item that was not due yet is overdue
        long moved = moved(repository, Duration.ofDays(400));
        assertTrue(moved >= 1 && moved < repository.incidents().size(), "a year later: " + moved);
    }

    /** How many incidents' inputs differ between the example's clock and {@code step} later. */
    private static long moved(StatusRepository repository, Duration step) {
        Map<String, List<String>> keys = new HashMap<>();
        for (Duration at : new Duration[] {Duration.ZERO, step}) {
            IncidentPageBuilder builder = builder(repository, ExampleSiteTest.NOW.plus(at));
            for (Incident incident : repository.incidents()) {
                keys.computeIfAbsent(incident.id(), k -> new ArrayList<>())
                        .add(BuildCache.hashOf("", builder.inputs(incident)));
            }
        }
        return keys.values().stream().filter(k -> !k.get(0).equals(k.get(1))).count();
    }

    /** Compares every incident's pages at every pair of clocks with equal inputs; returns how many pairs. */
    private static int check(StatusRepository repository, Instant now) {
        return sameInputsSamePages(now, at -> {
            IncidentPageBuilder builder = builder(repository, at);
            Map<String, Object[]> pages = new HashMap<>();
            for (Incident incident : repository.incidents()) {
                pages.put(incident.id(), new Object[] {builder.inputs(incident), builder.page(incident)});
            }
            return pages;
        });
    }

    /** Compares the history pages at every pair of clocks with equal inputs; returns how many pairs. */
    private static int checkHistory(StatusRepository repository, Instant now) {
        return sameInputsSamePages(now, at -> {
            HistoryPageBuilder builder = history(repository, at);
            Map<String, Object[]> pages = new HashMap<>();
            pages.put(HistoryPageBuilder.PATH, new Object[] {builder.inputs(), builder.page()});
            for (int year : builder.years()) {
                pages.put(HistoryPageBuilder.yearPath(year),
                        new Object[] {builder.yearInputs(year), builder.yearPage(year)});
            }
            return pages;
        });
    }

    /**
     * Builds the pages {@code pagesAt} gives (by name: its inputs and its model) at each clock of {@link #STEPS}
     * after {@code now}, and compares the models of a page at every two clocks with equal inputs; returns how many
     * pairs it compared.
     */
    private static int sameInputsSamePages(Instant now, Function<Instant, Map<String, Object[]>> pagesAt) {
        Map<String, Map<String, String>> pagesByInputs = new HashMap<>();
        int compared = 0;
        List<String> problems = new ArrayList<>();
        for (Duration step : STEPS) {
            Instant at = now.plus(step);
            for (Map.Entry<String, Object[]> page : pagesAt.apply(at).entrySet()) {
                String inputs = BuildCache.hashOf("", page.getValue()[0]);
                String model = BuildCache.hashOf("", page.getValue()[1]);
                String before = pagesByInputs.computeIfAbsent(page.getKey(), k -> new HashMap<>())
                        .putIfAbsent(inputs, model);
                if (before != null) {
                    compared++;
                    if (!before.equals(model)) {
                        problems.add(page.getKey() + " at " + at + ": the same inputs as at an earlier clock, "
                                + "another page");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
        return compared;
    }

    private static HistoryPageBuilder history(StatusRepository repository, Instant now) {
        return new HistoryPageBuilder(new PagePieces(repository, SiteMetrics.of(repository, now),
                Strings.of(repository.config().language(), Optional.empty())));
    }

    private static IncidentPageBuilder builder(StatusRepository repository, Instant now) {
        PagePieces pieces = new PagePieces(repository, SiteMetrics.of(repository, now),
                Strings.of(repository.config().language(), Optional.empty()));
        return new IncidentPageBuilder(pieces, new MarkdownRenderer(new HtmlSanitiser()));
    }

    private StatusRepository read(Path source, Instant now) {
        CheckResult result = Sitrep.check(new SitrepOptions(source, temp.resolve("out"), temp, now));
        return result.repository().orElseThrow();
    }
}
