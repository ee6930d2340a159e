package dev.sitrep.site.html;

import java.util.List;
import java.util.Objects;

/**
 * A page of the incident history: {@code history/index.html} (the most recent months) or {@code history/<yyyy>/}
 * (one year); incidents newest first, by month in the site time zone.
 *
 * @param heading the page's heading: {@code Incident history}, {@code Incidents in 2026}
 * @param total   what the page lists: {@code 31 incidents}, or which part of all of them
 * @param years   every year that has incidents, newest first, the page's own marked current
 * @param recent  the link to the main history page from a year page; empty on the main page
 */
public record HistoryPage(Layout layout, String heading, String total, List<MonthGroup> months, List<NavItem> years,
                          String recent) {

    public HistoryPage {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(total, "total");
        months = List.copyOf(months);
        years = List.copyOf(years);
        Objects.requireNonNull(recent, "recent");
    }
}
