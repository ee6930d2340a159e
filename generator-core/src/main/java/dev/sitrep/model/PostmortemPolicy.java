package dev.sitrep.model;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When postmortems are due, what they must contain, and the team's contributing-factor taxonomy.
 *
 * @param factors      the taxonomy, in configuration order; empty when none is declared (then no factor rule applies)
 * @param repeatWithin how far back the repeat-incident rule looks for an earlier incident
 */
public record PostmortemPolicy(Duration dueWithin, List<RequiredSection> requiredSections, List<Factor> factors,
                               Duration repeatWithin) {

    /** The default window of the repeat-incident rule. */
    public static final Duration DEFAULT_REPEAT_WITHIN = Duration.ofDays(90);

    public PostmortemPolicy {
        Objects.requireNonNull(dueWithin, "dueWithin");
        requiredSections = List.copyOf(requiredSections);
        factors = List.copyOf(factors);
        Objects.requireNonNull(repeatWithin, "repeatWithin");
    }

    /** A policy without a taxonomy. */
    public PostmortemPolicy(Duration dueWithin, List<RequiredSection> requiredSections) {
        this(dueWithin, requiredSections, List.of(), DEFAULT_REPEAT_WITHIN);
    }

    public static PostmortemPolicy defaults() {
        return new PostmortemPolicy(Duration.ofHours(48), RequiredSection.defaults());
    }

    /** Whether a contributing-factor taxonomy is declared: only then do the factor rules apply. */
    public boolean hasTaxonomy() {
        return !factors.isEmpty();
    }

    /** The factor with this id, if the taxonomy declares it. */
    public Optional<Factor> factor(String id) {
        return factors.stream().filter(f -> f.id().equals(id)).findFirst();
    }
}
