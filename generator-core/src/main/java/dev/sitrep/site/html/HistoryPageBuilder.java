package dev.sitrep.site.html;

import dev.sitrep.model.Incident;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds the {@link HistoryPage}, {@code history/index.html}: every incident, newest first, by month. */
final class HistoryPageBuilder {

    static final String PATH = "history/index.html";

    private final PagePieces pieces;

    HistoryPageBuilder(PagePieces pieces) {
        this.pieces = pieces;
    }

    HistoryPage page() {
        Layout layout = pieces.layout(PATH, "Incident history",
                "Every incident of " + pieces.config().title() + ", newest first.");
        Map<YearMonth, List<IncidentCard>> byMonth = new TreeMap<>(Comparator.reverseOrder());
        for (Incident incident : pieces.newestFirst()) {
            YearMonth month = YearMonth.from(pieces.formats().localDate(incident.detected()));
            byMonth.computeIfAbsent(month, m -> new ArrayList<>()).add(pieces.card(incident, false, layout.root()));
        }
        List<MonthGroup> months = new ArrayList<>();
        byMonth.forEach((m, cards) -> months.add(new MonthGroup(pieces.formats().month(m), cards)));
        return new HistoryPage(layout, Formats.count(pieces.newestFirst().size(), "incident"), months);
    }
}
