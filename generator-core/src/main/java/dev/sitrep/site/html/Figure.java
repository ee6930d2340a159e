package dev.sitrep.site.html;

import java.util.Objects;

/**
 * A measured duration or rate with how it is computed and its target; {@code verdict} is {@code met}, {@code missed} or
 * empty (no target or no value).
 */
public record Figure(String label, String formula, String value, String target, String verdict) {

    public Figure {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(verdict, "verdict");
    }
}
