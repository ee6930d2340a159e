package dev.sitrep.site.html;

import java.util.Objects;

/**
 * A status or severity label with its tone, the CSS word for its colour and icon ({@code ok}, {@code minor}, {@code
 * major}, {@code critical}, {@code maintenance}, {@code neutral}). The label always carries the meaning; the tone only
 * adds colour.
 */
public record Badge(String label, String tone) {

    public Badge {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(tone, "tone");
    }
}
