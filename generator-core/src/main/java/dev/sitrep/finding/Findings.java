package dev.sitrep.finding;

import dev.sitrep.model.Location;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the findings of one run. Safe to share between threads; {@link #sorted()} gives a
 * deterministic order whatever the order of collection.
 */
public final class Findings {

    private final List<Finding> all = new ArrayList<>();

    public synchronized void add(Finding finding) {
        all.add(finding);
    }

    public synchronized void addAll(List<Finding> findings) {
        all.addAll(findings);
    }

    public void error(Rule rule, Location location, String message) {
        add(new Finding(Level.ERROR, rule, location, message));
    }

    public void warning(Rule rule, Location location, String message) {
        add(new Finding(Level.WARNING, rule, location, message));
    }

    /** The findings by file, line, column, level, rule and message, without exact repeats. */
    public synchronized List<Finding> sorted() {
        return all.stream().distinct().sorted().toList();
    }

    public synchronized boolean hasErrors() {
        return all.stream().anyMatch(Finding::isError);
    }
}
