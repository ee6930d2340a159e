package dev.sitrep.site.html;

import dev.sitrep.metrics.MonthlyTrend;
import dev.sitrep.metrics.Quarter;
import dev.sitrep.metrics.QuarterFactors;
import dev.sitrep.metrics.UptimeMonth;
import dev.sitrep.model.Factor;
import dev.sitrep.model.Severity;
import dev.sitrep.site.TextWidth;

import java.time.Duration;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Lays out the charts of the pages as {@link Chart} records: incidents per month stacked by severity, MTTR per month,
 * incidents per contributing factor by quarter, and a component's uptime per month. Pure geometry on a fixed 640 x 240
 * canvas that the stylesheet scales to the page width; no JavaScript and no chart library.
 */
final class Charts {

    /** The most recent months a chart shows; the table below it lists every month. */
    static final int MAX_MONTHS = 24;

    /** The most recent quarters a chart shows; the table below it lists every quarter. */
    static final int MAX_QUARTERS = 12;

    /** How many colours the factor charts have ({@code factor-0} ... {@code factor-7}); more factors repeat them. */
    static final int FACTOR_COLOURS = 8;

    private static final double WIDTH = 640;
    private static final double HEIGHT = 240;
    /** The least room left of the plot for the value labels; wider when a label needs it. */
    private static final double LEFT = 44;
    private static final double RIGHT = 10;
    private static final double TOP = 12;
    private static final double BOTTOM = 30;
    private static final double PLOT_H = HEIGHT - TOP - BOTTOM;
    /** The labels' font size, as the stylesheet sets it ({@code .chart text}). */
    private static final double FONT = 11;
    /** Between a value label and the plot. */
    private static final double GAP = 8;
    /** The least space between two labels under the bars. */
    private static final double LABEL_SPACE = 4;
    /** How many months or quarters apart the labels under the bars may be, fewest first. */
    private static final int[] LABEL_EVERY = {1, 2, 3, 4, 6, 12};

    private static final long[] COUNT_STEPS = {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000};
    private static final Duration[] DURATION_STEPS = {
        Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(5), Duration.ofMinutes(10),
        Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(3),
        Duration.ofHours(6), Duration.ofHours(12), Duration.ofDays(1), Duration.ofDays(2), Duration.ofDays(7),
        Duration.ofDays(14), Duration.ofDays(30)};

    /** Where the uptime chart's scale may start, highest first. */
    private static final double[] UPTIME_FLOORS = {99.9, 99, 95, 90, 50, 0};

    private final Formats formats;
    private final Function<Severity, String> severityNames;

    /** Charts in the words of {@code formats}, with each severity called by {@code severityNames}. */
    Charts(Formats formats, Function<Severity, String> severityNames) {
        this.formats = formats;
        this.severityNames = severityNames;
    }

    /** The last {@link #MAX_MONTHS} months of {@code trends}. */
    static List<MonthlyTrend> recent(List<MonthlyTrend> trends) {
        return trends.subList(Math.max(0, trends.size() - MAX_MONTHS), trends.size());
    }

    /** Incidents per month, each bar stacked by severity in configuration order (the first at the bottom). */
    Chart incidentsPerMonth(List<MonthlyTrend> all, List<Severity> severities) {
        List<MonthlyTrend> months = recent(all);
        List<YearMonth> names = months.stream().map(MonthlyTrend::month).toList();
        long max = months.stream().mapToLong(MonthlyTrend::total).max().orElse(0);
        Axis axis = countAxis(max);
        double left = axis.left();
        List<Chart.Line> lines = new ArrayList<>();
        List<Chart.Label> labels = new ArrayList<>();
        axis.draw(left, lines, labels);
        long top = (long) axis.top();
        List<Chart.Rect> rects = new ArrayList<>();
        double slot = slot(left, months.size());
        double barW = Math.min(36, slot * 0.62);
        for (int i = 0; i < months.size(); i++) {
            MonthlyTrend m = months.get(i);
            double x = left + i * slot + (slot - barW) / 2;
            long below = 0;
            for (int s = 0; s < m.counts().size(); s++) {
                int count = m.counts().get(s).count();
                if (count == 0) {
                    continue;
                }
                double yTop = y(below + count, top);
                double yBottom = y(below, top);
                String severity = m.counts().get(s).severityId();
                String name = s < severities.size() ? severityName(severities.get(s)) : severity;
                rects.add(new Chart.Rect(n(x), n(yTop), n(barW), n(yBottom - yTop), "sev-" + Math.min(s, 6),
                        formats.count(count, "chart.rect", formats.month(m.month()).display(), name)));
                below += count;
            }
        }
        monthLabels(labels, names, left, slot);
        List<Chart.LegendItem> legend = new ArrayList<>();
        for (int s = 0; s < severities.size(); s++) {
            legend.add(new Chart.LegendItem(severityName(severities.get(s)), "sev-" + Math.min(s, 6)));
        }
        long total = months.stream().mapToLong(MonthlyTrend::total).sum();
        String label = formats.text("chart.incidents.label", formats.count(total, "chart.incidents"),
                formats.count(months.size(), "chart.months"));
        return new Chart(label, n(WIDTH), n(HEIGHT), lines, rects, labels, "", List.of(), legend);
    }

    /**
     * Incidents per contributing factor by quarter, the last {@link #MAX_QUARTERS} quarters: each bar stacked by factor
     * in taxonomy order (the first at the bottom). An incident that names two factors is in both segments, so a bar
     * can be taller than the quarter's incidents; the tooltips and the table say the counts.
     */
    Chart factorsPerQuarter(List<QuarterFactors> all, List<Factor> factors) {
        List<QuarterFactors> quarters = all.subList(Math.max(0, all.size() - MAX_QUARTERS), all.size());
        long max = quarters.stream().mapToLong(q -> q.counts().stream().mapToLong(Integer::longValue).sum()).max()
                .orElse(0);
        Axis axis = countAxis(max);
        double left = axis.left();
        List<Chart.Line> lines = new ArrayList<>();
        List<Chart.Label> labels = new ArrayList<>();
        axis.draw(left, lines, labels);
        long top = (long) axis.top();
        List<Chart.Rect> rects = new ArrayList<>();
        double slot = slot(left, quarters.size());
        double barW = Math.min(36, slot * 0.62);
        for (int i = 0; i < quarters.size(); i++) {
            QuarterFactors q = quarters.get(i);
            double x = left + i * slot + (slot - barW) / 2;
            long below = 0;
            for (int f = 0; f < q.counts().size() && f < factors.size(); f++) {
                int count = q.counts().get(f);
                if (count == 0) {
                    continue;
                }
                double yTop = y(below + count, top);
                double yBottom = y(below, top);
                rects.add(new Chart.Rect(n(x), n(yTop), n(barW), n(yBottom - yTop), factorClass(f),
                        formats.count(count, "chart.rect", formats.quarter(q.quarter()), factors.get(f).name())));
                below += count;
            }
        }
        quarterLabels(labels, quarters.stream().map(QuarterFactors::quarter).toList(), left, slot);
        List<Chart.LegendItem> legend = new ArrayList<>();
        for (int f = 0; f < factors.size(); f++) {
            legend.add(new Chart.LegendItem(factors.get(f).name(), factorClass(f)));
        }
        long incidents = quarters.stream().mapToLong(QuarterFactors::incidents).sum();
        String label = formats.text("chart.factors.label", formats.count(incidents, "chart.incidents"),
                formats.count(quarters.size(), "chart.quarters"));
        return new Chart(label, n(WIDTH), n(HEIGHT), lines, rects, labels, "", List.of(), legend);
    }

    private static String factorClass(int index) {
        return "factor-" + index % FACTOR_COLOURS;
    }

    /** Mean time to resolve per month; months without a resolved incident break the line. */
    Chart mttrPerMonth(List<MonthlyTrend> all) {
        List<MonthlyTrend> months = recent(all);
        List<YearMonth> names = months.stream().map(MonthlyTrend::month).toList();
        Duration max = months.stream().flatMap(m -> m.mttr().stream()).max(Duration::compareTo).orElse(Duration.ZERO);
        Duration step = durationStep(max);
        long steps = Math.max(1, (max.getSeconds() + step.getSeconds() - 1) / step.getSeconds());
        double top = steps * (double) step.getSeconds();
        List<Tick> ticks = new ArrayList<>();
        for (long i = 0; i <= steps; i++) {
            ticks.add(new Tick(i * step.getSeconds(), i == 0 ? "0" : formats.duration(step.multipliedBy(i))));
        }
        Axis axis = new Axis(top, ticks);
        double left = axis.left();
        List<Chart.Line> lines = new ArrayList<>();
        List<Chart.Label> labels = new ArrayList<>();
        axis.draw(left, lines, labels);
        StringBuilder path = new StringBuilder();
        List<Chart.Dot> dots = new ArrayList<>();
        double slot = slot(left, months.size());
        boolean drawing = false;
        for (int i = 0; i < months.size(); i++) {
            MonthlyTrend m = months.get(i);
            double x = left + i * slot + slot / 2;
            if (m.mttr().isPresent()) {
                double y = TOP + PLOT_H - PLOT_H * m.mttr().get().getSeconds() / top;
                path.append(path.length() == 0 ? "" : " ").append(drawing ? "L" : "M")
                        .append(n(x)).append(' ').append(n(y));
                dots.add(new Chart.Dot(n(x), n(y), formats.text("chart.mttr.dot", formats.month(m.month()).display(),
                        formats.duration(m.mttr().get()), formats.count(m.resolved(), "metrics.resolved"))));
                drawing = true;
            } else {
                drawing = false;
            }
        }
        monthLabels(labels, names, left, slot);
        String label = formats.text("chart.mttr.label", formats.count(months.size(), "chart.months"));
        return new Chart(label, n(WIDTH), n(HEIGHT), lines, List.of(), labels, path.toString(), dots,
                List.of(new Chart.LegendItem(formats.text("chart.mttr.legend"), "line-swatch")));
    }

    /**
     * A component's uptime per calendar month, a bar per month from the bottom of a scale that starts at the lowest
     * of 99.9, 99, 95, 90, 50 and 0 percent below every month's uptime, so that small differences show.
     */
    Chart uptimeByMonth(String componentName, List<UptimeMonth> months) {
        double lowest = months.stream().mapToDouble(UptimeMonth::uptimePercent).min().orElse(100);
        double floor = 0;
        for (double f : UPTIME_FLOORS) {
            if (lowest >= f) {
                floor = f;
                break;
            }
        }
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            double value = floor + (100 - floor) * i / 4;
            // the quarter lines' values (99.975%) would not fit beside the axis
            ticks.add(new Tick(i, i == 0 || i == 4 ? formats.text("number.percent", formats.decimal(value)) : null));
        }
        Axis axis = new Axis(4, ticks);
        double left = axis.left();
        List<Chart.Line> lines = new ArrayList<>();
        List<Chart.Label> labels = new ArrayList<>();
        axis.draw(left, lines, labels);
        List<Chart.Rect> rects = new ArrayList<>();
        List<YearMonth> names = months.stream().map(UptimeMonth::month).toList();
        double slot = slot(left, months.size());
        double barW = Math.min(36, slot * 0.62);
        for (int i = 0; i < months.size(); i++) {
            UptimeMonth m = months.get(i);
            double height = PLOT_H * (m.uptimePercent() - floor) / (100 - floor);
            double x = left + i * slot + (slot - barW) / 2;
            rects.add(new Chart.Rect(n(x), n(TOP + PLOT_H - height), n(barW), n(height), "month-" + tone(m),
                    formats.text("chart.uptime.rect", formats.month(m.month()).display(),
                            formats.uptime(m.uptimePercent()),
                            formats.count(m.incidentIds().size(), "chart.incidents"))));
        }
        monthLabels(labels, names, left, slot);
        String label = formats.text("chart.uptime.label", componentName, formats.count(months.size(), "chart.months"),
                formats.text("number.percent", formats.decimal(floor)));
        return new Chart(label, n(WIDTH), n(HEIGHT), lines, rects, labels, "", List.of(), List.of());
    }

    /** The tone of a month's bar, by the same downtime share as the uptime bar's days. */
    private static String tone(UptimeMonth month) {
        double percent = month.uptimePercent();
        if (percent >= 99.9) {
            return month.incidentIds().isEmpty() || percent >= 100 ? "ok" : "minor";
        }
        return percent >= 99 ? "major" : "critical";
    }

    /**
     * The labels under a month's bars: every month when they fit, else every second, third, ... month counted back
     * from the latest, which always has its label; the year beside each January, and beside the first labelled month
     * when no January is labelled near it.
     */
    private void monthLabels(List<Chart.Label> labels, List<YearMonth> months, double left, double slot) {
        xLabels(labels, left, slot, months.size(), months.size() > 12 ? 2 : 1, (i, every) -> {
            YearMonth month = months.get(i);
            String text = formats.monthShort(month);
            int first = (months.size() - 1) % every;
            boolean januaryNear = false;
            for (int j = first; j < Math.min(months.size(), first + 3 * every); j += every) {
                januaryNear |= months.get(j).getMonth() == Month.JANUARY;
            }
            return month.getMonth() == Month.JANUARY || (i == first && !januaryNear)
                    ? text + " " + month.getYear() : text;
        });
    }

    /** The labels under a quarter's bars: the year beside each first quarter and the first labelled quarter. */
    private void quarterLabels(List<Chart.Label> labels, List<Quarter> quarters, double left, double slot) {
        xLabels(labels, left, slot, quarters.size(), 1, (i, every) -> {
            Quarter quarter = quarters.get(i);
            return quarter.quarter() == 1 || i == (quarters.size() - 1) % every ? formats.quarter(quarter)
                    : formats.text("date.quarter.short", Integer.toString(quarter.quarter()));
        });
    }

    /** The text under bar {@code i} when every {@code every}-th bar is labelled. */
    private interface XText {
        String text(int i, int every);
    }

    /**
     * Labels under {@code count} bars, every {@code every}-th counted back from the last, with the fewest bars between
     * them (at least {@code least}) at which no label runs into the next or off the canvas, as {@link TextWidth}
     * measures them: long month names of a language get fewer labels, never overlapping ones.
     */
    private static void xLabels(List<Chart.Label> labels, double left, double slot, int count, int least,
                                XText texts) {
        int chosen = LABEL_EVERY[LABEL_EVERY.length - 1];
        for (int every : LABEL_EVERY) {
            if (every >= least && xLabelsFit(left, slot, count, every, texts)) {
                chosen = every;
                break;
            }
        }
        for (int i = (count - 1) % chosen; i < count; i += chosen) {
            labels.add(new Chart.Label(n(left + i * slot + slot / 2), n(HEIGHT - BOTTOM + 18),
                    texts.text(i, chosen), "middle"));
        }
    }

    private static boolean xLabelsFit(double left, double slot, int count, int every, XText texts) {
        double previousRight = 0;
        for (int i = (count - 1) % every; i < count; i += every) {
            double centre = left + i * slot + slot / 2;
            double half = TextWidth.pixels(texts.text(i, every), FONT) / 2;
            if (centre - half < previousRight || centre + half > WIDTH) {
                return false;
            }
            previousRight = centre + half + LABEL_SPACE;
        }
        return true;
    }

    /** The width of the plot's columns for {@code count} months or quarters. */
    private static double slot(double left, int count) {
        double plot = WIDTH - left - RIGHT;
        return count == 0 ? plot : plot / count;
    }

    /** A value on the vertical axis, with its label or null for an unlabelled grid line. */
    private record Tick(double value, String text) {
    }

    /** A vertical axis from 0 to {@code top}: its grid lines and the labels left of them. */
    private record Axis(double top, List<Tick> ticks) {

        /** Where the plot starts: {@link #LEFT}, or further right when the widest label needs it. */
        double left() {
            double widest = ticks.stream().filter(t -> t.text() != null)
                    .mapToDouble(t -> TextWidth.pixels(t.text(), FONT)).max().orElse(0);
            return Math.max(LEFT, Math.ceil(widest) + GAP + 2);
        }

        void draw(double left, List<Chart.Line> lines, List<Chart.Label> labels) {
            for (int i = 0; i < ticks.size(); i++) {
                Tick tick = ticks.get(i);
                double y = TOP + PLOT_H - PLOT_H * tick.value() / top;
                lines.add(new Chart.Line(n(left), n(y), n(WIDTH - RIGHT), n(y), i == 0 ? "axis" : "grid"));
                if (tick.text() != null) {
                    labels.add(new Chart.Label(n(left - GAP), n(y + 4), tick.text(), "end"));
                }
            }
        }
    }

    /** A count axis up to at least {@code max}, in round steps. */
    private static Axis countAxis(long max) {
        long step = step(max);
        long top = Math.max(step, ceilTo(max, step));
        List<Tick> ticks = new ArrayList<>();
        for (long v = 0; v <= top; v += step) {
            ticks.add(new Tick(v, Long.toString(v)));
        }
        return new Axis(top, ticks);
    }

    private String severityName(Severity severity) {
        return formats.text("severity.label", severity.id(), severityNames.apply(severity));
    }

    private static double y(long value, long top) {
        return TOP + PLOT_H - PLOT_H * value / (double) top;
    }

    private static long step(long max) {
        for (long s : COUNT_STEPS) {
            if (max <= s * 5) {
                return s;
            }
        }
        return ceilTo(max / 5, 10_000);
    }

    private static Duration durationStep(Duration max) {
        for (Duration s : DURATION_STEPS) {
            if (max.compareTo(s.multipliedBy(5)) <= 0) {
                return s;
            }
        }
        return Duration.ofDays((max.toDays() / 5) + 1);
    }

    private static long ceilTo(long value, long step) {
        return (value + step - 1) / step * step;
    }

    private static String n(double v) {
        return Formats.number(v);
    }
}
