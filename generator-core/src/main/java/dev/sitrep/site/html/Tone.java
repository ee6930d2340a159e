package dev.sitrep.site.html;

import dev.sitrep.metrics.Indicator;
import dev.sitrep.model.ActionStatus;
import dev.sitrep.model.ComponentImpact;
import dev.sitrep.model.Impact;

/**
 * The colour and icon of a badge, a status word or an uptime day. A tone only adds colour and an icon; the text beside
 * it always says the same thing. Templates write its class as {@code tone-${tone.cssClass}} and choose its icon with
 * {@code tone.ok}, {@code tone.minor}, and so on.
 */
public enum Tone {
    OK("ok"), MINOR("minor"), MAJOR("major"), CRITICAL("critical"), MAINTENANCE("maintenance"), NEUTRAL("neutral");

    private final String cssClass;

    Tone(String cssClass) {
        this.cssClass = cssClass;
    }

    /** The stylesheet's word for this tone: {@code tone-ok}, {@code day-critical}, ... */
    public String cssClass() {
        return cssClass;
    }

    public boolean ok() {
        return this == OK;
    }

    public boolean minor() {
        return this == MINOR;
    }

    public boolean major() {
        return this == MAJOR;
    }

    public boolean critical() {
        return this == CRITICAL;
    }

    public boolean maintenance() {
        return this == MAINTENANCE;
    }

    public boolean neutral() {
        return this == NEUTRAL;
    }

    /** The tone of an incident's impact: none is neutral. */
    static Tone of(Impact impact) {
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

    /** The tone of an incident's impact on one component. */
    static Tone of(ComponentImpact impact) {
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

    /** The tone of the page's or a component's status: none (operational) is ok. */
    static Tone of(Indicator indicator) {
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

    /** The tone of an action item's status: overdue is major, done is ok, anything else neutral. */
    static Tone of(ActionStatus status, boolean overdue) {
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
