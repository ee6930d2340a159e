package dev.sitrep.model;

import java.util.List;
import java.util.Optional;

/**
 * What could be read from a source tree. The configuration may be missing when {@code sitrep.yaml} could not be
 * read; incidents and maintenances hold every record that could be built, sorted by id.
 */
public record ReadResult(Optional<SiteConfig> config, List<Incident> incidents, List<Maintenance> maintenances) {

    public ReadResult {
        incidents = List.copyOf(incidents);
        maintenances = List.copyOf(maintenances);
    }

    /** The repository, when the configuration could be read. */
    public Optional<StatusRepository> repository() {
        return config.map(c -> new StatusRepository(c, incidents, maintenances));
    }
}
