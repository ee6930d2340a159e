package dev.sitrep.site;

import java.util.Arrays;
import java.util.Objects;

/**
 * One file of the generated site.
 *
 * @param path    relative to the output directory, with {@code /}, never absolute and never containing {@code ..}
 * @param content the exact bytes to write
 */
public record OutputFile(String path, byte[] content) {

    public OutputFile {
        checkPath(path);
        Objects.requireNonNull(content, "content");
    }

    /**
     * Refuses a path that is not relative and inside the site.
     *
     * @throws IllegalArgumentException when it is absolute, empty, has {@code \\}, {@code //}, {@code .} or {@code ..}
     */
    public static void checkPath(String path) {
        Objects.requireNonNull(path, "path");
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || Arrays.asList(path.split("/")).contains("..")
                || Arrays.asList(path.split("/")).contains(".") || path.contains("//")) {
            throw new IllegalArgumentException("output path must be relative and inside the site: " + path);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OutputFile other && path.equals(other.path) && Arrays.equals(content, other.content);
    }

    @Override
    public int hashCode() {
        return 31 * path.hashCode() + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return path + " (" + content.length + " bytes)";
    }
}
