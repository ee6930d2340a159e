package dev.sitrep.site.badge;

import dev.sitrep.metrics.Indicator;

/**
 * The colour of a badge's value: the tones of the site's stylesheet (its light scheme, the colours of status words
 * and icons), so that a badge looks like the status it links to. White text on each of them, and on the grey of the
 * label, has a contrast ratio of at least 4.5:1 (WCAG AA for normal text); the brighter shields.io colours (its green
 * {@code #4c1} is 2.1:1) do not.
 */
enum BadgeColour {
    /** Operational; uptime of at least 99.9%. Contrast with white 5.1:1. */
    OK("#1a7f37"),
    /** Degraded performance, a minor outage; uptime of at least 99%. 5.8:1. */
    MINOR("#8a5c00"),
    /** Partial outage; uptime of at least 95%. 5.0:1. */
    MAJOR("#bc4c00"),
    /** Major outage; uptime below 95%. 5.5:1. */
    CRITICAL("#c9252e"),
    /** Under maintenance. 6.9:1. */
    MAINTENANCE("#0757b8");

    /** The background of every label: the stylesheet's neutral grey. 6.1:1. */
    static final String LABEL = "#59636e";

    /** The colour of all badge text. */
    static final String TEXT = "#fff";

    private final String hex;

    BadgeColour(String hex) {
        this.hex = hex;
    }

    /** The colour as {@code #rrggbb}, for SVG and for shields.io. */
    String hex() {
        return hex;
    }

    /** The colour of the page's or a component's status, as the status page colours it. */
    static BadgeColour of(Indicator indicator) {
        switch (indicator) {
            case NONE:
                return OK;
            case MINOR:
                return MINOR;
            case MAJOR:
                return MAJOR;
            case CRITICAL:
                return CRITICAL;
            case MAINTENANCE:
                return MAINTENANCE;
            default:
                throw new IllegalArgumentException("unknown indicator " + indicator);
        }
    }

    /**
     * The colour of an uptime as shown, in hundredths of a percent (9995 for 99.95%): at least 99.9% is ok, at least
     * 99% minor, at least 95% major, less critical.
     */
    static BadgeColour ofUptime(long hundredthsOfPercent) {
        if (hundredthsOfPercent >= 9990) {
            return OK;
        }
        if (hundredthsOfPercent >= 9900) {
            return MINOR;
        }
        return hundredthsOfPercent >= 9500 ? MAJOR : CRITICAL;
    }
}
