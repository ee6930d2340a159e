package dev.sitrep.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;

/** A calendar quarter: Q1 is January to March, Q4 October to December. */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

    private static final Comparator<Quarter> ORDER = Comparator.comparingInt(Quarter::year)
            .thenComparingInt(Quarter::quarter);

    public Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("a quarter is 1 to 4: " + quarter);
        }
    }

    /** The quarter of a date. */
    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    /** The quarter of an instant in {@code zone}. */
    public static Quarter of(Instant instant, ZoneId zone) {
        return of(LocalDate.ofInstant(instant, zone));
    }

    /** The quarter after this one. */
    public Quarter next() {
        return quarter == 4 ? new Quarter(year + 1, 1) : new Quarter(year, quarter + 1);
    }

    /** Its first day: 1 January, 1 April, 1 July or 1 October. */
    public LocalDate firstDay() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    @Override
    public int compareTo(Quarter other) {
        return ORDER.compare(this, other);
    }
}
