package dev.sitrep.check;

import dev.sitrep.model.Incident;
import dev.sitrep.model.Location;

/** Where findings about an incident's times point. */
final class Incidents {

    private Incidents() {
    }

    /** The {@code resolved} key when it is written, else the {@code at} of the last update. */
    static Location resolvedAt(Incident incident) {
        return incident.resolved().isPresent() ? incident.positions().key("/resolved") : lastUpdate(incident);
    }

    /** The {@code at} key of the last update. */
    static Location lastUpdate(Incident incident) {
        return update(incident, incident.updates().size() - 1);
    }

    /** The {@code at} key of update {@code index} (0-based). */
    static Location update(Incident incident, int index) {
        return incident.positions().key("/updates/" + index + "/at");
    }
}
