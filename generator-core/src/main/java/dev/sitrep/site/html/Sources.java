package dev.sitrep.site.html;

import dev.sitrep.cache.BuildCache;
import dev.sitrep.model.Incident;
import dev.sitrep.model.Maintenance;
import dev.sitrep.model.StatusRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The incidents and maintenances as a page's inputs name them: by the build cache's keys of their files, which hash
 * each file's name and bytes (the cache's fingerprint, in every key's frame, covers the code that reads them) and
 * are far cheaper to hash than the records; by the records themselves when a key is not known. Safe for concurrent
 * use.
 */
final class Sources {

    private final StatusRepository repository;
    private final Optional<BuildCache> cache;
    /** {@link #all}, worked out once. */
    private volatile String all;

    Sources(StatusRepository repository, Optional<BuildCache> cache) {
        this.repository = repository;
        this.cache = cache;
    }

    /** Names the records themselves, as without a build cache. */
    static Sources records(StatusRepository repository) {
        return new Sources(repository, Optional.empty());
    }

    /** An incident with its postmortem, as read. */
    Object of(Incident incident) {
        if (cache.isEmpty()) {
            return incident;
        }
        String yaml = cache.get().sourceKey(incident.file()).orElse(null);
        String postmortem = incident.postmortem().isEmpty() ? ""
                : cache.get().sourceKey(incident.postmortem().get().file()).orElse(null);
        return yaml == null || postmortem == null ? incident : List.of("files", yaml, postmortem);
    }

    /** A maintenance, as read. */
    Object of(Maintenance maintenance) {
        return cache.flatMap(c -> c.sourceKey(maintenance.file())).<Object>map(key -> List.of("file", key))
                .orElse(maintenance);
    }

    /** Every incident and maintenance of the repository, as one hash: what a page that shows them all is made of. */
    String all() {
        String known = all;
        if (known == null) {
            List<Object> every = new ArrayList<>(repository.incidents().size() + repository.maintenances().size());
            repository.incidents().forEach(i -> every.add(of(i)));
            repository.maintenances().forEach(m -> every.add(of(m)));
            known = BuildCache.hashOf("every source\n", every);
            all = known;
        }
        return known;
    }
}
