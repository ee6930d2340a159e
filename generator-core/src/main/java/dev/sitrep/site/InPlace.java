package dev.sitrep.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;

/**
 * Publishes a new site over the previous one by replacing only the files that changed: a rebuild after one edit
 * touches a few dozen files instead of deleting and re-creating ten thousand folders.
 *
 * <p>Every file is rendered into a staging folder beside the output ({@code .<name>.sitrep-tmp-*}) and compared with
 * the published one; a file whose bytes are the same is dropped, and so is a file the previous build published from
 * the same inputs ({@link SiteSink#keep}), which is not even rendered. Then, under a journal
 * ({@code .<name>.sitrep-journal}, beside the output), each changed file is renamed into place, a link to the file it
 * replaces kept in a backup folder ({@code .<name>.sitrep-bak-*}); stale files move into the backup folder; the
 * manifest is replaced last, and deleting the journal commits the site. A failure at any point before that puts every
 * file back from the backup, so the previous site stands as it was; a run that dies leaves the journal, and the next
 * run puts the previous site back before it does anything else. Each file is replaced by an atomic rename, so a reader
 * never sees a half-written file.
 *
 * <p>Used only over a site that sitrep wrote (one with a manifest). When most files changed, or a path of the new
 * site clashes with a folder or file of the old one, the staging folder is completed into the whole new site and
 * swapped in, as {@link SiteWriter} does for a first build.
 */
final class InPlace {

    private static final String JOURNAL = ".sitrep-journal";
    private static final String BACKUP_INFIX = ".sitrep-bak-";
    private static final String STAGING_INFIX = ".sitrep-tmp-";
    private static final String MANIFEST_OP = "M";

    private InPlace() {
    }

    /**
     * Publishes the site that {@code site} hands over in place in {@code out}; swapped in whole when most of it
     * changed or when it cannot be laid over the old one (a folder where a file now goes).
     */
    static SiteWriter.Written update(Path out, Path parent, String name, Consumer<SiteSink> site)
            throws IOException {
        Map<String, String> previous = SiteWriter.readKeys(out);
        Path staging = SiteWriter.createSibling(parent, "." + name + STAGING_INFIX);
        Staging sink = new Staging(out, staging, previous);
        try {
            try {
                site.accept(sink);
            } catch (UncheckedIOException e) {
                SiteWriter.checkFolders(sink.keys.keySet()); // a path clash makes a confusing I/O error
                throw e;
            }
            sink.close();
            Set<String> paths = sink.keys.keySet();
            SiteWriter.checkFolders(paths);
            List<String> changed = sink.changed.stream().sorted().toList();
            List<String> stale = previous.keySet().stream().filter(path -> !paths.contains(path)).sorted().toList();
            byte[] manifest = SiteWriter.manifest(paths, sink.keys);
            if ((changed.size() + stale.size()) * 2 > paths.size() || !fits(out, changed, stale)) {
                // most of the site changed (a new sitrep, a changed template): one new tree swapped in costs less
                // than renaming each file into place with its backup; and a change of shape needs a new tree
                swapWhole(out, parent, name, staging, paths, new HashSet<>(changed), manifest);
                return new SiteWriter.Written(paths.size(), sink.bytes.sum(), paths.size());
            }
            boolean manifestChanged = !Arrays.equals(manifest,
                    Files.readAllBytes(out.resolve(SiteWriter.MANIFEST)));
            if (!changed.isEmpty() || !stale.isEmpty() || manifestChanged) {
                Files.write(staging.resolve(SiteWriter.MANIFEST), manifest);
                apply(out, parent, name, staging, changed, stale);
            }
            return new SiteWriter.Written(paths.size(), sink.bytes.sum(), changed.size() + stale.size());
        } finally {
            sink.close();
            SiteWriter.deleteTree(staging);
        }
    }

    /**
     * Completes the staging folder into the whole new site (each file that did not change linked from the published
     * site, each file sitrep did not write carried over) and swaps it in.
     */
    private static void swapWhole(Path out, Path parent, String name, Path staging, Set<String> paths,
                                  Set<String> changed, byte[] manifest) throws IOException {
        Set<Path> folders = new HashSet<>();
        for (String path : paths) {
            if (changed.contains(path)) {
                continue;
            }
            Path target = staging.resolve(path);
            if (folders.add(target.getParent())) {
                Files.createDirectories(target.getParent());
            }
            if (!SiteWriter.link(out.resolve(path), target)) {
                Files.copy(out.resolve(path), target, LinkOption.NOFOLLOW_LINKS, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        SiteWriter.copyPermissions(out, staging);
        SiteWriter.carryOver(out, staging, paths);
        Files.write(staging.resolve(SiteWriter.MANIFEST), manifest);
        SiteWriter.swap(parent, name, out, staging);
    }

    /** Whether every changed file can be renamed into place: no folder stands at its path, no file at a folder's. */
    private static boolean fits(Path out, List<String> changed, List<String> stale) {
        Set<String> leaving = new HashSet<>(stale);
        for (String path : changed) {
            Path target = out.resolve(path);
            if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            for (Path folder = target.getParent(); !folder.equals(out); folder = folder.getParent()) {
                if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(folder,
                        LinkOption.NOFOLLOW_LINKS)) {
                    return false; // even a stale file there: the swap handles such a change of shape
                }
            }
            if (Files.isSymbolicLink(target) && !leaving.contains(path)) {
                return false;
            }
        }
        return true;
    }

    /** Renames the changed files into place and the stale ones out, under the journal; undoes all on a failure. */
    private static void apply(Path out, Path parent, String name, Path staging, List<String> changed,
                              List<String> stale) throws IOException {
        Path backup = SiteWriter.createSibling(parent, "." + name + BACKUP_INFIX);
        List<String> ops = new ArrayList<>();
        for (String path : changed) {
            ops.add((Files.exists(out.resolve(path), LinkOption.NOFOLLOW_LINKS) ? "R " : "C ") + path);
        }
        for (String path : stale) {
            ops.add("D " + path);
        }
        ops.add(MANIFEST_OP + " " + SiteWriter.MANIFEST);
        Path journal = parent.resolve("." + name + JOURNAL);
        Path journalTmp = parent.resolve("." + name + JOURNAL + ".tmp");
        Files.write(journalTmp, (backup.getFileName() + "\n" + staging.getFileName() + "\n" + String.join("\n", ops)
                + "\n").getBytes(StandardCharsets.UTF_8));
        Files.move(journalTmp, journal, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        List<String> done = new ArrayList<>();
        try {
            for (String op : ops) {
                String path = op.substring(2);
                Path target = out.resolve(path);
                switch (op.substring(0, 1)) {
                    case "R", MANIFEST_OP -> {
                        Path saved = backup.resolve(path);
                        Files.createDirectories(saved.getParent());
                        if (!SiteWriter.link(target, saved)) {
                            Files.copy(target, saved, LinkOption.NOFOLLOW_LINKS, StandardCopyOption.COPY_ATTRIBUTES);
                        }
                        done.add(op);
                        Files.move(staging.resolve(path), target, StandardCopyOption.ATOMIC_MOVE,
                                StandardCopyOption.REPLACE_EXISTING);
                    }
                    case "C" -> {
                        Files.createDirectories(target.getParent());
                        done.add(op);
                        Files.move(staging.resolve(path), target, StandardCopyOption.ATOMIC_MOVE);
                    }
                    case "D" -> {
                        Path saved = backup.resolve(path);
                        Files.createDirectories(saved.getParent());
                        done.add(op);
                        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                            Files.move(target, saved, StandardCopyOption.ATOMIC_MOVE);
                        }
                    }
                    default -> throw new IllegalStateException(op);
                }
            }
        } catch (IOException | RuntimeException e) {
            try {
                undo(out, backup, done);
                Files.deleteIfExists(journal);
            } catch (IOException | RuntimeException again) {
                e.addSuppressed(again); // the journal stays: the next run puts the previous site back
            }
            throw e;
        }
        Files.delete(journal); // the new site is published
        removeEmptyFolders(out, stale);
        try {
            SiteWriter.deleteTree(backup);
        } catch (IOException e) {
            // the site is published; the next run deletes the leftover
        }
    }

    /** Puts back what {@code done} changed, last first. */
    private static void undo(Path out, Path backup, List<String> done) throws IOException {
        List<String> reversed = new ArrayList<>(done);
        Collections.reverse(reversed);
        for (String op : reversed) {
            String path = op.substring(2);
            Path target = out.resolve(path);
            Path saved = backup.resolve(path);
            switch (op.substring(0, 1)) {
                case "R", MANIFEST_OP, "D" -> {
                    if (Files.exists(saved, LinkOption.NOFOLLOW_LINKS)) {
                        Files.createDirectories(target.getParent());
                        Files.move(saved, target, StandardCopyOption.ATOMIC_MOVE,
                                StandardCopyOption.REPLACE_EXISTING);
                    }
                }
                case "C" -> Files.deleteIfExists(target);
                default -> throw new IOException("a journal line sitrep did not write: " + op);
            }
        }
    }

    /**
     * Puts back the previous site when a run died while publishing (its journal is still there), and deletes the
     * backup folders of finished runs.
     */
    static void recover(Path parent, String name, Path out) throws IOException {
        Path journal = parent.resolve("." + name + JOURNAL);
        if (Files.isRegularFile(journal, LinkOption.NOFOLLOW_LINKS)) {
            List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
            if (lines.size() >= 2 && lines.get(0).startsWith("." + name + BACKUP_INFIX)
                    && !lines.get(0).contains("/")) {
                undo(out, parent.resolve(lines.get(0)), lines.subList(2, lines.size()).stream()
                        .filter(l -> l.length() > 2).toList());
            }
            Files.delete(journal);
        }
        Files.deleteIfExists(parent.resolve("." + name + JOURNAL + ".tmp"));
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent, "." + name + BACKUP_INFIX + "*")) {
            for (Path leftover : siblings) {
                SiteWriter.deleteTree(leftover);
            }
        }
    }

    /** Deletes the folders that the stale files leave empty, deepest first; never the output folder itself. */
    private static void removeEmptyFolders(Path out, List<String> stale) {
        Set<Path> folders = new TreeSet<>(Collections.reverseOrder());
        for (String path : stale) {
            for (Path f = out.resolve(path).getParent(); f != null && !f.equals(out) && f.startsWith(out);
                 f = f.getParent()) {
                folders.add(f);
            }
        }
        for (Path folder : folders) {
            try (DirectoryStream<Path> children = Files.newDirectoryStream(folder)) {
                if (!children.iterator().hasNext()) {
                    Files.delete(folder);
                }
            } catch (IOException e) {
                // not empty, or gone: leave it
            }
        }
    }


    /** Renders into the staging folder, keeping only the files whose bytes differ from the published ones. */
    private static final class Staging implements SiteSink {
        private final Path out;
        private final Path staging;
        private final Map<String, String> previous;
        private final Map<String, String> keys = new ConcurrentHashMap<>();
        private final Set<String> changed = ConcurrentHashMap.newKeySet();
        private final Set<Path> folders = ConcurrentHashMap.newKeySet();
        private final LongAdder bytes = new LongAdder();
        private final ReadWriteLock open = new ReentrantReadWriteLock();
        private boolean closed;

        Staging(Path out, Path staging, Map<String, String> previous) {
            this.out = out;
            this.staging = staging;
            this.previous = previous;
        }

        @Override
        public void put(OutputFile file) {
            stream(file.path(), "", o -> o.write(file.content()));
        }

        @Override
        public void stream(String path, Content content) {
            stream(path, "", content);
        }

        @Override
        public boolean keep(String path, String key) {
            OutputFile.checkPath(path);
            if (key.isEmpty() || !key.equals(previous.get(path))) {
                return false;
            }
            Path target = out.resolve(path);
            long size;
            try {
                if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                    return false;
                }
                size = Files.size(target);
            } catch (IOException e) {
                return false;
            }
            claim(path, key);
            bytes.add(size);
            return true;
        }

        @Override
        public void stream(String path, String key, Content content) {
            OutputFile.checkPath(path);
            Lock lock = open.readLock();
            lock.lock();
            try {
                if (closed) {
                    throw new IllegalStateException("the site is no longer being written; " + path + " came too late");
                }
                claim(path, key);
                Path staged = staging.resolve(path);
                Path folder = staged.getParent();
                if (!folders.contains(folder)) {
                    Files.createDirectories(folder); // idempotent: two threads may both get here
                    folders.add(folder);
                }
                long size;
                try (SiteWriter.CountingOutputStream counting = new SiteWriter.CountingOutputStream(
                        Files.newOutputStream(staged, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
                    content.writeTo(counting);
                    size = counting.count;
                }
                bytes.add(size);
                Path target = out.resolve(path);
                if (previous.containsKey(path) && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                        && Files.size(target) == size && Files.mismatch(staged, target) == -1) {
                    Files.delete(staged); // the same bytes are published already
                } else {
                    changed.add(path);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                lock.unlock();
            }
        }

        private void claim(String path, String key) {
            if (path.equals(SiteWriter.MANIFEST)) {
                throw new IllegalArgumentException("a site file cannot be named " + SiteWriter.MANIFEST);
            }
            if (keys.putIfAbsent(path, key) != null) {
                throw new IllegalArgumentException("two site files have the path " + path);
            }
        }

        void close() {
            Lock lock = open.writeLock();
            lock.lock();
            closed = true;
            lock.unlock();
        }
    }
}
