package dev.sitrep.model;

import java.time.Duration;
import java.util.Objects;

/** The success criterion for action items: done within {@code completeWithin} of the postmortem's publication. */
public record ActionItemPolicy(Duration completeWithin, double targetCompletionRate) {

    public ActionItemPolicy {
        Objects.requireNonNull(completeWithin, "completeWithin");
        if (targetCompletionRate < 0 || targetCompletionRate > 1) {
            throw new IllegalArgumentException("targetCompletionRate must be within 0..1: " + targetCompletionRate);
        }
    }

    public static ActionItemPolicy defaults() {
        return new ActionItemPolicy(Duration.ofDays(30), 0.9);
    }
}
