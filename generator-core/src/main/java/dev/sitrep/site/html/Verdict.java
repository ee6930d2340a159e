package dev.sitrep.site.html;

import java.time.Duration;
import java.util.Optional;

/** Whether a figure met its target; {@link #NONE} when it has no target or no value. Templates test {@code met} and {@code missed}. */
public enum Verdict {
    NONE, MET, MISSED;

    public boolean met() {
        return this == MET;
    }

    public boolean missed() {
        return this == MISSED;
    }

    /** {@link #MET} or {@link #MISSED}. */
    static Verdict of(boolean met) {
        return met ? MET : MISSED;
    }

    /** Whether {@code value} is within {@code target}; {@link #NONE} when either is absent. */
    static Verdict of(Optional<Duration> value, Optional<Duration> target) {
        return value.isPresent() && target.isPresent() ? of(value.get().compareTo(target.get()) <= 0) : NONE;
    }
}
