package dev.sitrep.source;

/** What a source file holds. */
public enum SourceKind {
    CONFIG, INCIDENT, POSTMORTEM, MAINTENANCE
}
