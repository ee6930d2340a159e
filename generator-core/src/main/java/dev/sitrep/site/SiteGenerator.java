package dev.sitrep.site;

import dev.sitrep.SitrepException;
import dev.sitrep.site.api.StatusApi;
import dev.sitrep.site.badge.Badges;
import dev.sitrep.site.calendar.Calendars;
import dev.sitrep.site.feed.Feeds;
import dev.sitrep.site.html.HtmlPages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders every part of the site: the parts run in parallel (each is a pure function of the context) and hand each
 * file, as soon as it is finished, to a {@link SiteSink} (normally the {@link SiteWriter}, which writes it to disk at
 * once), after checking that no two parts write one path.
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

    /**
     * The complete site: the HTML pages, the Statuspage JSON API, the feeds, the badges and the maintenance calendars,
     * rendered on all cores.
     */
    public static SiteGenerator standard() {
        return new SiteGenerator(List.of(new HtmlPages(), new StatusApi(), new Feeds(), new Badges(), new Calendars()));
    }

    /**
     * The complete site rendered in the calling thread only: slower, and the reference the parallel {@link #standard}
     * result equals byte for byte.
     */
    public static SiteGenerator singleThreaded() {
        return new SiteGenerator(List.of(new HtmlPages(false), new StatusApi(), new Feeds(), new Badges(),
                new Calendars()), false);
    }

    /**
     * Renders all parts, handing every file to {@code sink} as soon as it is finished, from the rendering threads.
     *
     * @throws SitrepException when a part fails (with that part's own exception), or when two parts write the same
     *                         path
     */
    public void render(SiteContext context, SiteSink sink) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(sink, "sink");
        Map<String, SitePart> owners = new ConcurrentHashMap<>();
        List<Runnable> tasks = new ArrayList<>(parts.size());
        for (SitePart part : parts) {
            tasks.add(() -> part.render(context, new SiteSink() {
                @Override
                public void put(OutputFile file) {
                    claim(file.path());
                    sink.put(file);
                }

                @Override
                public void stream(String path, Content content) {
                    claim(path);
                    sink.stream(path, content);
                }

                @Override
                public void stream(String path, String key, Content content) {
                    claim(path);
                    sink.stream(path, key, content);
                }

                @Override
                public boolean keep(String path, String key) {
                    if (!sink.keep(path, key)) {
                        return false;
                    }
                    claim(path);
                    return true;
                }

                private void claim(String path) {
                    SitePart previous = owners.putIfAbsent(path, part);
                    if (previous != null) {
                        throw new SitrepException("two parts of the site write " + path + ": "
                                + previous.getClass().getSimpleName() + " and " + part.getClass().getSimpleName());
                    }
                }
            }));
        }
        if (parallel) {
            Tasks.runAll(tasks);
        } else {
            tasks.forEach(Runnable::run);
        }
    }

    /**
     * Renders all parts into memory.
     *
     * @return every file, sorted by path
     * @throws SitrepException when a part fails, or when two parts write the same path
     */
    public List<OutputFile> render(SiteContext context) {
        return SiteSink.collect(sink -> render(context, sink));
    }
}
