package dev.sitrep.site;

import dev.sitrep.Fixture;
import dev.sitrep.cache.BuildCache;
import dev.sitrep.model.StatusRepository;
import dev.sitrep.site.api.StatusApi;
import dev.sitrep.site.badge.Badges;
import dev.sitrep.site.calendar.Calendars;
import dev.sitrep.site.feed.Feeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The parts besides the HTML pages key every file they write, so that a rebuild keeps the files the previous build
 * made from the same model without making them again, and writes them all without a build cache.
 */
class KeyedOutputTest {

    @TempDir
    Path temp;

    /** A sink that remembers the key of each file and keeps a file when asked with the key it was given. */
    private static final class Published implements SiteSink {
        final Map<String, String> keys = new HashMap<>();
        final List<String> written = new ArrayList<>();
        final List<String> unkeyed = new ArrayList<>();

        @Override
        public synchronized void put(OutputFile file) {
            unkeyed.add(file.path());
        }

        @Override
        public synchronized void stream(String path, String key, Content content) {
            written.add(path);
            keys.put(path, key);
        }

        @Override
        public synchronized boolean keep(String path, String key) {
            return key.equals(keys.get(path));
        }
    }

    @Test
    void aSecondRunOfTheSameModelKeepsEveryFile() {
        StatusRepository repository = Fixture.read(Fixture.site(temp.resolve("site")));
        BuildCache cache = BuildCache.load(temp.resolve("cache"), "fp").cache();
        SiteContext context = new SiteContext(repository, Fixture.SITE_NOW, Optional.empty())
                .withCache(Optional.of(cache));
        for (SitePart part : List.of(new StatusApi(), new Feeds(), new Calendars(), new Badges())) {
            String name = part.getClass().getSimpleName();
            Published sink = new Published();
            part.render(context, sink);
            assertEquals(List.of(), sink.unkeyed, name + ": files without a key");
            assertTrue(sink.written.size() >= 3, name + " wrote " + sink.written);
            int first = sink.written.size();

            part.render(context, sink);
            assertEquals(first, sink.written.size(), name + ": the same model again writes nothing");
        }
        cache.close();
    }

    @Test
    void withoutABuildCacheEveryFileIsWritten() {
        StatusRepository repository = Fixture.read(Fixture.site(temp.resolve("site")));
        SiteContext context = new SiteContext(repository, Fixture.SITE_NOW, Optional.empty());
        for (SitePart part : List.of(new StatusApi(), new Feeds(), new Calendars(), new Badges())) {
            Published sink = new Published();
            part.render(context, sink);
            part.render(context, sink);
            assertEquals(List.of(), sink.written, part.getClass().getSimpleName());
            assertEquals(2 * part.render(context).size(), sink.unkeyed.size(), part.getClass().getSimpleName());
        }
    }
}
