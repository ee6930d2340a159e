package dev.sitrep.site.html;

import java.util.List;
import java.util.Objects;

/**
 * An SVG chart, fully laid out: every coordinate is computed by {@link Charts} and written as a plain number, so the
 * template only draws what it is given. {@code label} is the chart's text alternative; the data is also on the page as
 * a table.
 *
 * @param path     the SVG path of a line series ({@code M x y L x y}; a month without data breaks the line), empty
 *                 for a bar chart
 */
public record Chart(String label, String width, String height, List<Line> lines, List<Rect> rects,
                    List<Label> labels, String path, List<Dot> dots, List<LegendItem> legend) {

    public Chart {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(width, "width");
        Objects.requireNonNull(height, "height");
        lines = List.copyOf(lines);
        rects = List.copyOf(rects);
        labels = List.copyOf(labels);
        Objects.requireNonNull(path, "path");
        dots = List.copyOf(dots);
        legend = List.copyOf(legend);
    }

    /** A straight line: grid, axis. {@code cls} is its CSS class. */
    public record Line(String x1, String y1, String x2, String y2, String cls) {
        public Line {
            Objects.requireNonNull(x1, "x1");
            Objects.requireNonNull(y1, "y1");
            Objects.requireNonNull(x2, "x2");
            Objects.requireNonNull(y2, "y2");
            Objects.requireNonNull(cls, "cls");
        }
    }

    /** A bar or a bar segment with its tooltip. */
    public record Rect(String x, String y, String width, String height, String cls, String title) {
        public Rect {
            Objects.requireNonNull(x, "x");
            Objects.requireNonNull(y, "y");
            Objects.requireNonNull(width, "width");
            Objects.requireNonNull(height, "height");
            Objects.requireNonNull(cls, "cls");
            Objects.requireNonNull(title, "title");
        }
    }

    /** A text label; {@code anchor} is {@code start}, {@code middle} or {@code end}. */
    public record Label(String x, String y, String text, String anchor) {
        public Label {
            Objects.requireNonNull(x, "x");
            Objects.requireNonNull(y, "y");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(anchor, "anchor");
        }
    }

    /** A point of a line series with its tooltip. */
    public record Dot(String cx, String cy, String title) {
        public Dot {
            Objects.requireNonNull(cx, "cx");
            Objects.requireNonNull(cy, "cy");
            Objects.requireNonNull(title, "title");
        }
    }

    /** An entry of the chart's legend: its label and the CSS class of its swatch. */
    public record LegendItem(String label, String cls) {
        public LegendItem {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(cls, "cls");
        }
    }
}
