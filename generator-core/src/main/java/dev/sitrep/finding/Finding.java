package dev.sitrep.finding;

import dev.sitrep.model.Location;

import java.util.Comparator;
import java.util.Objects;

/** One problem in the input: a level, the rule it breaks, where, and a message that says how to fix it. */
public record Finding(Level level, Rule rule, Location location, String message) implements Comparable<Finding> {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::location)
            .thenComparing(Finding::level)
            .thenComparing(Finding::rule)
            .thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    public boolean isError() {
        return level == Level.ERROR;
    }

    /** Whether this is an error in a file that cannot be understood, which keeps a site from being built. */
    public boolean isDataError() {
        return isError() && rule.kind() == Rule.Kind.DATA;
    }

    /** The finding as a compiler prints it: {@code path:line:col: error: message}. */
    public String format() {
        return location + ": " + level.id() + ": " + message;
    }

    /** The same finding at another level (pull-request mode demotes policy errors). */
    public Finding withLevel(Level other) {
        return new Finding(other, rule, location, message);
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return format();
    }
}
