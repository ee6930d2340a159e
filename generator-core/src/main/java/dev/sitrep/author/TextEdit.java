package dev.sitrep.author;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Line edits on a text, applied from the bottom up so that the line numbers of all edits refer to the original text.
 * Lines are 1-based; {@link #insertAfter} with line 0 inserts at the top.
 */
final class TextEdit {

    private record Edit(int line, int order, Kind kind, List<String> lines) {
    }

    private enum Kind { REPLACE, DELETE, INSERT_AFTER }

    private final List<Edit> edits = new ArrayList<>();

    void insertAfter(int line, List<String> lines) {
        edits.add(new Edit(line, edits.size(), Kind.INSERT_AFTER, List.copyOf(lines)));
    }

    void replace(int line, String text) {
        edits.add(new Edit(line, edits.size(), Kind.REPLACE, List.of(text)));
    }

    void delete(int line) {
        edits.add(new Edit(line, edits.size(), Kind.DELETE, List.of()));
    }

    /**
     * Applies the edits to {@code text} (with {@code \n} line ends). A text that ends without a line break gets one
     * when lines are inserted after its last line.
     */
    String apply(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        boolean endsWithBreak = text.endsWith("\n");
        int contentLines = endsWithBreak ? lines.size() - 1 : lines.size();
        boolean appendsAtEnd = false;
        List<Edit> ordered = new ArrayList<>(edits);
        ordered.sort(Comparator.comparingInt(Edit::line).thenComparingInt(Edit::order).reversed());
        for (Edit e : ordered) {
            if (e.line < 0 || e.line > contentLines || (e.kind != Kind.INSERT_AFTER && e.line == 0)) {
                throw new IllegalArgumentException("no line " + e.line + " to edit");
            }
            switch (e.kind) {
                case REPLACE -> lines.set(e.line - 1, e.lines.get(0));
                case DELETE -> lines.remove(e.line - 1);
                case INSERT_AFTER -> {
                    lines.addAll(e.line, e.lines);
                    appendsAtEnd |= e.line == contentLines && !endsWithBreak;
                }
            }
        }
        String out = String.join("\n", lines);
        return appendsAtEnd ? out + "\n" : out;
    }
}
