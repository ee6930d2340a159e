package dev.sitrep.site.html;

import java.util.Objects;

/** A status or severity label with its tone (colour and icon). The label always carries the meaning. */
public record Badge(String label, Tone tone) {

    public Badge {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(tone, "tone");
    }
}
