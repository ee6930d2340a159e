package dev.sitrep;

import dev.sitrep.cache.BuildCache;
import dev.sitrep.check.Checks;
import dev.sitrep.finding.Finding;
import dev.sitrep.finding.Findings;
import dev.sitrep.finding.Rule;
import dev.sitrep.model.Location;
import dev.sitrep.git.GitReview;
import dev.sitrep.metrics.SiteMetrics;
import dev.sitrep.model.ReadResult;
import dev.sitrep.model.StatusRepository;
import dev.sitrep.parse.RepositoryReader;
import dev.sitrep.site.SiteContext;
import dev.sitrep.site.OutputFile;
import dev.sitrep.site.SiteGenerator;
import dev.sitrep.site.SiteSink;
import dev.sitrep.site.html.HtmlPages;
import dev.sitrep.site.SiteWriter;
import dev.sitrep.source.SourceTree;
import dev.sitrep.templating.TemplateFailure;
import dev.sitrep.templating.TemplateSyntax;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The front door of sitrep. {@link #check} reads and checks a source tree; {@link #generate} also writes the site.
 * Bad input never throws: it becomes findings. Only failures that are not the input's fault throw
 * {@link SitrepException}.
 */
public final class Sitrep {

    private Sitrep() {
    }

    /** Reads every file of the source tree and checks it against every rule. */
    public static CheckResult check(SitrepOptions options) {
        Caching caching = Caching.open(options.cacheDirectory());
        try {
            CheckResult result = check(options, caching);
            caching.save();
            return withNotices(result, caching);
        } finally {
            caching.close();
        }
    }

    private static CheckResult check(SitrepOptions options, Caching caching) {
        Read read = read(options, caching);
        return withTemplatesTried(options, caching, read, check(options, caching, read));
    }

    /**
     * When the repository has templates of its own, renders every page with them, as {@code generate} would, and
     * discards the pages: a template that fails on the data (a field no page has, a value it does not expect) is then a
     * finding of {@code check} at the template's line, not a publication that stops after the merge. Only the HTML
     * pages (the other files use no template), and only when the files hold no data error, since {@code generate}
     * would render nothing then either. This costs {@code check} what rendering the pages costs, only in repositories
     * with templates, and with a build cache only for the pages whose inputs changed since the last try.
     */
    private static CheckResult withTemplatesTried(SitrepOptions options, Caching caching, Read read,
                                                  CheckResult checked) {
        if (checked.hasDataErrors() || checked.repository().isEmpty()
                || read.tree().templates().filter(TemplateSyntax::hasTemplates).isEmpty()) {
            return checked;
        }
        StatusRepository repository = checked.repository().get();
        SiteContext context = new SiteContext(repository, options.now(), read.tree().templates(),
                SiteMetrics.of(repository, options.now())).withCache(caching.cache());
        try {
            new SiteGenerator(List.of(new HtmlPages())).render(context, tried(caching.cache()));
            return checked;
        } catch (TemplateFailure failure) {
            String name = failure.template().orElse("a template");
            Findings found = new Findings();
            if (failure.isUsers()) {
                found.error(Rule.TEMPLATE, new Location(read.tree().templatesShown() + name, failure.line(),
                        failure.column()), failure.problem() + "; " + TemplateSyntax.remedy(name));
            } else {
                found.error(Rule.TEMPLATE, Location.startOf(read.tree().templatesShown()), "sitrep's own " + name
                        + " failed at line " + failure.line() + ", column " + failure.column()
                        + " with the templates of this folder: " + failure.problem()
                        + "; a template here that it uses lacks what it needs");
            }
            List<Finding> all = new ArrayList<>(checked.findings());
            all.addAll(found.sorted());
            all.sort(null);
            return new CheckResult(all, checked.repository(), checked.files());
        }
    }

    /** {@code sink}, remembering each file that was rendered or kept as tried (see {@link #tried}). */
    private static SiteSink remembered(SiteSink sink, BuildCache cache) {
        return new SiteSink() {
            @Override
            public void put(OutputFile file) {
                sink.put(file);
            }

            @Override
            public void stream(String path, Content content) {
                sink.stream(path, content);
            }

            @Override
            public void stream(String path, String key, Content content) {
                sink.stream(path, key, content);
                cache.put(BuildCache.Kind.TRIED, key, new byte[0]);
            }

            @Override
            public boolean keep(String path, String key) {
                boolean kept = sink.keep(path, key);
                if (kept) {
                    cache.put(BuildCache.Kind.TRIED, key, new byte[0]);
                }
                return kept;
            }
        };
    }

    /**
     * A site that is rendered and thrown away: each page's content is run into nothing; a page the last try (or
     * {@code generate}) remembered by its key is kept, and each page that rendered is remembered.
     */
    private static SiteSink tried(Optional<BuildCache> cache) {
        SiteSink discarded = new SiteSink() {
            @Override
            public void put(OutputFile file) {
            }

            @Override
            public void stream(String path, Content content) {
                try {
                    content.writeTo(OutputStream.nullOutputStream());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public boolean keep(String path, String key) {
                return cache.flatMap(c -> c.get(BuildCache.Kind.TRIED, key)).isPresent();
            }
        };
        return cache.map(c -> remembered(discarded, c)).orElse(discarded);
    }

    /** The source tree as walked and read, with the findings so far. */
    private record Read(SourceTree tree, Findings findings, ReadResult result) {
    }

    /** Walks and reads the source tree. */
    private static Read read(SitrepOptions options, Caching caching) {
        Findings findings = new Findings();
        SourceTree tree = SourceTree.scan(options.sourceDirectory(), options.baseDirectory(), findings);
        return new Read(tree, findings, new RepositoryReader().read(tree, findings, caching.parse()));
    }

    /** Checks what was read against every rule, and against git's history. */
    private static CheckResult check(SitrepOptions options, Caching caching, Read read) {
        // git needs only what was read: it is looked at while the other checks run (opening a repository and
        // loading JGit alone takes a tenth of a second in a fresh JVM)
        FutureTask<GitReview.Review> git = started("sitrep-git", () -> GitReview.look(options.sourceDirectory(),
                options.baseDirectory(), options.now(), options.changedSince(), read.result(), caching.history()));
        Checks.run(read.result(), options.now(), read.findings());
        List<Finding> all = joined(git, "cannot read the git history").apply(read.findings().sorted());
        return new CheckResult(all, read.result().repository(), read.tree().all().size());
    }

    /** {@code work}, started on a thread of its own. */
    private static <T> FutureTask<T> started(String name, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    /** What {@code task} gave, or what it threw; {@code failed} says what could not be done if it was not ours. */
    private static <T> T joined(FutureTask<T> task, String failed) {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new SitrepException(failed + ": " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SitrepException("interrupted: " + failed, e);
        }
    }

    private static CheckResult withNotices(CheckResult result, Caching caching) {
        return new CheckResult(result.findings(), result.repository(), result.files(), caching.notices());
    }

    /**
     * Checks the source tree, then renders the site and publishes it atomically into the output directory.
     * Data errors (files that cannot be understood) stop it before anything is written; policy findings (an overdue
     * postmortem, a missed target) do not: the site shows them.
     *
     * @throws SitrepException when the output directory is, contains or is inside the source directory, or on an
     *                         I/O or template failure (the previous site is then left as it was)
     */
    public static GenerateResult generate(SitrepOptions options) {
        SiteWriter.checkSeparate(options.outputDirectory(), options.sourceDirectory(), options.baseDirectory());
        Caching caching = Caching.open(options.cacheDirectory());
        try {
            GenerateResult result = generate(options, caching);
            caching.save();
            return new GenerateResult(withNotices(result.check(), caching), result.written(), result.files(),
                    result.bytes(), result.changed());
        } finally {
            caching.close();
        }
    }

    private static GenerateResult generate(SitrepOptions options, Caching caching) {
        // the site's figures need only what was read: they are worked out while the checks run, and used only if
        // the checks find no data errors
        Read read = read(options, caching);
        Optional<FutureTask<SiteMetrics>> metrics = read.result().repository().map(repository ->
                started("sitrep-metrics", () -> SiteMetrics.of(repository, options.now())));
        CheckResult check = check(options, caching, read);
        if (check.hasDataErrors() || check.repository().isEmpty()) {
            return GenerateResult.notWritten(check);
        }
        StatusRepository repository = check.repository().get();
        SiteContext context = new SiteContext(repository, options.now(), read.tree().templates(),
                joined(metrics.orElseThrow(), "cannot work out the site's figures")).withCache(caching.cache());
        // with templates of the repository's own, what rendered here need not be tried by the next check (whose
        // build cache is often the one this build leaves, restored in the job of a pull request)
        Optional<BuildCache> tried = caching.cache().filter(c -> read.tree().templates()
                .filter(TemplateSyntax::hasTemplates).isPresent());
        // each page goes to disk as soon as it is rendered: the site is never held in memory as a whole
        SiteWriter.Written written = SiteWriter.write(options.outputDirectory(), options.sourceDirectory(),
                sink -> SiteGenerator.standard().render(context, tried.map(c -> remembered(sink, c)).orElse(sink)));
        return new GenerateResult(check, true, written.files(), written.bytes(), written.changed());
    }
}
