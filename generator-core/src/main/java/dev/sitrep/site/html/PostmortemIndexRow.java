package dev.sitrep.site.html;

import java.util.List;
import java.util.Objects;

/** A published postmortem in the postmortem index. */
public record PostmortemIndexRow(String incidentTitle, String incidentHref, Badge severity, Stamp published,
                                 List<ComponentLink> components, List<FactorView> factors, Badge timeliness,
                                 String actionItems) {

    public PostmortemIndexRow {
        Objects.requireNonNull(incidentTitle, "incidentTitle");
        Objects.requireNonNull(incidentHref, "incidentHref");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(published, "published");
        components = List.copyOf(components);
        factors = List.copyOf(factors);
        Objects.requireNonNull(timeliness, "timeliness");
        Objects.requireNonNull(actionItems, "actionItems");
    }
}
