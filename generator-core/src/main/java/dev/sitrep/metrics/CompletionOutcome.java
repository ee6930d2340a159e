package dev.sitrep.metrics;

/** How an action item counts for the completion rate (done within {@code completeWithin} of publication). */
public enum CompletionOutcome {
    /** Done on or before the last day of its window. */
    WITHIN,
    /** Done after its window, or still pending after it. */
    MISSED,
    /** Still pending and its window has not ended: it counts neither way yet. */
    UNDECIDED,
    /** Won't do: left out of the rate. */
    EXCLUDED
}
