package dev.sitrep.finding;

/**
 * Every rule sitrep checks, with a stable id (used in SARIF reports and documentation).
 *
 * <p>A {@link Kind#DATA} rule means the files cannot be understood or break the format: it fails both goals.
 * A {@link Kind#POLICY} rule comes from the procedures and the clock: deadlines, targets and cadence.
 */
public enum Rule {
    SYNTAX("SR001", "syntax", Kind.DATA, "The file is not valid UTF-8, YAML or front matter, is empty, or is too large."),
    UNKNOWN_KEY("SR002", "unknown-key", Kind.DATA, "A key that the format does not define."),
    MISSING_KEY("SR003", "missing-key", Kind.DATA, "A required key is absent."),
    INVALID_VALUE("SR004", "invalid-value", Kind.DATA, "A value of the wrong type, out of range, or not one of the allowed words."),
    INVALID_ID("SR005", "invalid-id", Kind.DATA, "An id that does not match [a-z0-9][a-z0-9-]*."),
    DUPLICATE_ID("SR006", "duplicate-id", Kind.DATA, "An id used twice in the repository."),
    UNKNOWN_REFERENCE("SR007", "unknown-reference", Kind.DATA,
            "A component, severity or contributing factor that sitrep.yaml does not define, or a related incident that "
                    + "the repository does not have."),
    CHRONOLOGY("SR008", "chronology", Kind.DATA, "Times out of order: started, detected, acknowledged, mitigated, resolved, updates."),
    RESOLUTION("SR009", "resolution", Kind.DATA, "The resolved time and the last update disagree."),
    MISSING_SECTION("SR010", "missing-section", Kind.DATA, "A postmortem lacks a required section."),
    EMPTY_SECTION("SR011", "empty-section", Kind.DATA, "A required postmortem section has no content."),
    STRAY_FILE("SR012", "stray-file", Kind.DATA, "A file in the source tree that sitrep cannot place."),
    MARKDOWN_LIMIT("SR013", "markdown-limit", Kind.DATA,
            "A postmortem body beyond what sitrep renders: too large, nested too deep, a table or a block too big."),
    STRINGS("SR014", "strings", Kind.DATA,
            "A language without strings, a broken message in a strings file (errors), or a string that a language "
                    + "lacks or that sitrep does not have (warnings)."),
    TEMPLATE("SR015", "template", Kind.DATA,
            "A template in templates/ that FreeMarker cannot parse, so that generate could not render with it."),
    POSTMORTEM_OVERDUE("SR101", "postmortem-overdue", Kind.POLICY, "A required postmortem is not published by its due time."),
    POSTMORTEM_LATE("SR102", "postmortem-late", Kind.POLICY, "A postmortem was published after its due time."),
    ACKNOWLEDGE_TARGET("SR103", "acknowledge-target", Kind.POLICY, "Acknowledged later than the severity's target."),
    RESOLVE_TARGET("SR104", "resolve-target", Kind.POLICY, "Resolved (or still open) later than the severity's target."),
    UPDATE_CADENCE("SR105", "update-cadence", Kind.POLICY, "A gap between status updates longer than the severity's cadence."),
    ACTION_ITEM_OVERDUE("SR106", "action-item-overdue", Kind.POLICY, "An action item not done after its due date."),
    FUTURE_TIME("SR107", "future-time", Kind.POLICY, "A time later than the clock (sitrep.now)."),
    PUBLICATION_WITNESS("SR108", "publication-witness", Kind.POLICY,
            "A postmortem says it was published earlier than the commit in which git first records it as published."),
    REPEAT_INCIDENT("SR109", "repeat-incident", Kind.POLICY,
            "An incident repeats an earlier one (same contributing factor, a shared component, within repeatWithin) "
                    + "that its related list does not name.");

    /** Whether a rule is about the data or about the process. */
    public enum Kind { DATA, POLICY }

    private final String code;
    private final String id;
    private final Kind kind;
    private final String description;

    Rule(String code, String id, Kind kind, String description) {
        this.code = code;
        this.id = id;
        this.kind = kind;
        this.description = description;
    }

    /** The stable short code, e.g. {@code SR008}. */
    public String code() {
        return code;
    }

    /** The stable readable id, e.g. {@code chronology}. */
    public String id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public String description() {
        return description;
    }
}
