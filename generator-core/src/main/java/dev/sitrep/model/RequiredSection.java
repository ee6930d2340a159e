package dev.sitrep.model;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

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
        return names().contains(normalise(heading));
    }

    /**
     * The name and the aliases as {@link #normalise} gives them: a heading names this section when its normalised
     * text is one of these. A check of many headings computes them once.
     */
    public Set<String> names() {
        Set<String> names = new HashSet<>();
        names.add(normalise(name));
        for (String alias : aliases) {
            names.add(normalise(alias));
        }
        return names;
    }

    /** A heading's text without surrounding space, runs of white space ({@code \s+}) as one space, lower case. */
    public static String normalise(String s) {
        String t = s.strip();
        StringBuilder out = null;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (isSpace(c) && (c != ' ' || i + 1 < t.length() && isSpace(t.charAt(i + 1)))) {
                // a run to collapse: anything but a single ' '
                if (out == null) {
                    out = new StringBuilder(t.length()).append(t, 0, i);
                }
                out.append(' ');
                while (i + 1 < t.length() && isSpace(t.charAt(i + 1))) {
                    i++;
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return (out == null ? t : out.toString()).toLowerCase(Locale.ROOT);
    }

    /** The characters of the regular expression {@code \s}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
