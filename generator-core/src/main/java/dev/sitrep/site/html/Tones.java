package dev.sitrep.site.html;

import dev.sitrep.model.ActionStatus;
import dev.sitrep.model.ComponentImpact;
import dev.sitrep.model.Impact;

/**
 * The tone words of the stylesheet ({@code ok}, {@code minor}, {@code major}, {@code critical}, {@code maintenance},
 * {@code neutral}) for each vocabulary of the model. A tone only picks a colour and an icon; a text label always
 * says the same thing.
 */
final class Tones {

    static final String OK = "ok";
    static final String MINOR = "minor";
    static final String MAJOR = "major";
    static final String CRITICAL = "critical";
    static final String MAINTENANCE = "maintenance";
    static final String NEUTRAL = "neutral";

    private Tones() {
    }

    static String of(Impact impact) {
        switch (impact) {
            case CRITICAL:
                return CRITICAL;
            case MAJOR:
                return MAJOR;
            case MINOR:
                return MINOR;
            case NONE:
                return NEUTRAL;
            default:
                throw new IllegalArgumentException("unknown impact " + impact);
        }
    }

    static String of(ComponentImpact impact) {
        switch (impact) {
            case MAJOR_OUTAGE:
                return CRITICAL;
            case PARTIAL_OUTAGE:
                return MAJOR;
            case DEGRADED_PERFORMANCE:
                return MINOR;
            default:
                throw new IllegalArgumentException("unknown impact " + impact);
        }
    }

    static String of(ActionStatus status, boolean overdue) {
        if (overdue) {
            return MAJOR;
        }
        switch (status) {
            case DONE:
                return OK;
            case WONT_DO:
            case OPEN:
            case IN_PROGRESS:
                return NEUTRAL;
            default:
                throw new IllegalArgumentException("unknown status " + status);
        }
    }
}
