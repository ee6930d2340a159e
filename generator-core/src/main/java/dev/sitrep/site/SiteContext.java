package dev.sitrep.site;

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
 */
public record SiteContext(StatusRepository repository, Instant now, Optional<Path> templates, SiteMetrics metrics) {

    public SiteContext {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(metrics, "metrics");
        if (!metrics.now().equals(now)) {
            throw new IllegalArgumentException("metrics are of " + metrics.now() + ", the site of " + now);
        }
    }

    /** The context of {@code repository} at {@code now}, with its metrics computed. */
    public SiteContext(StatusRepository repository, Instant now, Optional<Path> templates) {
        this(repository, now, templates, SiteMetrics.of(repository, now));
    }
}
