package dev.sitrep.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where the parts of a site put their files as soon as each is rendered, so that a site of a hundred thousand pages is
 * never held in memory at once. Implementations are safe for concurrent use: parts render on several threads.
 */
@FunctionalInterface
public interface SiteSink {

    /** Takes one finished file. Each path is given at most once per site. */
    void put(OutputFile file);

    /**
     * Takes one file whose bytes {@code content} writes, so that a large page (the history of a hundred thousand
     * incidents is over a hundred megabytes) can go straight to its file instead of through memory. This default
     * collects the bytes and calls {@link #put}; the site writer streams them to disk.
     *
     * @param path as for {@link OutputFile#path()}
     */
    default void stream(String path, Content content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            content.writeTo(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        put(new OutputFile(path, bytes.toByteArray()));
    }

    /** Every file {@code site} hands to the sink it is given, in memory and sorted by path: for tests and small sites. */
    static List<OutputFile> collect(Consumer<SiteSink> site) {
        List<OutputFile> files = new ArrayList<>();
        site.accept(file -> {
            synchronized (files) {
                files.add(file);
            }
        });
        files.sort(Comparator.comparing(OutputFile::path));
        return List.copyOf(files);
    }

    /** Writes the bytes of one file. */
    @FunctionalInterface
    interface Content {
        /** Writes the whole content to {@code out}, which the caller closes. */
        void writeTo(OutputStream out) throws IOException;
    }
}
