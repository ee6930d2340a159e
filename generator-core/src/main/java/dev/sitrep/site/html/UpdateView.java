package dev.sitrep.site.html;

import java.util.List;
import java.util.Objects;

/** One status update of an incident or maintenance. */
public record UpdateView(Badge status, Stamp at, List<Segment> message) {

    public UpdateView {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
        message = List.copyOf(message);
    }
}
