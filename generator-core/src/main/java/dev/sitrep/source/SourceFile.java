package dev.sitrep.source;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One file of the source tree, with its size and time as the walk found them (a regular file, not a link), so that
 * reading it does not ask the file system again.
 *
 * @param path          where it is on disk
 * @param display       the path shown in findings (relative to the project directory, with {@code /})
 * @param kind          what it holds
 * @param size          its size in bytes when the tree was walked
 * @param modifiedNanos its modification time when the tree was walked, in nanoseconds since the epoch
 */
public record SourceFile(Path path, String display, SourceKind kind, long size, long modifiedNanos) {

    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(kind, "kind");
    }

    /** The name of the folder the file is in: an incident's id. */
    public String folderName() {
        return path.getParent().getFileName().toString();
    }

    /** The file name without its extension: a maintenance's id. */
    public String baseName() {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
