package dev.sitrep.site.html;

import java.util.Objects;

/** A measured duration or rate with how it is computed, its target (empty when none), and whether it met it. */
public record Figure(String label, String formula, String value, String target, Verdict verdict) {

    public Figure {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(verdict, "verdict");
    }
}
