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

    /**
     * Takes one file like {@link #stream(String, Content)}, with {@code key}, a hash of everything its bytes are made
     * from: the next build can then {@link #keep} the file instead of rendering it again. This default forgets the key.
     */
    default void stream(String path, String key, Content content) {
        stream(path, content);
    }

    /**
     * Keeps the file the previous build published at {@code path}, when that build gave it the same {@code key}
     * (and so the same bytes): then this build writes nothing for it. Returns false when the file must be rendered;
     * this default always does.
     */
    default boolean keep(String path, String key) {
        return false;
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
