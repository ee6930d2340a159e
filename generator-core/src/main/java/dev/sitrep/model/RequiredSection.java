package dev.sitrep.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** A level-2 heading every postmortem must have, under its name or one of its aliases (case-insensitive). */
public record RequiredSection(String name, List<String> aliases) {

    public RequiredSection {
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
    }

    /** The default template sections of the contract. */
    public static List<RequiredSection> defaults() {
        return List.of(
                new RequiredSection("Summary", List.of("Incident Summary", "TL;DR")),
                new RequiredSection("Timeline", List.of()),
                new RequiredSection("Root Cause", List.of("Root Causes", "Root Cause Analysis", "Contributing Factors")),
                new RequiredSection("Impact", List.of()),
                new RequiredSection("Action Items", List.of("Corrective Actions", "Follow-ups")));
    }

    /** Whether a heading's text names this section. Surrounding space and case do not matter. */
    public boolean matches(String heading) {
        String h = normalise(heading);
        if (h.equals(normalise(name))) {
            return true;
        }
        for (String alias : aliases) {
            if (h.equals(normalise(alias))) {
                return true;
            }
        }
        return false;
    }

    /** Runs of white space, compiled once: every heading of every postmortem is normalised. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static String normalise(String s) {
        return SPACES.matcher(s.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
