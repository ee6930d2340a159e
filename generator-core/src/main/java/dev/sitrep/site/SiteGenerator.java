package dev.sitrep.site;

import dev.sitrep.SitrepException;
import dev.sitrep.site.api.StatusApi;
import dev.sitrep.site.feed.Feeds;
import dev.sitrep.site.html.HtmlPages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Renders every part of the site into one list of output files: the parts run in parallel (each is a pure function
 * of the context), then their files are checked for clashes and sorted by path.
 */
public final class SiteGenerator {

    private final List<SitePart> parts;
    private final boolean parallel;

    /** A generator that renders its parts in parallel. */
    public SiteGenerator(List<SitePart> parts) {
        this(parts, true);
    }

    /** A generator that renders its parts in parallel or, with {@code parallel} false, one after another. */
    public SiteGenerator(List<SitePart> parts, boolean parallel) {
        this.parts = List.copyOf(parts);
        this.parallel = parallel;
        if (this.parts.isEmpty()) {
            throw new IllegalArgumentException("a site has at least one part");
        }
    }

    /** The complete site: the HTML pages, the Statuspage JSON API and the feeds, rendered on all cores. */
    public static SiteGenerator standard() {
        return new SiteGenerator(List.of(new HtmlPages(), new StatusApi(), new Feeds()));
    }

    /**
     * The complete site rendered in the calling thread only: slower, and the reference the parallel {@link #standard}
     * result equals byte for byte.
     */
    public static SiteGenerator singleThreaded() {
        return new SiteGenerator(List.of(new HtmlPages(false), new StatusApi(), new Feeds()), false);
    }

    /**
     * Renders all parts.
     *
     * @return every file, sorted by path
     * @throws SitrepException when a part fails, or when two parts write the same path
     */
    public List<OutputFile> render(SiteContext context) {
        Objects.requireNonNull(context, "context");
        List<List<OutputFile>> rendered = parallel ? renderInParallel(context) : renderInTurn(context);
        Map<String, SitePart> owners = new HashMap<>();
        List<OutputFile> files = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            SitePart part = parts.get(i);
            for (OutputFile file : rendered.get(i)) {
                SitePart previous = owners.putIfAbsent(file.path(), part);
                if (previous != null) {
                    throw new SitrepException("two parts of the site write " + file.path() + ": "
                            + previous.getClass().getSimpleName() + " and " + part.getClass().getSimpleName());
                }
                files.add(file);
            }
        }
        files.sort(Comparator.comparing(OutputFile::path));
        return List.copyOf(files);
    }

    private List<List<OutputFile>> renderInTurn(SiteContext context) {
        List<List<OutputFile>> rendered = new ArrayList<>(parts.size());
        for (SitePart part : parts) {
            rendered.add(part.render(context));
        }
        return rendered;
    }

    private List<List<OutputFile>> renderInParallel(SiteContext context) {
        List<List<OutputFile>> rendered = new ArrayList<>(parts.size());
        int threads = Math.min(parts.size(), Math.max(1, Runtime.getRuntime().availableProcessors()));
        ExecutorService executor = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "sitrep-render");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<List<OutputFile>>> futures = new ArrayList<>(parts.size());
            for (SitePart part : parts) {
                futures.add(executor.submit(() -> part.render(context)));
            }
            for (Future<List<OutputFile>> future : futures) {
                rendered.add(future.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SitrepException("interrupted while rendering the site", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new SitrepException("cannot render the site: " + cause, cause);
        } finally {
            executor.shutdownNow();
        }
        return rendered;
    }
}
