package dev.sitrep.git;

import dev.sitrep.SitrepException;
import dev.sitrep.finding.Finding;
import dev.sitrep.finding.Level;
import dev.sitrep.finding.Rule;
import dev.sitrep.model.Durations;
import dev.sitrep.model.Incident;
import dev.sitrep.model.Postmortem;
import dev.sitrep.model.ReadResult;
import dev.sitrep.parse.RepositoryReader;
import dev.sitrep.source.SourceTree;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checks that need git: the publication witness, and pull-request mode.
 *
 * <p>Witness: a postmortem whose {@code published} time is more than {@link #GRACE} earlier than the first commit in
 * which it appears as published gets a warning, so that the 48-hour deadline cannot be met on paper only. The grace
 * leaves room for the minutes between writing the time down and committing.
 *
 * <p>Pull-request mode ({@code changedSince}, a git ref): policy errors located in files the change does not
 * touch become warnings, so that posting an update to a live incident is never blocked by an unrelated overdue
 * postmortem. Data errors anywhere still fail.
 */
public final class GitReview {

    /** How much earlier than its commit a postmortem's {@code published} time may be without a warning. */
    public static final Duration GRACE = Duration.ofHours(1);

    private GitReview() {
    }

    /**
     * Adds the witness findings to {@code findings} and applies pull-request mode; returns the new sorted list.
     *
     * @param sourceDirectory the source tree; without a git repository around it, {@code findings} are returned as
     *                        they are
     * @param baseDirectory   the folder that finding paths are relative to
     * @param now             the clock: git history after it is not looked at
     * @param changedSince    pull-request mode: the git ref the change is compared with
     * @param read            what the parse stage read from the source tree
     * @param findings        the other checks' findings
     * @throws SitrepException when {@code changedSince} is given without a git repository, or names no commit
     */
    public static List<Finding> review(Path sourceDirectory, Path baseDirectory, Instant now,
                                       Optional<String> changedSince, ReadResult read, List<Finding> findings) {
        return review(sourceDirectory, baseDirectory, now, changedSince, read, findings, HistoryMemo.NONE);
    }

    /**
     * {@link #review(Path, Path, Instant, Optional, ReadResult, List)}, with what the witness learnt from git's
     * commits and blobs in earlier builds kept in {@code memo}.
     */
    public static List<Finding> review(Path sourceDirectory, Path baseDirectory, Instant now,
                                       Optional<String> changedSince, ReadResult read, List<Finding> findings,
                                       HistoryMemo memo) {
        return look(sourceDirectory, baseDirectory, now, changedSince, read, memo).apply(findings);
    }

    /**
     * What git says about the repository as read: the witness findings and, in pull-request mode, the files the
     * change touches. It needs only what was read, not the other checks' findings, so a build looks at git while the
     * other checks run; {@link Review#apply} then merges the two.
     *
     * @throws SitrepException when {@code changedSince} is given without a git repository, or names no commit
     */
    public static Review look(Path sourceDirectory, Path baseDirectory, Instant now, Optional<String> changedSince,
                              ReadResult read, HistoryMemo memo) {
        Optional<GitHistory> opened = mayHaveRepository(sourceDirectory) ? GitHistory.open(sourceDirectory)
                : Optional.empty();
        if (opened.isEmpty()) {
            if (changedSince.isPresent()) {
                throw new SitrepException("sitrep.changedSince needs a git repository, but "
                        + sourceDirectory + " is not in one");
            }
            return Review.NONE;
        }
        Path base = baseDirectory.toAbsolutePath().normalize();
        try (GitHistory git = opened.get()) {
            List<Finding> witness = witness(git, base, now, read, memo);
            Optional<Set<String>> changed = changedSince.map(ref -> git.changedSince(ref).stream()
                    .map(p -> SourceTree.display(base, p))
                    .collect(Collectors.toSet()));
            return new Review(witness, changedSince, changed.orElse(Set.of()));
        }
    }

    /**
     * Whether there can be a repository for JGit to find: {@code GIT_DIR} names one, or {@code directory} or a folder
     * above it has a {@code .git} entry (a folder, a file or a link), where JGit looks for one. Outside git, JGit (a
     * signed jar, verified as it loads; {@link GitHistory} loads it) is then not loaded at all, which spares a fresh
     * JVM a few tenths of a CPU second.
     */
    static boolean mayHaveRepository(Path directory) {
        if (System.getenv("GIT_DIR") != null) {
            return true;
        }
        for (Path folder = directory.toAbsolutePath().normalize(); folder != null; folder = folder.getParent()) {
            if (Files.exists(folder.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What git said: the witness's findings, and in pull-request mode the ref and the files changed since it.
     *
     * @param witness      the publication witness's findings
     * @param changedSince the ref of pull-request mode, if on
     * @param changed      the files (as findings name them) that differ from {@code changedSince}
     */
    public record Review(List<Finding> witness, Optional<String> changedSince, Set<String> changed) {

        /** Outside a git repository: nothing to add, nothing to demote. */
        public static final Review NONE = new Review(List.of(), Optional.empty(), Set.of());

        public Review {
            witness = List.copyOf(witness);
            changed = Set.copyOf(changed);
        }

        /**
         * {@code findings} with the witness's added and, in pull-request mode, the policy errors of files the change
         * does not touch made warnings; sorted, without repeats. Outside git, {@code findings} as they are.
         */
        public List<Finding> apply(List<Finding> findings) {
            if (this == NONE) {
                return findings;
            }
            List<Finding> out = new ArrayList<>(findings);
            out.addAll(witness);
            changedSince.ifPresent(ref -> out.replaceAll(f -> demote(f, changed, ref)));
            return out.stream().distinct().sorted().toList();
        }
    }

    private static Finding demote(Finding f, Set<String> changed, String ref) {
        if (!f.isError() || f.rule().kind() != Rule.Kind.POLICY || changed.contains(f.location().file())) {
            return f;
        }
        return new Finding(Level.WARNING, f.rule(), f.location(),
                f.message() + " (a warning in this change: the file is not changed since " + ref + ")");
    }

    private static List<Finding> witness(GitHistory git, Path base, Instant now, ReadResult read, HistoryMemo memo) {
        Map<Path, Incident> byFile = new HashMap<>();
        for (Incident incident : read.incidents()) {
            incident.postmortem().filter(Postmortem::isPublished).filter(pm -> pm.published().isPresent())
                    .ifPresent(pm -> byFile.put(base.resolve(pm.file()).normalize(), incident));
        }
        RepositoryReader reader = new RepositoryReader();
        Map<Path, Publication> first = git.firstPublished(byFile.keySet(),
                text -> reader.readPostmortem("postmortem.md", text).map(Postmortem::isPublished).orElse(false),
                now, memo);
        List<Finding> out = new ArrayList<>();
        first.forEach((file, publication) -> {
            Incident incident = byFile.get(file);
            Postmortem pm = incident.postmortem().orElseThrow();
            Instant claimed = pm.published().orElseThrow();
            if (publication.time().isAfter(claimed.plus(GRACE))) {
                String late = Durations.human(Duration.between(claimed, publication.time()));
                Optional<Instant> due = read.config().flatMap(c -> incident.resolvedAt()
                        .map(r -> r.plus(c.postmortem().dueWithin())));
                String deadline = due.filter(d -> publication.time().isAfter(d))
                        .map(d -> "; by git's record it was published " + Durations.human(
                                Duration.between(d, publication.time())) + " after it was due (" + d + ")")
                        .orElse("");
                out.add(new Finding(Level.WARNING, Rule.PUBLICATION_WITNESS, pm.positions().of("/published"),
                        "'published' says " + claimed + ", but git first records this postmortem as published in "
                                + "commit " + publication.commit() + " at " + publication.time() + ", " + late
                                + " later" + deadline + "; set 'published' to when it was really published"));
            }
        });
        return out;
    }
}
