package dev.sitrep.site;

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
 */
public record SiteContext(StatusRepository repository, Instant now, Optional<Path> templates) {

    public SiteContext {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(templates, "templates");
    }
}
