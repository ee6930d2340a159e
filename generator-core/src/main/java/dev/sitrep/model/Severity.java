package dev.sitrep.model;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One level of the severity scheme, with the response targets of the procedures. */
public record Severity(String id, String name, Impact impact, Optional<Duration> acknowledgeWithin,
                       Optional<Duration> resolveWithin, Optional<Duration> updateEvery, boolean postmortemRequired) {

    public Severity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(acknowledgeWithin, "acknowledgeWithin");
        Objects.requireNonNull(resolveWithin, "resolveWithin");
        Objects.requireNonNull(updateEvery, "updateEvery");
    }

    /** The default P0..P3 scheme of the contract. */
    public static List<Severity> defaults() {
        return List.of(
                new Severity("P0", "Critical", Impact.CRITICAL, Optional.of(Duration.ofMinutes(5)),
                        Optional.of(Duration.ofHours(1)), Optional.of(Duration.ofMinutes(30)), true),
                new Severity("P1", "High", Impact.MAJOR, Optional.of(Duration.ofMinutes(15)),
                        Optional.of(Duration.ofHours(4)), Optional.of(Duration.ofHours(1)), true),
                new Severity("P2", "Medium", Impact.MINOR, Optional.of(Duration.ofHours(1)),
                        Optional.of(Duration.ofHours(24)), Optional.empty(), false),
                new Severity("P3", "Low", Impact.NONE, Optional.of(Duration.ofHours(24)),
                        Optional.empty(), Optional.empty(), false));
    }
}
