package dev.sitrep;

import dev.sitrep.model.ActionItem;
import dev.sitrep.model.Factor;
import dev.sitrep.model.Incident;
import dev.sitrep.model.Positions;
import dev.sitrep.model.Postmortem;
import dev.sitrep.model.PostmortemPolicy;
import dev.sitrep.model.PostmortemStatus;
import dev.sitrep.model.SiteConfig;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Model records for the contributing factors and related incidents, beside {@link Fixture}: a configuration with a
 * taxonomy, postmortems that name factors, incidents that list related ones.
 */
public final class FactorFixture {

    /** The taxonomy of the tests: deploy (with a description), config, capacity. */
    public static final List<Factor> FACTORS = List.of(
            new Factor("deploy", "Deployment", Optional.of("A change rolled out to production")),
            new Factor("config", "Configuration change", Optional.empty()),
            new Factor("capacity", "Capacity", Optional.empty()));

    private FactorFixture() {
    }

    /** {@code config} with {@code factors} as its taxonomy and the default 90-day repeat window. */
    public static SiteConfig withTaxonomy(SiteConfig config, List<Factor> factors) {
        PostmortemPolicy p = config.postmortem();
        return new SiteConfig(config.title(), config.baseUrl(), config.timezone(), config.components(),
                config.severities(), new PostmortemPolicy(p.dueWithin(), p.requiredSections(), factors,
                PostmortemPolicy.DEFAULT_REPEAT_WITHIN), config.actionItems(), config.positions());
    }

    /** A postmortem published at {@code published} (a draft when null) that names {@code factors}. */
    public static Postmortem postmortem(String published, List<String> factors, ActionItem... items) {
        return new Postmortem("pm.md", List.of("Dana"), published == null ? PostmortemStatus.DRAFT
                : PostmortemStatus.PUBLISHED, Optional.ofNullable(published).map(Instant::parse), factors,
                Arrays.asList(items), "## Summary\n\nText.\n", 5, List.of(), Positions.none("pm.md"));
    }

    /** {@code incident} listing {@code related} in its {@code related}. */
    public static Incident related(Incident incident, String... related) {
        return new Incident(incident.id(), incident.file(), incident.title(), incident.severity(),
                incident.components(), incident.commander(), List.of(related), incident.started(), incident.detected(),
                incident.acknowledged(), incident.mitigated(), incident.resolved(), incident.updates(),
                incident.postmortem(), incident.positions());
    }
}
