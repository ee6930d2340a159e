package dev.sitrep.worker;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a run does: read and check the source tree, or also write the site. */
public enum Goal {
    CHECK, GENERATE;

    /** The goal's name as on the command line: {@code check}, {@code generate}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The goal named {@code id}, if there is one. */
    public static Optional<Goal> of(String id) {
        return Arrays.stream(values()).filter(g -> g.id().equals(id)).findFirst();
    }
}
