package dev.sitrep.parse;

import dev.sitrep.finding.Finding;
import dev.sitrep.source.SourceKind;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the parse stage read from a file before, by the file's kind, name and bytes: reading a file is a function of
 * those alone, so an unchanged file need not be parsed again (the build cache keeps them between runs).
 * Implementations are safe to call from many threads.
 */
public interface ParseMemo {

    /** Remembers nothing: every file is parsed. */
    ParseMemo NONE = (kind, display, bytes) -> new Reading() {
        @Override
        public Optional<Parsed> recall() {
            return Optional.empty();
        }

        @Override
        public void remember(Parsed parsed) {
        }
    };

    /**
     * What reading the file gave the last time it had this size and modification time, when the memo can be sure
     * it has not changed since without reading it (as git's index does: only a file that had not been written for
     * a while when it was read is trusted by its size and time); empty when it must be read.
     */
    default Optional<Parsed> recallUnchanged(SourceKind kind, String display, long size, long modifiedNanos) {
        return Optional.empty();
    }

    /** The file {@code display} of {@code kind}, read as {@code bytes}: what the memo knows of it by them. */
    Reading reading(SourceKind kind, String display, byte[] bytes);

    /** One file as read, known to the memo by its kind, name and bytes (worked out once per reading). */
    interface Reading {

        /** What reading these bytes as this file gave before, if known. */
        Optional<Parsed> recall();

        /** Keeps what reading these bytes as this file gave. */
        void remember(Parsed parsed);

        /** Notes that the file, read at {@code readMillis}, had these bytes with this size and modification time. */
        default void stat(long size, long modifiedNanos, long readMillis) {
        }
    }

    /**
     * What reading one file gave: its model record (the configuration, an incident, a postmortem or a maintenance),
     * if it could be read, and its findings.
     */
    record Parsed(Optional<Object> value, List<Finding> findings) {

        public Parsed {
            Objects.requireNonNull(value, "value");
            findings = List.copyOf(findings);
        }
    }
}
