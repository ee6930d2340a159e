package dev.sitrep;

import dev.sitrep.cache.BuildCache;
import dev.sitrep.cache.BuildFingerprint;
import dev.sitrep.cache.RecordCodec;
import dev.sitrep.finding.Finding;
import dev.sitrep.git.HistoryMemo;
import dev.sitrep.model.Incident;
import dev.sitrep.model.Maintenance;
import dev.sitrep.model.Postmortem;
import dev.sitrep.model.SiteConfig;
import dev.sitrep.parse.ParseMemo;
import dev.sitrep.source.SourceKind;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The build cache of one run, as the stages use it: the parse stage's {@link ParseMemo}, the publication witness's
 * {@link HistoryMemo}. A run without a cache directory gets {@link #none()}, which remembers nothing.
 */
final class Caching {

    private final Optional<BuildCache> cache;
    private final List<String> notices = new ArrayList<>();

    private Caching(Optional<BuildCache> cache) {
        this.cache = cache;
    }

    static Caching none() {
        return new Caching(Optional.empty());
    }

    /** The cache in {@code directory}, when given; a notice when it could not be used. */
    static Caching open(Optional<Path> directory) {
        if (directory.isEmpty()) {
            return none();
        }
        BuildCache.Loaded loaded = BuildCache.load(directory.get(), BuildFingerprint.of());
        Caching caching = new Caching(Optional.of(loaded.cache()));
        loaded.notice().ifPresent(caching.notices::add);
        return caching;
    }

    /** The cache itself, for the site stage. */
    Optional<BuildCache> cache() {
        return cache;
    }

    /** What went wrong with the cache: it could not be used or written, or some of its values were damaged. */
    List<String> notices() {
        List<String> all = new ArrayList<>(notices);
        cache.ifPresent(c -> all.addAll(c.notices()));
        return List.copyOf(all);
    }

    /** Writes the cache for the next run; a cache that cannot be written is a notice, not a failed build. */
    void save() {
        if (cache.isPresent()) {
            try {
                cache.get().save();
            } catch (IOException | RuntimeException e) {
                notices.add("warning: cannot write the build cache: " + e.getMessage()
                        + "; the next build builds everything");
            }
        }
    }

    /** Lets go of the cache's file, whether or not the run saved it. */
    void close() {
        cache.ifPresent(BuildCache::close);
    }

    /** The publication witness's memory of git's commits and blobs. */
    HistoryMemo history() {
        if (cache.isEmpty()) {
            return HistoryMemo.NONE;
        }
        BuildCache c = cache.get();
        return new HistoryMemo() {
            @Override
            public Optional<List<String>> touched(String key) {
                return c.get(BuildCache.Kind.HISTORY, "touched " + key).flatMap(value -> {
                    try {
                        List<?> files = BuildCache.decoder(value).read(List.class);
                        return files.stream().allMatch(String.class::isInstance)
                                ? Optional.of(files.stream().map(String.class::cast).toList()) : Optional.empty();
                    } catch (IOException | RuntimeException e) {
                        return Optional.empty();
                    }
                });
            }

            @Override
            public void touched(String key, List<String> files) {
                c.put(BuildCache.Kind.HISTORY, "touched " + key, BuildCache.encode(files));
            }

            @Override
            public Optional<Boolean> published(String key) {
                return c.get(BuildCache.Kind.HISTORY, "published " + key).flatMap(value -> {
                    try {
                        return Optional.of(BuildCache.decoder(value).read(Boolean.class));
                    } catch (IOException | RuntimeException e) {
                        return Optional.empty();
                    }
                });
            }

            @Override
            public void published(String key, boolean published) {
                c.put(BuildCache.Kind.HISTORY, "published " + key, BuildCache.encode(published));
            }
        };
    }

    ParseMemo parse() {
        if (cache.isEmpty()) {
            return ParseMemo.NONE;
        }
        BuildCache c = cache.get();
        return new ParseMemo() {
            @Override
            public Reading reading(SourceKind kind, String display, byte[] bytes) {
                String key = key(kind, display, bytes);
                return new Reading() {
                    @Override
                    public Optional<Parsed> recall() {
                        return parsed(c, kind, display, key);
                    }

                    @Override
                    public void remember(Parsed parsed) {
                        c.put(BuildCache.Kind.PARSED, key, BuildCache.encode(parsed.value(), parsed.findings()));
                        c.source(display, key);
                    }

                    @Override
                    public void stat(long size, long modifiedNanos, long readMillis) {
                        // a file written less than two seconds before it was read may be written again within the
                        // same tick of the clock and keep its size: it is read again next time (git calls it racily
                        // clean)
                        if (modifiedNanos / 1_000_000 < readMillis - 2_000) {
                            c.put(BuildCache.Kind.STAT, statKey(kind, display),
                                    BuildCache.encode(size, modifiedNanos, key));
                        }
                    }
                };
            }

            @Override
            public Optional<Parsed> recallUnchanged(SourceKind kind, String display, long size, long modifiedNanos) {
                Optional<byte[]> stat = c.get(BuildCache.Kind.STAT, statKey(kind, display));
                if (stat.isEmpty()) {
                    return Optional.empty();
                }
                try {
                    RecordCodec.Reader reader = BuildCache.decoder(stat.get());
                    if (reader.read(Long.class) != size || reader.read(Long.class) != modifiedNanos) {
                        return Optional.empty();
                    }
                    return parsed(c, kind, display, reader.read(String.class));
                } catch (IOException | RuntimeException e) {
                    return Optional.empty();
                }
            }
        };
    }

    /** The {@link BuildCache.Kind#PARSED} entry {@code key} as the reading of the file {@code display}, if usable. */
    private static Optional<ParseMemo.Parsed> parsed(BuildCache c, SourceKind kind, String display, String key) {
        Optional<ParseMemo.Parsed> parsed = c.get(BuildCache.Kind.PARSED, key).flatMap(value -> decode(kind, value));
        parsed.ifPresent(p -> c.source(display, key));
        return parsed;
    }

    private static String statKey(SourceKind kind, String display) {
        return kind.name() + ":" + display;
    }

    private static String key(SourceKind kind, String display, byte[] bytes) {
        return BuildCache.hash(kind.name().getBytes(StandardCharsets.UTF_8),
                display.getBytes(StandardCharsets.UTF_8), bytes);
    }

    /** A remembered reading, if it decodes to what a file of {@code kind} gives; otherwise the file is read. */
    private static Optional<ParseMemo.Parsed> decode(SourceKind kind, byte[] value) {
        try {
            RecordCodec.Reader reader = BuildCache.decoder(value);
            Optional<?> model = reader.read(Optional.class);
            List<?> findings = reader.read(List.class);
            Class<?> expected = switch (kind) {
                case INCIDENT -> Incident.class;
                case POSTMORTEM -> Postmortem.class;
                case MAINTENANCE -> Maintenance.class;
                case CONFIG -> SiteConfig.class;
            };
            if (model.isPresent() && !expected.isInstance(model.get())
                    || !findings.stream().allMatch(Finding.class::isInstance)) {
                return Optional.empty();
            }
            List<Finding> typed = findings.stream().map(Finding.class::cast).toList();
            return Optional.of(new ParseMemo.Parsed(model.map(m -> (Object) m), typed));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
