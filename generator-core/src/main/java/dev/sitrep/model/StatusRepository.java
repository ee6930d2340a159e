package dev.sitrep.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything read from one source tree: the configuration, the incidents (with their postmortems) and the
 * maintenances, each list sorted by id.
 */
public record StatusRepository(SiteConfig config, List<Incident> incidents, List<Maintenance> maintenances) {

    public StatusRepository {
        Objects.requireNonNull(config, "config");
        incidents = List.copyOf(incidents);
        maintenances = List.copyOf(maintenances);
    }
}
