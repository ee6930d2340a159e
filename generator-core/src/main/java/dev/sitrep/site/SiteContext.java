package dev.sitrep.site;

import dev.sitrep.cache.BuildCache;
import dev.sitrep.i18n.Strings;
import dev.sitrep.metrics.SiteMetrics;
import dev.sitrep.model.StatusRepository;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What every part of the site is rendered from.
 *
 * @param repository the checked model (no data errors)
 * @param now        the clock ({@code sitrep.now})
 * @param templates  the user's {@code templates/} folder of overrides, if any
 * @param metrics    every figure of {@code repository} at {@code now}, computed once for all parts
 * @param strings    the words of the site, in its {@code language}, with the overrides of {@code templates}
 * @param cache      the build cache, when the run has one: parts keep what the previous build rendered from the same
 *                   inputs ({@link SiteSink#keep}) and remember costly pieces (rendered Markdown) for the next build
 * @param frame      with a build cache, what every file of the site is made with besides its own model (see
 *                   {@link KeyedOutput}), worked out once for all parts; none without one
 */
public record SiteContext(StatusRepository repository, Instant now, Optional<Path> templates, SiteMetrics metrics,
                          Strings strings, Optional<BuildCache> cache, Optional<String> frame) {

    /** The context without a build cache. */
    public SiteContext(StatusRepository repository, Instant now, Optional<Path> templates, SiteMetrics metrics,
                       Strings strings) {
        this(repository, now, templates, metrics, strings, Optional.empty());
    }

    /** The context with the build cache {@code cache}, and the frame worked out for it. */
    public SiteContext(StatusRepository repository, Instant now, Optional<Path> templates, SiteMetrics metrics,
                       Strings strings, Optional<BuildCache> cache) {
        this(repository, now, templates, metrics, strings, cache,
                KeyedOutput.frame(cache, repository.config().timezone(), strings, templates));
    }

    public SiteContext {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(strings, "strings");
        Objects.requireNonNull(cache, "cache");
        Objects.requireNonNull(frame, "frame");
        if (!metrics.now().equals(now)) {
            throw new IllegalArgumentException("metrics are of " + metrics.now() + ", the site of " + now);
        }
    }

    /** The context of {@code repository} at {@code now}, with its strings loaded. */
    public SiteContext(StatusRepository repository, Instant now, Optional<Path> templates, SiteMetrics metrics) {
        this(repository, now, templates, metrics, Strings.of(repository.config().language(), templates));
    }

    /** The same context with the build cache {@code cache}. */
    public SiteContext withCache(Optional<BuildCache> cache) {
        return new SiteContext(repository, now, templates, metrics, strings, cache);
    }

    /** The context of {@code repository} at {@code now}, with its metrics computed and its strings loaded. */
    public SiteContext(StatusRepository repository, Instant now, Optional<Path> templates) {
        this(repository, now, templates, SiteMetrics.of(repository, now));
    }
}
