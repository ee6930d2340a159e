package dev.sitrep.model;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The site configuration, {@code sitrep.yaml}.
 *
 * @param language the language of the site, a well-formed BCP 47 tag as written ({@code en}, {@code pt-BR})
 */
public record SiteConfig(String title, String baseUrl, ZoneId timezone, String language, List<Component> components,
                         List<Severity> severities, PostmortemPolicy postmortem, ActionItemPolicy actionItems,
                         Positions positions) {

    /** The language of a site whose {@code sitrep.yaml} does not say. */
    public static final String DEFAULT_LANGUAGE = "en";

    public SiteConfig {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(timezone, "timezone");
        Objects.requireNonNull(language, "language");
        components = List.copyOf(components);
        severities = List.copyOf(severities);
        Objects.requireNonNull(postmortem, "postmortem");
        Objects.requireNonNull(actionItems, "actionItems");
        Objects.requireNonNull(positions, "positions");
    }

    /** A configuration in English, the default {@code language}. */
    public SiteConfig(String title, String baseUrl, ZoneId timezone, List<Component> components,
                      List<Severity> severities, PostmortemPolicy postmortem, ActionItemPolicy actionItems,
                      Positions positions) {
        this(title, baseUrl, timezone, DEFAULT_LANGUAGE, components, severities, postmortem, actionItems, positions);
    }

    /** The same configuration in another language. */
    public SiteConfig withLanguage(String language) {
        return new SiteConfig(title, baseUrl, timezone, language, components, severities, postmortem, actionItems,
                positions);
    }

    // loops, not streams: these are asked for every incident on every page that shows one

    public Optional<Component> component(String id) {
        for (Component component : components) {
            if (component.id().equals(id)) {
                return Optional.of(component);
            }
        }
        return Optional.empty();
    }

    public Optional<Severity> severity(String id) {
        for (Severity severity : severities) {
            if (severity.id().equals(id)) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }

    /** The groups in the order of their first use; components without a group come under the empty name. */
    public List<String> groups() {
        return components.stream().map(c -> c.group().orElse("")).distinct().toList();
    }
}
