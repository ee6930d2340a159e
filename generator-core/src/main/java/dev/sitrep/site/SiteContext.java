package dev.sitrep.site;

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
 */
public record SiteContext(StatusRepository repository, Instant now, Optional<Path> templates, SiteMetrics metrics,
                          Strings strings) {

    public SiteContext {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(strings, "strings");
        if (!metrics.now().equals(now)) {
            throw new IllegalArgumentException("metrics are of " + metrics.now() + ", the site of " + now);
        }
    }

    /** The context of {@code repository} at {@code now}, with its strings loaded. */
    public SiteContext(StatusRepository repository, Instant now, Optional<Path> templates, SiteMetrics metrics) {
        this(repository, now, templates, metrics, Strings.of(repository.config().language(), templates));
    }

    /** The context of {@code repository} at {@code now}, with its metrics computed and its strings loaded. */
    public SiteContext(StatusRepository repository, Instant now, Optional<Path> templates) {
        this(repository, now, templates, SiteMetrics.of(repository, now));
    }
}
