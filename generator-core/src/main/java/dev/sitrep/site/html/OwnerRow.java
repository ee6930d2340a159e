package dev.sitrep.site.html;

import java.util.Objects;

/** How many action items one owner has in each state. */
public record OwnerRow(String owner, int open, int overdue, int done, int wontDo, int total) {

    public OwnerRow {
        Objects.requireNonNull(owner, "owner");
    }
}
