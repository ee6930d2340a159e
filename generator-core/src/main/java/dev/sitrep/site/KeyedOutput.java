package dev.sitrep.site;

import dev.sitrep.cache.BuildCache;
import dev.sitrep.i18n.Strings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * How a part of the site writes a file that the previous build may already have written: each file is keyed by
 * everything its bytes are made from (the {@link #frame} and the file's own model), and the previous build's file is
 * kept when it was published with the same key, without making the bytes again. Without a build cache every file is
 * written.
 */
public final class KeyedOutput {

    private final SiteSink sink;
    private final Optional<String> frame;

    /** The keyed output of one part into {@code sink}. */
    public KeyedOutput(SiteContext context, SiteSink sink) {
        this.sink = sink;
        this.frame = context.frame();
    }

    /** The frame of this run (see {@link #frame(Optional, ZoneId, Strings, Optional)}); none without a build cache. */
    public Optional<String> frame() {
        return frame;
    }

    /**
     * Writes the file at {@code path} with the bytes {@code bytes} makes from {@code model}, unless the previous
     * build wrote it from an equal model with the same frame: {@code model} must hold everything the bytes depend
     * on besides the frame.
     */
    public void put(String path, Object model, Supplier<byte[]> bytes) {
        put(path, frame.flatMap(f -> hash(f + "\n" + path + "\n", s -> null, model)), bytes);
    }

    /** Writes the file at {@code path} unless the previous build wrote it with {@code key}. */
    public void put(String path, Optional<String> key, Supplier<byte[]> bytes) {
        if (key.isEmpty()) {
            sink.put(new OutputFile(path, bytes.get()));
        } else if (!sink.keep(path, key.get())) {
            sink.stream(path, key.get(), out -> out.write(bytes.get()));
        }
    }

    /**
     * What every file is made with besides its own model, when the run has a build cache: sitrep's code and
     * built-in templates (the cache's fingerprint), the repository's {@code templates/} folder, the strings and the
     * time zone. A file's key adds its own model; the same key gives the same bytes.
     */
    public static Optional<String> frame(Optional<BuildCache> cache, ZoneId zone, Strings strings,
                                         Optional<Path> templates) {
        if (cache.isEmpty()) {
            return Optional.empty();
        }
        MessageDigest digest = BuildCache.sha256();
        digest.update(cache.get().fingerprint().getBytes(StandardCharsets.UTF_8));
        digest.update(zone.getId().getBytes(StandardCharsets.UTF_8));
        digest.update(BuildCache.encode(strings.language(), strings.all()));
        if (templates.isPresent()) {
            try (Stream<Path> walk = Files.walk(templates.get())) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    digest.update(templates.get().relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                    digest.update(Files.readAllBytes(file));
                }
            } catch (IOException e) {
                return Optional.empty(); // every file is written, as without a cache
            }
        }
        return Optional.of(HexFormat.of().formatHex(digest.digest()));
    }

    /**
     * The hash of {@code value} after {@code prefix}, with each long string that {@code known} has a key for hashed
     * as that key; none when {@code value} holds something that has no bytes.
     */
    public static Optional<String> hash(String prefix, Function<String, String> known, Object value) {
        try {
            return Optional.of(BuildCache.hashOf(prefix, known, value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
