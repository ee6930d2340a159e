package dev.sitrep.site.html;

import java.util.List;
import java.util.Objects;

/** The incident history, {@code history/index.html}: every incident, newest first, by month in the site time zone. */
public record HistoryPage(Layout layout, String total, List<MonthGroup> months) {

    public HistoryPage {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(total, "total");
        months = List.copyOf(months);
    }
}
