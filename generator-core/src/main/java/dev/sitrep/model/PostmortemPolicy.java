package dev.sitrep.model;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** When postmortems are due and what they must contain. */
public record PostmortemPolicy(Duration dueWithin, List<RequiredSection> requiredSections) {

    public PostmortemPolicy {
        Objects.requireNonNull(dueWithin, "dueWithin");
        requiredSections = List.copyOf(requiredSections);
    }

    public static PostmortemPolicy defaults() {
        return new PostmortemPolicy(Duration.ofHours(48), RequiredSection.defaults());
    }
}
