package dev.sitrep.site.badge;

import dev.sitrep.i18n.Strings;
import dev.sitrep.metrics.ComponentStatus;
import dev.sitrep.metrics.Indicator;

import java.text.DecimalFormatSymbols;
import java.util.Objects;

/**
 * What one badge says: a label (what), a message (its state) and the message's colour. Both texts are as the badge
 * draws them: line breaks and tabs are spaces, and characters that XML 1.0 cannot hold are left out.
 *
 * <p>The words are the JSON API's, so that a badge never says something else than {@code api/v2}: the overall
 * message is {@code status.description} and a component's message is its {@code status}, both in lower case as
 * shields.io badges write their messages ({@code all systems operational}, {@code partial outage}).
 */
record Badge(String label, String message, BadgeColour colour) {

    Badge {
        label = drawable(Objects.requireNonNull(label, "label"));
        message = drawable(Objects.requireNonNull(message, "message"));
        Objects.requireNonNull(colour, "colour");
    }

    /**
     * The badge of the page's overall status, short and lower case as shields.io labels are:
     * {@code status | partial system outage}.
     */
    static Badge overall(Indicator indicator, Strings strings) {
        return new Badge(strings.text("badge.label.status"), strings.text("badge.message.indicator." + indicator.id()),
                BadgeColour.of(indicator));
    }

    /** The badge of a component's status, labelled with its name: {@code Public API | major outage}. */
    static Badge component(String name, ComponentStatus status, Strings strings) {
        return new Badge(name, strings.text("badge.message.status." + status.id()), BadgeColour.of(status.indicator()));
    }

    /** The badge of a component's 90-day uptime: {@code Public API uptime | 99.95%}. */
    static Badge uptime(String name, double percent, Strings strings) {
        long hundredths = uptimeHundredths(percent);
        String number = String.format(strings.locale(), "%d%s%02d", hundredths / 100,
                DecimalFormatSymbols.getInstance(strings.locale()).getDecimalSeparator(), hundredths % 100);
        return new Badge(strings.format("badge.label.uptime", name), strings.format("number.percent", number),
                BadgeColour.ofUptime(hundredths));
    }

    /**
     * An uptime in whole hundredths of a percent, rounded down so that a loss never shows as 100.00%: the status
     * page's format ({@code Formats.uptime} of the HTML pages, which this part may not use; {@code BadgesTest} holds
     * the two to the same text).
     */
    static long uptimeHundredths(double percent) {
        return (long) Math.floor(percent * 100);
    }

    /** {@code label: message}, the badge's accessible name and title. */
    String text() {
        return label + ": " + message;
    }

    /** {@code text} with tabs and line breaks as spaces and without the characters XML 1.0 cannot hold. */
    static String drawable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == 0x9 || cp == 0xA || cp == 0xD) {
                out.append(' ');
            } else if ((cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000) {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }
}
