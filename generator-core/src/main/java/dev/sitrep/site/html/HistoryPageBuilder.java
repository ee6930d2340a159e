package dev.sitrep.site.html;

import dev.sitrep.model.Incident;

import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the {@link HistoryPage}s: {@code history/index.html}, the incidents of the {@value #RECENT_MONTHS} most recent
 * calendar months that have any, and {@code history/<yyyy>/index.html}, every incident of one year. Each lists its
 * incidents newest first, by month in the site's time zone, and links to every year: no history page grows with the
 * whole history.
 */
final class HistoryPageBuilder {

    static final String PATH = "history/index.html";

    /** How many months with incidents the main history page shows. */
    static final int RECENT_MONTHS = 12;

    private final PagePieces pieces;
    /** The incidents of each month, newest month first, each month's newest first. */
    private final Map<YearMonth, List<Incident>> byMonth = new TreeMap<>(Comparator.reverseOrder());

    HistoryPageBuilder(PagePieces pieces) {
        this.pieces = pieces;
        for (Incident incident : pieces.newestFirst()) {
            YearMonth month = YearMonth.from(pieces.formats().localDate(incident.detected()));
            byMonth.computeIfAbsent(month, m -> new ArrayList<>()).add(incident);
        }
    }

    /** The path of a year's page from the site root. */
    static String yearPath(int year) {
        return "history/" + year + "/index.html";
    }

    /** The years that have incidents, newest first. */
    List<Integer> years() {
        return byMonth.keySet().stream().map(YearMonth::getYear).distinct().toList();
    }

    /**
     * Everything the main history page is made from besides the site's frame and configuration: equal inputs give
     * equal pages, so their key can stand for the page without building it.
     */
    Object inputs() {
        List<Incident> shown = byMonth.values().stream().limit(RECENT_MONTHS).flatMap(List::stream).toList();
        return inputs(PATH, shown);
    }

    /** {@link #inputs()} of the page of {@code year}. */
    Object yearInputs(int year) {
        List<Incident> shown = byMonth.entrySet().stream().filter(e -> e.getKey().getYear() == year)
                .flatMap(e -> e.getValue().stream()).toList();
        return inputs(yearPath(year), shown);
    }

    /**
     * A page's path, the years it links to, how many incidents there are in all, and what the card of each of its
     * incidents shows, before it is put into words: an update that leaves the card as it was (most updates to an
     * open incident) leaves the page's inputs as they were.
     */
    private Object inputs(String path, List<Incident> shown) {
        List<Object> cards = new ArrayList<>(shown.size());
        for (Incident incident : shown) {
            cards.add(List.of(incident.id(), incident.title(), incident.severity(), incident.components(),
                    incident.lastUpdate().status(), incident.detected(), incident.impactStart(),
                    incident.resolvedAt(), pieces.postmortemNote(incident)));
        }
        return List.of(path, years(), pieces.newestFirst().size(), cards);
    }

    /** The main history page: the most recent months with incidents. */
    HistoryPage page() {
        Formats formats = pieces.formats();
        // nothing on a history page is measured against the clock (an open incident is "ongoing" after its start,
        // a postmortem becomes overdue once): it does not show the time of its data, and stays the same file
        Layout layout = pieces.layout(PATH, formats.text("common.incidentHistory"),
                formats.text("history.description", pieces.config().title()), false);
        List<MonthGroup> months = new ArrayList<>();
        int shown = 0;
        for (Map.Entry<YearMonth, List<Incident>> e : byMonth.entrySet()) {
            if (months.size() == RECENT_MONTHS) {
                break;
            }
            months.add(group(e.getKey(), e.getValue(), layout.root()));
            shown += e.getValue().size();
        }
        int total = pieces.newestFirst().size();
        String lead = months.size() < byMonth.size()
                ? formats.count(total, "history.total.recent", Integer.toString(shown), Integer.toString(months.size()))
                : formats.count(total, "history.total");
        return new HistoryPage(layout, formats.text("common.incidentHistory"), lead, months,
                yearLinks(layout.root(), 0), "");
    }

    /** The page of one year: every incident detected in it. */
    HistoryPage yearPage(int year) {
        String path = yearPath(year);
        Formats formats = pieces.formats();
        Layout layout = pieces.layout(path, formats.text("history.year", Integer.toString(year)),
                formats.text("history.year.description", pieces.config().title(), Integer.toString(year)), false);
        List<MonthGroup> months = new ArrayList<>();
        int count = 0;
        for (Map.Entry<YearMonth, List<Incident>> e : byMonth.entrySet()) {
            if (e.getKey().getYear() == year) {
                months.add(group(e.getKey(), e.getValue(), layout.root()));
                count += e.getValue().size();
            }
        }
        return new HistoryPage(layout, formats.text("history.year", Year.of(year).toString()),
                formats.count(count, "history.total"), months,
                yearLinks(layout.root(), year), layout.root() + PATH);
    }

    private MonthGroup group(YearMonth month, List<Incident> incidents, String root) {
        List<IncidentCard> cards = new ArrayList<>(incidents.size());
        for (Incident incident : incidents) {
            cards.add(pieces.card(incident, false, root));
        }
        return new MonthGroup(pieces.formats().month(month), cards);
    }

    private List<NavItem> yearLinks(String root, int current) {
        return years().stream().map(y -> new NavItem(Integer.toString(y), root + yearPath(y), y == current)).toList();
    }
}
