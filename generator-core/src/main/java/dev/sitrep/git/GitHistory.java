package dev.sitrep.git;

import dev.sitrep.SitrepException;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.OrTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathSuffixFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/** The git repository that holds a source tree, opened read-only with JGit. */
public final class GitHistory implements AutoCloseable {

    private final Repository repository;
    private final Path workTree;

    private GitHistory(Repository repository) {
        this.repository = repository;
        this.workTree = repository.getWorkTree().toPath().toAbsolutePath().normalize();
    }

    /** The repository whose work tree contains {@code directory}, if there is one with at least one commit. */
    public static Optional<GitHistory> open(Path directory) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder()
                .readEnvironment()
                .findGitDir(directory.toAbsolutePath().normalize().toFile());
        if (builder.getGitDir() == null) {
            return Optional.empty();
        }
        try {
            Repository repo = builder.setMustExist(true).build();
            if (repo.isBare() || repo.resolve(Constants.HEAD) == null) {
                repo.close();
                return Optional.empty();
            }
            return Optional.of(new GitHistory(repo));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The work tree's root folder. */
    public Path workTree() {
        return workTree;
    }

    /**
     * The files a change touches: every path that differs between the merge base of {@code ref} and HEAD, and the
     * work tree (committed, staged, unstaged and untracked changes alike), as absolute paths.
     *
     * @throws SitrepException when {@code ref} does not name a commit
     */
    public Set<Path> changedSince(String ref) {
        try (RevWalk walk = new RevWalk(repository); Git git = new Git(repository)) {
            ObjectId base = repository.resolve(ref + "^{commit}");
            if (base == null) {
                throw new SitrepException("git ref '" + ref + "' is not known in " + workTree
                        + "; fetch it first (in GitHub Actions: actions/checkout with fetch-depth: 0)");
            }
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(walk.parseCommit(base));
            walk.markStart(walk.parseCommit(repository.resolve(Constants.HEAD)));
            RevCommit mergeBase = walk.next();
            if (mergeBase == null) {
                throw new SitrepException("git ref '" + ref + "' has no common history with HEAD; "
                        + "compare against the branch the change will be merged into");
            }
            CanonicalTreeParser baseTree = new CanonicalTreeParser();
            try (ObjectReader reader = repository.newObjectReader()) {
                baseTree.reset(reader, mergeBase.getTree());
            }
            Set<Path> changed = new TreeSet<>();
            for (DiffEntry d : git.diff().setOldTree(baseTree).setShowNameAndStatusOnly(true).call()) {
                if (!DiffEntry.DEV_NULL.equals(d.getNewPath())) {
                    changed.add(resolve(d.getNewPath()));
                }
                if (!DiffEntry.DEV_NULL.equals(d.getOldPath())) {
                    changed.add(resolve(d.getOldPath()));
                }
            }
            for (String untracked : git.status().call().getUntracked()) {
                changed.add(resolve(untracked));
            }
            return changed;
        } catch (IOException | GitAPIException e) {
            throw new SitrepException("cannot read the git history of " + workTree + ": " + e.getMessage(), e);
        }
    }

    /**
     * For each of {@code files}, the oldest commit (by history, not by clock) whose version of the file satisfies
     * {@code published}. Commits later than {@code notAfter} are ignored, so a pinned clock sees the history as it
     * was then. A commit at the edge of a shallow clone witnesses nothing: the file may be older than the clone.
     * What each commit changes and whether each blob is published come from {@code memo} when it knows them.
     */
    public Map<Path, Publication> firstPublished(Collection<Path> files, Predicate<String> published, Instant notAfter,
                                                 HistoryMemo memo) {
        Map<String, Path> pending = new HashMap<>();
        Set<String> names = new TreeSet<>();
        for (Path f : files) {
            Path abs = f.toAbsolutePath().normalize();
            if (abs.startsWith(workTree)) {
                pending.put(workTree.relativize(abs).toString().replace('\\', '/'), f);
                names.add(abs.getFileName().toString());
            }
        }
        Map<Path, Publication> found = new HashMap<>();
        if (pending.isEmpty()) {
            return found;
        }
        // what a commit changes is kept for every file of these names, not only the ones asked for now, so that
        // it stays true for the next build's question
        TreeFilter named = names.size() == 1 ? PathSuffixFilter.create("/" + names.iterator().next())
                : OrTreeFilter.create(names.stream().map(n -> (TreeFilter) PathSuffixFilter.create("/" + n)).toList());
        String memoNames = String.join("/", names);
        try (RevWalk walk = new RevWalk(repository); ObjectReader reader = repository.newObjectReader()) {
            Set<ObjectId> shallow = new HashSet<>(repository.getObjectDatabase().getShallowCommits());
            walk.sort(RevSort.TOPO, true);
            walk.sort(RevSort.REVERSE, true);
            walk.markStart(walk.parseCommit(repository.resolve(Constants.HEAD)));
            for (RevCommit commit : walk) {
                if (pending.isEmpty()) {
                    break;
                }
                Instant time = Instant.ofEpochSecond(commit.getCommitTime());
                if (time.isAfter(notAfter)) {
                    continue;
                }
                String key = commit.name() + " " + memoNames;
                List<String> touched = memo.touched(key).orElse(null);
                if (touched == null) {
                    touched = touched(commit, named, reader);
                    memo.touched(key, touched);
                }
                for (String entry : touched) {
                    String path = entry.substring(Constants.OBJECT_ID_STRING_LENGTH);
                    if (!pending.containsKey(path)) {
                        continue;
                    }
                    String blob = entry.substring(0, Constants.OBJECT_ID_STRING_LENGTH);
                    Optional<Boolean> known = memo.published(blob);
                    boolean isPublished;
                    if (known.isPresent()) {
                        isPublished = known.get();
                    } else {
                        byte[] bytes = reader.open(ObjectId.fromString(blob), Constants.OBJ_BLOB)
                                .getCachedBytes(8 * 1024 * 1024);
                        isPublished = published.test(new String(bytes, StandardCharsets.UTF_8));
                        memo.published(blob, isPublished);
                    }
                    if (isPublished) {
                        Path file = pending.remove(path);
                        if (!shallow.contains(commit)) {
                            found.put(file, new Publication(commit.abbreviate(10).name(), time));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new SitrepException("cannot read the git history of " + workTree + ": " + e.getMessage(), e);
        }
        return found;
    }

    /**
     * The files (among {@code filter}) that {@code commit} adds or changes against its parents, each as its blob's
     * id followed by its path.
     */
    private List<String> touched(RevCommit commit, TreeFilter filter, ObjectReader reader) throws IOException {
        List<String> out = new ArrayList<>();
        try (TreeWalk tw = new TreeWalk(repository, reader)) {
            tw.setRecursive(true);
            tw.addTree(commit.getTree());
            for (RevCommit parent : commit.getParents()) {
                tw.addTree(repository.parseCommit(parent).getTree());
            }
            tw.setFilter(commit.getParentCount() == 0 ? filter : AndTreeFilter.create(filter, TreeFilter.ANY_DIFF));
            while (tw.next()) {
                if (!tw.getObjectId(0).equals(ObjectId.zeroId())) {
                    out.add(tw.getObjectId(0).name() + tw.getPathString());
                }
            }
        }
        return out;
    }

    private Path resolve(String repoPath) {
        return workTree.resolve(repoPath).normalize();
    }

    @Override
    public void close() {
        repository.close();
    }
}
