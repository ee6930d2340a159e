package dev.sitrep.author;

/**
 * A request the authoring tools refuse because of what the user asked for or what the files hold: an unknown
 * incident, a bad option, a file that would not pass the check. The message says what is wrong and how to fix it;
 * it is meant to be shown to people as it is, without a stack trace.
 */
public class AuthoringException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AuthoringException(String message) {
        super(message);
    }
}
