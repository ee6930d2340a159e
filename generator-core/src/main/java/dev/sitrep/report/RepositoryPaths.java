package dev.sitrep.report;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the project directory lies in its repository, so that reports for tools that resolve paths from the
 * repository root (GitHub annotations, code scanning) can turn a finding's path into one they understand.
 *
 * <p>A finding's path is relative to the project directory ({@code incidents/2026/x/incident.yaml}). When the
 * project is the repository root, the two are the same ({@link #PROJECT_IS_ROOT}); when the project lives in
 * {@code status/}, the report writes {@code status/incidents/2026/x/incident.yaml}.
 *
 * @param projectDirectory the project directory relative to the repository root, with {@code /}; empty when
 *                         the project directory is the root
 */
public record RepositoryPaths(String projectDirectory) {

    /** The usual layout: the project directory is the repository root. */
    public static final RepositoryPaths PROJECT_IS_ROOT = new RepositoryPaths("");

    private static final Pattern WINDOWS_ABSOLUTE = Pattern.compile("^[A-Za-z]:/.*");

    public RepositoryPaths {
        Objects.requireNonNull(projectDirectory, "projectDirectory");
        if (!projectDirectory.isEmpty()) {
            for (String segment : projectDirectory.split("/", -1)) {
                if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || segment.contains("\\")) {
                    throw new IllegalArgumentException("not a normalised relative path: '" + projectDirectory + "'");
                }
            }
        }
    }

    /**
     * The layout of {@code projectDirectory} inside {@code repositoryRoot}; {@link #PROJECT_IS_ROOT} when the
     * project is not inside it (then paths relative to the project are the best guess).
     */
    public static RepositoryPaths of(Path repositoryRoot, Path projectDirectory) {
        Path root = repositoryRoot.toAbsolutePath().normalize();
        Path project = projectDirectory.toAbsolutePath().normalize();
        if (!project.startsWith(root)) {
            return PROJECT_IS_ROOT;
        }
        return new RepositoryPaths(root.relativize(project).toString().replace('\\', '/'));
    }

    /**
     * A finding's path (relative to the project directory) relative to the repository root, with {@code /};
     * empty when the path is absolute, because it then lies outside the project.
     */
    public Optional<String> fromRoot(String file) {
        if (isAbsolute(file)) {
            return Optional.empty();
        }
        if (projectDirectory.isEmpty()) {
            return Optional.of(file);
        }
        return Optional.of(file.equals(".") ? projectDirectory : projectDirectory + "/" + file);
    }

    /** Whether a finding's path is absolute (outside the project directory). */
    static boolean isAbsolute(String file) {
        return file.startsWith("/") || WINDOWS_ABSOLUTE.matcher(file).matches();
    }
}
