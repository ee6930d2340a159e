package dev.sitrep.git;

import dev.sitrep.CheckResult;
import dev.sitrep.Sitrep;
import dev.sitrep.SitrepException;
import dev.sitrep.SitrepOptions;
import dev.sitrep.finding.Finding;
import dev.sitrep.finding.Findings;
import dev.sitrep.finding.Level;
import dev.sitrep.finding.Rule;
import dev.sitrep.model.Location;
import dev.sitrep.model.ReadResult;
import dev.sitrep.parse.RepositoryReader;
import dev.sitrep.source.SourceTree;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class GitReviewTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    @TempDir
    Path project;

    private Path src() {
        return project.resolve("incidents");
    }

    private void write(String path, String text) throws IOException {
        Path file = src().resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static void commit(Git git, String message, String when) throws Exception {
        git.add().addFilepattern(".").call();
        PersonIdent who = new PersonIdent(new PersonIdent("Dana Ito", "dana@example.com"),
                java.util.Date.from(Instant.parse(when)), TimeZone.getTimeZone(ZoneOffset.UTC));
        git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }

    private void repository() throws IOException {
        write("sitrep.yaml", """
                title: Acme Status
                baseUrl: https://status.acme.example
                components:
                  - {id: api, name: API}
                """);
        write("2026/2026-11-03-api-errors/incident.yaml", """
                title: API errors
                severity: P1
                components: {api: partial_outage}
                detected: 2026-11-03T14:02:00Z
                acknowledged: 2026-11-03T14:05:00Z
                resolved: 2026-11-03T15:00:00Z
                updates:
                  - {at: 2026-11-03T14:08:00Z, status: investigating, message: Investigating.}
                  - {at: 2026-11-03T15:00:00Z, status: resolved, message: Resolved.}
                """);
    }

    private void postmortem(String status) throws IOException {
        write("2026/2026-11-03-api-errors/postmortem.md", """
                ---
                authors: [Dana Ito]
                status: %s
                published: 2026-11-04T16:00:00Z
                ---
                ## Summary
                S.
                ## Timeline
                T.
                ## Root Cause
                R.
                ## Impact
                I.
                ## Action Items
                A.
                """.formatted(status));
    }

    /** The incident, its postmortem committed as a draft, then published three days later. */
    private void draftThenPublished() throws Exception {
        repository();
        postmortem("draft");
        try (Git git = Git.init().setDirectory(project.toFile()).setInitialBranch("main").call()) {
            commit(git, "incident and draft", "2026-11-04T10:00:00Z");
            postmortem("published");
            commit(git, "publish", "2026-11-07T09:12:00Z");
        }
    }

    private List<Finding> witnessFindings(CheckResult result) {
        return result.findings().stream().filter(f -> f.rule() == Rule.PUBLICATION_WITNESS).toList();
    }

    @Test
    void warnsWhenThePublishedTimeIsEarlierThanTheCommitThatPublishedIt() throws Exception {
        draftThenPublished();
        CheckResult result = Sitrep.check(new SitrepOptions(src(), project.resolve("out"), project, NOW));
        List<Finding> witness = witnessFindings(result);
        assertEquals(1, witness.size(), result.findings().toString());
        String commit = witness.get(0).message().replaceAll(".*in commit (\\w+) at.*", "$1");
        assertEquals("incidents/2026/2026-11-03-api-errors/postmortem.md:4:12: warning: 'published' says "
                + "2026-11-04T16:00:00Z, but git first records this postmortem as published in commit " + commit
                + " at 2026-11-07T09:12:00Z, 2d 17h later; by git's record it was published 1d 18h after it was due "
                + "(2026-11-05T15:00:00Z); set 'published' to when it was really published", witness.get(0).format());
    }

    @Test
    void aCommitWithinTheGraceHourIsNoWitnessAgainstThePublishedTime() throws Exception {
        repository();
        postmortem("published");
        try (Git git = Git.init().setDirectory(project.toFile()).setInitialBranch("main").call()) {
            commit(git, "publish", "2026-11-04T16:40:00Z");
        }
        CheckResult result = Sitrep.check(new SitrepOptions(src(), project.resolve("out"), project, NOW));
        assertEquals(List.of(), witnessFindings(result));
    }

    @Test
    void commitsAfterThePinnedClockAreNotLookedAt() throws Exception {
        repository();
        postmortem("published");
        try (Git git = Git.init().setDirectory(project.toFile()).setInitialBranch("main").call()) {
            commit(git, "publish", "2026-11-24T09:00:00Z");
        }
        CheckResult result = Sitrep.check(new SitrepOptions(src(), project.resolve("out"), project, NOW));
        assertEquals(List.of(), witnessFindings(result));
    }

    @Test
    void withoutGitTheWitnessSaysNothing() throws Exception {
        repository();
        postmortem("published");
        CheckResult result = Sitrep.check(new SitrepOptions(src(), project.resolve("out"), project, NOW));
        assertEquals(List.of(), witnessFindings(result));
    }

    /** Where JGit finds a repository for {@code directory}, if it finds one. */
    private static Optional<Path> jgitFinds(Path directory) {
        return Optional.ofNullable(new FileRepositoryBuilder().readEnvironment().findGitDir(directory.toFile())
                .getGitDir()).map(java.io.File::toPath);
    }

    @Test
    void jgitIsLoadedOnlyWhereItCanFindARepository() throws Exception {
        Path deep = src().resolve("2026/2026-11-03-api-errors");
        Files.createDirectories(deep);
        // outside git (as the temporary folder is, unless GIT_DIR names a repository for the whole test run)
        assumeTrue(jgitFinds(deep).isEmpty(), "the temporary folder is inside a git repository");
        assertFalse(GitReview.mayHaveRepository(deep), "no .git above: JGit would find nothing");

        // a linked work tree or a submodule: .git is a file that names the repository
        Path linked = project.resolve("linked");
        Files.createDirectories(linked.resolve("a"));
        Files.writeString(linked.resolve(".git"), "gitdir: " + project.resolve("elsewhere.git") + "\n");
        assertTrue(GitReview.mayHaveRepository(linked.resolve("a")), "a .git file above");

        // a work tree: .git is a folder at its root
        Git.init().setDirectory(project.toFile()).setInitialBranch("main").call().close();
        assertTrue(jgitFinds(deep).isPresent());
        assertTrue(GitReview.mayHaveRepository(deep), "a .git folder above");
        assertTrue(GitReview.mayHaveRepository(project), "a .git folder right there");
    }

    @Test
    void pullRequestModeDemotesPolicyErrorsOnlyInFilesTheChangeDoesNotTouch() throws Exception {
        repository();
        write("2026/2026-11-10-web-down/incident.yaml", "title: Web down\n");
        try (Git git = Git.init().setDirectory(project.toFile()).setInitialBranch("main").call()) {
            commit(git, "base", "2026-11-10T10:00:00Z");
            git.checkout().setCreateBranch(true).setName("update").call();
            write("2026/2026-11-12-api-slow/incident.yaml", "title: API slow\n");
            commit(git, "change", "2026-11-12T10:00:00Z");
        }
        String untouched = "incidents/2026/2026-11-03-api-errors/incident.yaml";
        String touched = "incidents/2026/2026-11-12-api-slow/incident.yaml";
        Path sitrepYaml = src().resolve("sitrep.yaml");
        Files.writeString(sitrepYaml, Files.readString(sitrepYaml) + "title: again\n");
        List<Finding> findings = List.of(
                new Finding(Level.ERROR, Rule.POSTMORTEM_OVERDUE, new Location(untouched, 6, 11), "overdue"),
                new Finding(Level.ERROR, Rule.POSTMORTEM_OVERDUE, new Location(touched, 1, 1), "overdue"),
                new Finding(Level.ERROR, Rule.MISSING_KEY, new Location(untouched, 1, 1), "missing"),
                new Finding(Level.ERROR, Rule.ACKNOWLEDGE_TARGET, new Location("incidents/sitrep.yaml", 1, 1), "x"));
        List<Finding> reviewed = GitReview.review(src(), project, NOW, Optional.of("main"),
                new ReadResult(Optional.empty(), List.of(), List.of()), findings);
        assertEquals(List.of(
                "incidents/2026/2026-11-03-api-errors/incident.yaml:1:1: error: missing",
                "incidents/2026/2026-11-03-api-errors/incident.yaml:6:11: warning: overdue (a warning in this change: "
                        + "the file is not changed since main)",
                "incidents/2026/2026-11-12-api-slow/incident.yaml:1:1: error: overdue",
                "incidents/sitrep.yaml:1:1: error: x"), reviewed.stream().map(Finding::format).toList());
    }

    @Test
    void anUnknownRefIsAClearError() throws Exception {
        repository();
        try (Git git = Git.init().setDirectory(project.toFile()).setInitialBranch("main").call()) {
            commit(git, "base", "2026-11-10T10:00:00Z");
        }
        SitrepOptions options = new SitrepOptions(src(), project.resolve("out"), project, NOW)
                .withChangedSince("origin/main");
        SitrepException e = assertThrows(SitrepException.class, () -> Sitrep.check(options));
        assertTrue(e.getMessage().startsWith("git ref 'origin/main' is not known in "), e.getMessage());
        assertTrue(e.getMessage().endsWith("; fetch it first (in GitHub Actions: actions/checkout with fetch-depth: 0)"));
    }

    /** A memo in memory that counts what it is told. */
    private static final class CountingMemo implements HistoryMemo {
        final java.util.Map<String, List<String>> touched = new java.util.concurrent.ConcurrentHashMap<>();
        final java.util.Map<String, Boolean> published = new java.util.concurrent.ConcurrentHashMap<>();
        final java.util.concurrent.atomic.AtomicInteger told = new java.util.concurrent.atomic.AtomicInteger();

        @Override
        public Optional<List<String>> touched(String key) {
            return Optional.ofNullable(touched.get(key));
        }

        @Override
        public void touched(String key, List<String> files) {
            told.incrementAndGet();
            touched.put(key, files);
        }

        @Override
        public Optional<Boolean> published(String key) {
            return Optional.ofNullable(published.get(key));
        }

        @Override
        public void published(String key, boolean value) {
            told.incrementAndGet();
            published.put(key, value);
        }
    }

    private List<Finding> review(HistoryMemo memo) {
        Findings findings = new Findings();
        ReadResult read = new RepositoryReader().read(SourceTree.scan(src(), project, findings), findings);
        return GitReview.review(src(), project, NOW, Optional.empty(), read, List.of(), memo);
    }

    @Test
    void whatTheWitnessLearntFromGitIsRememberedAndGivesTheSameFindings() throws Exception {
        repository();
        postmortem("draft");
        try (Git git = Git.init().setDirectory(project.toFile()).setInitialBranch("main").call()) {
            commit(git, "incident and draft", "2026-11-04T10:00:00Z");
            write("2026/2026-11-03-web-down/incident.yaml", Files.readString(
                    src().resolve("2026/2026-11-03-api-errors/incident.yaml")).replace("API errors", "Web down"));
            commit(git, "another incident", "2026-11-05T10:00:00Z");
            postmortem("published");
            commit(git, "publish", "2026-11-07T09:12:00Z");
        }
        List<Finding> without = review(HistoryMemo.NONE);
        assertEquals(1, without.size(), without.toString());

        CountingMemo memo = new CountingMemo();
        assertEquals(without, review(memo));
        // each commit's changed postmortems (none in the second), and the two versions: a draft, then published
        assertEquals(3, memo.touched.size(), memo.touched.toString());
        assertEquals(List.of(0, 1, 1), memo.touched.values().stream().map(List::size).sorted().toList());
        assertEquals(java.util.Set.of(false, true), java.util.Set.copyOf(memo.published.values()));
        int told = memo.told.get();
        assertEquals(without, review(memo));
        assertEquals(told, memo.told.get(), "a second build works nothing out again");

        // a new commit publishes a second postmortem: only that commit is worked out (its text is the first
        // postmortem's, a blob known already), and the answer is the one a build without the memo gives
        try (Git git = Git.open(project.toFile())) {
            write("2026/2026-11-03-web-down/postmortem.md", Files.readString(
                    src().resolve("2026/2026-11-03-api-errors/postmortem.md")));
            commit(git, "second postmortem", "2026-11-12T10:00:00Z");
        }
        List<Finding> now = review(HistoryMemo.NONE);
        assertEquals(now, review(memo));
        assertEquals(4, memo.touched.size());
        assertEquals(told + 1, memo.told.get());
    }

    @Test
    void theWitnessKeepsItsMemoryInTheBuildCache() throws Exception {
        draftThenPublished();
        SitrepOptions options = new SitrepOptions(src(), project.resolve("out"), project, NOW);
        List<Finding> expected = witnessFindings(Sitrep.check(options));
        assertEquals(1, expected.size());
        SitrepOptions cached = options.withCache(project.resolve("cache"));
        assertEquals(expected, witnessFindings(Sitrep.check(cached)));
        assertEquals(expected, witnessFindings(Sitrep.check(cached)), "from the build cache");
    }
}
