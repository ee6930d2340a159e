package dev.sitrep.git;

import java.util.List;
import java.util.Optional;

/**
 * What the publication witness learnt from git objects before: a commit and a blob never change, so what they gave
 * need not be worked out again (the build cache keeps it between runs). Without it every build walks the trees of
 * every commit, about a millisecond each. Implementations are safe to call from many threads.
 */
public interface HistoryMemo {

    /** Remembers nothing. */
    HistoryMemo NONE = new HistoryMemo() {
        @Override
        public Optional<List<String>> touched(String key) {
            return Optional.empty();
        }

        @Override
        public void touched(String key, List<String> files) {
        }

        @Override
        public Optional<Boolean> published(String key) {
            return Optional.empty();
        }

        @Override
        public void published(String key, boolean published) {
        }
    };

    /**
     * The files a commit adds or changes, each as its blob's id followed by its path, under {@code key} (the
     * commit and the file names looked for).
     */
    Optional<List<String>> touched(String key);

    /** Keeps the files a commit adds or changes. */
    void touched(String key, List<String> files);

    /** Whether the blob under {@code key} is a published postmortem, if known. */
    Optional<Boolean> published(String key);

    /** Keeps whether a blob is a published postmortem. */
    void published(String key, boolean published);
}
