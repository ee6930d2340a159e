package dev.sitrep.site;

import dev.sitrep.SitrepException;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Publishes a generated site into its output directory so that readers only ever see a complete site: the old one
 * or the new one.
 *
 * <p>The new site is written in full into a sibling temporary folder ({@code .<name>.sitrep-tmp-*}, same parent,
 * so same file system), then swapped in with two atomic renames: the old directory aside
 * ({@code .<name>.sitrep-old-*}), the new one into place; then the old one is deleted. A failure before the swap
 * leaves the old site untouched. Between the two renames the output directory is briefly absent; if the process
 * dies right there, the next run finds the set-aside site and puts it back before doing anything else. Leftover
 * temporary folders of dead runs are deleted at the start of a run. One run at a time publishes into one output
 * directory ({@link PublishLock}): a second run waits for the first to finish, or fails saying so.
 *
 * <p>Files sitrep did not write are kept: the output directory holds a manifest, {@value #MANIFEST}, listing every
 * file sitrep wrote (sorted, one path per line). Every existing file or empty folder that is not in the old manifest
 * (a {@code CNAME}, a {@code .nojekyll}, a git checkout's {@code .git}) is hard-linked (or, where the file system
 * cannot, copied) into the new tree, unless the new site has a file of the same path, which wins. Files in the old manifest that the new site does not have are
 * stale and disappear. The output holds no timestamps: the same files give the same bytes.
 */
public final class SiteWriter {

    /** The manifest of the files sitrep wrote, in the output directory. */
    public static final String MANIFEST = ".sitrep-manifest";

    private static final String MANIFEST_HEADER = "# Files written by sitrep. Other files in this folder are kept.";
    private static final String TMP_INFIX = ".sitrep-tmp-";
    private static final String OLD_INFIX = ".sitrep-old-";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SiteWriter() {
    }

    /**
     * What was published.
     *
     * @param files   the files of the site
     * @param bytes   their total size
     * @param changed how many files the publication wrote, replaced or removed (every file when a new tree was
     *                swapped in)
     */
    public record Written(int files, long bytes, int changed) {
    }

    /**
     * Writes {@code files} as the complete site in {@code outputDirectory}.
     *
     * @throws SitrepException          when the output directory is, contains or is inside the source directory, or
     *                                  on an I/O failure (the previous site is then left as it was)
     * @throws IllegalArgumentException when two files have one path, or a file's path is another's folder (a bug)
     */
    public static Written write(Path outputDirectory, Path sourceDirectory, List<OutputFile> files) {
        return write(outputDirectory, sourceDirectory, sink -> files.forEach(sink::put));
    }

    /**
     * Publishes, as the complete site in {@code outputDirectory}, every file that {@code site} hands to the sink it is
     * given. Each file is written into the temporary folder as soon as it arrives, from whichever thread hands it over,
     * so the site is never held in memory; nothing is visible in the output directory until {@code site} has returned
     * and the swap is made. An exception from {@code site} leaves the previous site as it was and is thrown as it is.
     *
     * @throws SitrepException          when the output directory is, contains or is inside the source directory, or
     *                                  on an I/O failure (the previous site is then left as it was)
     * @throws IllegalArgumentException when two files have one path, or a file's path is another's folder (a bug)
     */
    public static Written write(Path outputDirectory, Path sourceDirectory, Consumer<SiteSink> site) {
        return write(outputDirectory, sourceDirectory, site, PublishLock.DEFAULT_WAIT);
    }

    /**
     * {@link #write(Path, Path, Consumer)}, waiting at most {@code wait} while another run publishes into the same
     * output directory.
     *
     * @throws SitrepException also when another run still publishes there after {@code wait}; its site stays whole
     */
    static Written write(Path outputDirectory, Path sourceDirectory, Consumer<SiteSink> site, Duration wait) {
        Path out = resolve(outputDirectory);
        checkSeparate(out, resolve(sourceDirectory));
        Path parent = out.getParent();
        if (parent == null) {
            throw new SitrepException("the output directory cannot be a file system root: " + outputDirectory);
        }
        String name = out.getFileName().toString();
        try {
            Files.createDirectories(parent);
            try (PublishLock lock = PublishLock.acquire(parent, name, outputDirectory, wait)) {
                return publish(outputDirectory, out, parent, name, site);
            }
        } catch (IOException | UncheckedIOException e) {
            Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
            throw new SitrepException("cannot write the site to " + outputDirectory + ": " + cause.getMessage()
                    + "; the previous site is unchanged", e);
        }
    }

    /** Writes the new site beside the old one and swaps it in; the caller holds the directory's lock. */
    private static Written publish(Path outputDirectory, Path out, Path parent, String name, Consumer<SiteSink> site)
            throws IOException {
        recover(parent, name, out);
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
            throw new SitrepException("the output directory " + outputDirectory
                    + " is a file; point sitrep.outputDirectory at a folder");
        }
        if (Files.isRegularFile(out.resolve(MANIFEST), LinkOption.NOFOLLOW_LINKS)) {
            return InPlace.update(out, parent, name, site);
        }
        Path tmp = createSibling(parent, "." + name + TMP_INFIX);
        copyPermissions(out, tmp);
        TreeSink tree = new TreeSink(tmp);
        try {
            try {
                site.accept(tree);
            } catch (UncheckedIOException e) {
                checkFolders(tree.paths); // a path clash makes a confusing I/O error: name the clash instead
                throw e;
            }
            Set<String> paths = tree.paths;
            checkFolders(paths);
            if (Files.isDirectory(out)) {
                carryOver(out, tmp, paths);
            }
            Files.write(tmp.resolve(MANIFEST), manifest(paths, tree.keys));
            swap(parent, name, out, tmp);
            return new Written(paths.size(), tree.bytes.sum(), paths.size());
        } finally {
            // after a failure, rendering threads may still be handing over pages: shut them out before deleting
            tree.close();
            if (Files.exists(tmp, LinkOption.NOFOLLOW_LINKS)) {
                deleteTree(tmp);
            }
        }
    }

    /**
     * Writes each file it is given into the fresh folder {@code root} at once, on the caller's thread: rendering and
     * writing overlap, and ten thousand small files spend their time on as many threads as render them. Each folder
     * is created once. The order of writes cannot change what is written.
     */
    private static final class TreeSink implements SiteSink {
        private final Path root;
        private final Set<String> paths = ConcurrentHashMap.newKeySet();
        private final Set<Path> folders = ConcurrentHashMap.newKeySet();
        private final Map<String, String> keys = new ConcurrentHashMap<>();
        private final LongAdder bytes = new LongAdder();
        private final ReadWriteLock open = new ReentrantReadWriteLock();
        private boolean closed;

        TreeSink(Path root) {
            this.root = root;
            folders.add(root);
        }

        @Override
        public void put(OutputFile file) {
            stream(file.path(), out -> out.write(file.content()));
        }

        @Override
        public void stream(String path, String key, Content content) {
            stream(path, content);
            keys.put(path, key);
        }

        @Override
        public void stream(String path, Content content) {
            OutputFile.checkPath(path);
            Lock lock = open.readLock();
            lock.lock();
            try {
                if (closed) {
                    throw new IllegalStateException("the site is no longer being written; " + path + " came too late");
                }
                Path target = claim(path);
                try (CountingOutputStream out = new CountingOutputStream(Files.newOutputStream(target,
                        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
                    content.writeTo(out);
                    bytes.add(out.count);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } finally {
                lock.unlock();
            }
        }

        /** Refuses any further file, once every write in progress has finished. */
        void close() {
            Lock lock = open.writeLock();
            lock.lock();
            closed = true;
            lock.unlock();
        }

        /** Records {@code path} as written and creates its folder; the file itself is the caller's to write. */
        private Path claim(String path) {
            if (path.equals(MANIFEST)) {
                throw new IllegalArgumentException("a site file cannot be named " + MANIFEST);
            }
            if (!paths.add(path)) {
                throw new IllegalArgumentException("two site files have the path " + path);
            }
            Path target = root.resolve(path);
            Path folder = target.getParent();
            if (!folders.contains(folder)) {
                try {
                    Files.createDirectories(folder);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                folders.add(folder);
            }
            return target;
        }
    }

    /**
     * Refuses a set of site paths in which one file's path is another's folder.
     *
     * @throws IllegalArgumentException naming the two
     */
    static void checkFolders(Set<String> paths) {
        // the first clash in path order, as a sorted walk would find it, without sorting every path
        String clash = null;
        String folder = null;
        for (String path : paths) {
            for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                if (paths.contains(path.substring(0, slash))) {
                    if (clash == null || path.compareTo(clash) < 0) {
                        clash = path;
                        folder = path.substring(0, slash);
                    }
                    break;
                }
            }
        }
        if (clash != null) {
            throw new IllegalArgumentException("site file " + folder + " is also a folder of " + clash);
        }
    }

    /** Counts the bytes a streamed file is given. */
    static final class CountingOutputStream extends FilterOutputStream {
        long count;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    /**
     * Refuses an output directory that is the source directory, contains it or is inside it, or that is or contains
     * the project directory: publishing replaces the whole output directory.
     */
    public static void checkSeparate(Path outputDirectory, Path sourceDirectory, Path projectDirectory) {
        checkSeparate(outputDirectory, sourceDirectory);
        Path out = resolve(outputDirectory);
        if (resolve(projectDirectory).startsWith(out)) {
            throw new SitrepException("the output directory " + outputDirectory + " contains the project directory "
                    + projectDirectory + ", and publishing replaces the whole output directory; set "
                    + "sitrep.outputDirectory to a folder of its own, e.g. target/site/status");
        }
    }

    /**
     * Refuses an output directory that is the source directory, contains it or is inside it: writing there would
     * delete or mix up the incident files.
     */
    public static void checkSeparate(Path outputDirectory, Path sourceDirectory) {
        Path out = resolve(outputDirectory);
        Path source = resolve(sourceDirectory);
        if (out.equals(source)) {
            throw new SitrepException("the output directory " + outputDirectory + " is the source directory; "
                    + "set sitrep.outputDirectory to a separate folder, e.g. target/site/status");
        }
        if (source.startsWith(out)) {
            throw new SitrepException("the output directory " + outputDirectory + " contains the source directory "
                    + sourceDirectory + "; set sitrep.outputDirectory to a folder outside it, e.g. target/site/status");
        }
        if (out.startsWith(source)) {
            throw new SitrepException("the output directory " + outputDirectory + " is inside the source directory "
                    + sourceDirectory + "; set sitrep.outputDirectory to a folder outside it, e.g. target/site/status");
        }
    }

    /** The absolute, normalised path with symbolic links of its existing part resolved. */
    private static Path resolve(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        List<Path> rest = new ArrayList<>();
        while (existing != null && !Files.exists(existing)) {
            rest.add(0, existing.getFileName());
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            Path real = existing.toRealPath();
            for (Path part : rest) {
                real = real.resolve(part);
            }
            return real;
        } catch (IOException e) {
            return absolute;
        }
    }

    /**
     * The manifest: a line per file sitrep wrote, sorted; a file rendered from known inputs has its key after a tab,
     * which the next build compares to {@link SiteSink#keep} it.
     */
    static byte[] manifest(Set<String> paths, Map<String, String> keys) {
        StringBuilder text = new StringBuilder(MANIFEST_HEADER).append('\n');
        for (String p : paths.stream().sorted().toList()) {
            text.append(p);
            String key = keys.get(p);
            if (key != null && !key.isEmpty()) {
                text.append('\t').append(key);
            }
            text.append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Set<String> readManifest(Path out) throws IOException {
        return readKeys(out).keySet();
    }

    /** The files of the manifest in {@code out}, each with its key ("" when it has none). */
    static Map<String, String> readKeys(Path out) throws IOException {
        Path manifest = out.resolve(MANIFEST);
        Map<String, String> paths = new HashMap<>();
        if (Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    int tab = line.indexOf('\t');
                    paths.put(tab < 0 ? line.strip() : line.substring(0, tab).strip(),
                            tab < 0 ? "" : line.substring(tab + 1).strip());
                }
            }
        }
        return paths;
    }

    /** Copies into {@code tmp} every file and empty folder of {@code out} that sitrep did not write. */
    static void carryOver(Path out, Path tmp, Set<String> written) throws IOException {
        Set<String> previous = readManifest(out);
        Set<String> sitrepFolders = folders(previous);
        Set<String> newFolders = folders(written);
        List<Path> entries;
        try (Stream<Path> walk = Files.walk(out)) {
            entries = walk.filter(p -> !p.equals(out)).sorted().toList();
        }
        for (Path source : entries) {
            String relative = out.relativize(source).toString().replace('\\', '/');
            if (relative.equals(MANIFEST) || previous.contains(relative) || written.contains(relative)) {
                continue;
            }
            Path target = tmp.resolve(relative);
            BasicFileAttributes attributes = Files.readAttributes(source, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (attributes.isDirectory()) {
                if (!sitrepFolders.contains(relative) && isEmpty(source)) {
                    Files.createDirectories(target);
                }
                continue;
            }
            if (underAFile(tmp, target)) {
                continue; // a new site file stands where a folder of this file was: the site wins
            }
            if (newFolders.contains(relative)) {
                continue; // a folder of the new site stands where this file was: the site wins
            }
            Files.createDirectories(target.getParent());
            if (attributes.isRegularFile() && link(source, target)) {
                continue;
            }
            Files.copy(source, target, LinkOption.NOFOLLOW_LINKS, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    /** Whether a folder of {@code target} below {@code root} is a file. */
    private static boolean underAFile(Path root, Path target) {
        for (Path folder = target.getParent(); folder != null && !folder.equals(root); folder = folder.getParent()) {
            if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Hard-links a kept file into the new tree, which is instant even for a large {@code .git}, and leaves the old
     * tree intact until the swap. Returns false where the file system cannot link, and the file is copied instead.
     */
    static boolean link(Path source, Path target) {
        try {
            Files.createLink(target, source);
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** Every folder that holds one of {@code paths}, at any depth. */
    private static Set<String> folders(Set<String> paths) {
        Set<String> folders = new HashSet<>();
        for (String path : paths) {
            for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                folders.add(path.substring(0, slash));
            }
        }
        return folders;
    }

    private static boolean isEmpty(Path directory) throws IOException {
        try (DirectoryStream<Path> children = Files.newDirectoryStream(directory)) {
            return !children.iterator().hasNext();
        }
    }

    /** Puts back a site a dead run set aside, and deletes the leftovers of dead runs. */
    private static void recover(Path parent, String name, Path out) throws IOException {
        InPlace.recover(parent, name, out);
        List<Path> olds = new ArrayList<>();
        List<Path> tmps = new ArrayList<>();
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent, "." + name + ".sitrep-*")) {
            for (Path sibling : siblings) {
                String file = sibling.getFileName().toString();
                if (file.startsWith("." + name + OLD_INFIX)) {
                    olds.add(sibling);
                } else if (file.startsWith("." + name + TMP_INFIX)) {
                    tmps.add(sibling);
                }
            }
        }
        olds.sort(Comparator.naturalOrder());
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !olds.isEmpty()) {
            Files.move(olds.remove(olds.size() - 1), out, StandardCopyOption.ATOMIC_MOVE);
        }
        for (Path leftover : olds) {
            deleteTree(leftover);
        }
        for (Path leftover : tmps) {
            deleteTree(leftover);
        }
    }

    static void swap(Path parent, String name, Path out, Path tmp) throws IOException {
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path old = createSibling(parent, "." + name + OLD_INFIX);
        Files.delete(old); // only its unique name is needed: the rename below must not target an existing folder
        Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(old, out, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        try {
            deleteTree(old);
        } catch (IOException e) {
            // the new site is published; the old one is a hidden leftover that the next run deletes
        }
    }

    /**
     * Creates a new folder {@code prefix<random>} in {@code parent}. Unlike {@link Files#createTempDirectory}, its
     * permissions follow the umask like any other folder's (a temporary folder is private, and the published site
     * must stay readable by the web server).
     */
    static Path createSibling(Path parent, String prefix) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path candidate = parent.resolve(prefix + Long.toUnsignedString(RANDOM.nextLong(), 36));
            try {
                return Files.createDirectory(candidate);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 100) {
                    throw e;
                }
            }
        }
    }

    /** Gives the new site folder the permissions the user gave the old one, where the file system has them. */
    static void copyPermissions(Path from, Path to) throws IOException {
        if (Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS)
                && Files.getFileAttributeView(from, PosixFileAttributeView.class) != null) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(from, LinkOption.NOFOLLOW_LINKS);
            Files.setPosixFilePermissions(to, permissions);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(root)) {
            all = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : all) {
            Files.deleteIfExists(path);
        }
    }
}
