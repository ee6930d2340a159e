package dev.sitrep.templating;

import dev.sitrep.SitrepException;

import java.util.Optional;

/**
 * A template that could not be parsed or failed while rendering a page, with where: the template's name below the
 * templates folder, whether it is the repository's own (else sitrep's built-in one), the line and column, and the
 * problem in FreeMarker's words on one line. {@code check} turns it into a finding at the repository's file.
 */
public final class TemplateFailure extends SitrepException {

    private static final long serialVersionUID = 1L;

    private final String template;
    private final boolean users;
    private final int line;
    private final int column;
    private final String problem;

    /**
     * @param message  the whole message, with the template's path, line and column in front
     * @param template the template's name below the templates folder ({@code index.ftlh})
     * @param users    whether the repository's {@code templates/} folder holds it (else it is sitrep's own)
     * @param problem  what is wrong, from "the template cannot be parsed: " or "the template failed: " on
     */
    public TemplateFailure(String message, String template, boolean users, int line, int column, String problem,
                           Throwable cause) {
        super(message, cause);
        this.template = template;
        this.users = users;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    /** The template's name below the templates folder, when FreeMarker said which one. */
    public Optional<String> template() {
        return Optional.ofNullable(template);
    }

    /** Whether the template is the repository's own, in its {@code templates/} folder. */
    public boolean isUsers() {
        return users;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** What is wrong, one line, without the place. */
    public String problem() {
        return problem;
    }
}
