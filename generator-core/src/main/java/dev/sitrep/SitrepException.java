package dev.sitrep;

/** A failure that is not the input's fault: I/O, a broken template, a full disk. */
public class SitrepException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SitrepException(String message, Throwable cause) {
        super(message, cause);
    }

    public SitrepException(String message) {
        super(message);
    }
}
