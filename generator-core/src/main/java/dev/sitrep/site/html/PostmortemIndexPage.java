package dev.sitrep.site.html;

import java.util.List;
import java.util.Objects;

/**
 * The postmortem index, {@code postmortems/index.html}: every published postmortem, newest first by publication, and,
 * when {@code taxonomy} (a contributing-factor taxonomy is declared), each one's factors and the count of postmortems
 * per factor over three windows.
 */
public record PostmortemIndexPage(Layout layout, String total, boolean taxonomy, List<PostmortemIndexRow> postmortems,
                                  List<FactorCountRow> factorCounts, Stamp last90DaysFrom, Stamp last12MonthsFrom) {

    public PostmortemIndexPage {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(total, "total");
        postmortems = List.copyOf(postmortems);
        factorCounts = List.copyOf(factorCounts);
        Objects.requireNonNull(last90DaysFrom, "last90DaysFrom");
        Objects.requireNonNull(last12MonthsFrom, "last12MonthsFrom");
    }
}
