package dev.sitrep.worker;

/**
 * An unexpected failure (a bug, or the JVM running out of memory) in a worker JVM, seen from the host: it prints as
 * the worker's exception did, and its cause carries the worker's stack trace as text.
 */
public final class WorkerFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String description;

    WorkerFailure(String description, String workerTrace) {
        super(description, new StackTrace(workerTrace));
        this.description = description;
    }

    /** The worker's exception as it printed itself, e.g. {@code java.lang.NullPointerException: ...}. */
    @Override
    public String toString() {
        return description;
    }

    /** The worker's stack trace, as text; it has no frames of its own. */
    static final class StackTrace extends RuntimeException {

        private static final long serialVersionUID = 1L;

        StackTrace(String trace) {
            super("in the worker JVM:\n" + trace, null, false, false);
        }
    }
}
