package dev.sitrep.model;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The site configuration, {@code sitrep.yaml}. */
public record SiteConfig(String title, String baseUrl, ZoneId timezone, List<Component> components,
                         List<Severity> severities, PostmortemPolicy postmortem, ActionItemPolicy actionItems,
                         Positions positions) {

    public SiteConfig {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(timezone, "timezone");
        components = List.copyOf(components);
        severities = List.copyOf(severities);
        Objects.requireNonNull(postmortem, "postmortem");
        Objects.requireNonNull(actionItems, "actionItems");
        Objects.requireNonNull(positions, "positions");
    }

    public Optional<Component> component(String id) {
        return components.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<Severity> severity(String id) {
        return severities.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The groups in the order of their first use; components without a group come under the empty name. */
    public List<String> groups() {
        return components.stream().map(c -> c.group().orElse("")).distinct().toList();
    }
}
