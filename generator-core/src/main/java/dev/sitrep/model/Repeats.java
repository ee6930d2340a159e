package dev.sitrep.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds repeat incidents: for each incident whose published postmortem names contributing factors, every earlier
 * incident, detected at most {@code repeatWithin} before it, whose published postmortem names one of the same factors
 * and which shares a component with it. One {@link Repeat} per pair of incidents, with the first shared factor in the
 * order the later postmortem lists them and the first shared component in the order the later incident lists them.
 * Both the repeat-incident rule and the pages use it, so they always agree.
 *
 * <p>Cost: the incidents with factors are indexed by factor and sorted by detection once; each incident then looks
 * back only within the window of each of its factors.
 */
public final class Repeats {

    /** Incidents by detection, then id: "earlier" means earlier in this order. */
    private static final Comparator<Incident> BY_DETECTION = Comparator.comparing(Incident::detected)
            .thenComparing(Incident::id);

    private Repeats() {
    }

    /** The repeats among {@code incidents}, by the later incident's detection, then the earlier one's. */
    public static List<Repeat> of(List<Incident> incidents, Duration repeatWithin) {
        Map<String, List<Incident>> byFactor = new HashMap<>();
        List<Incident> withFactors = incidents.stream().filter(i -> !factors(i).isEmpty()).sorted(BY_DETECTION)
                .toList();
        for (Incident incident : withFactors) {
            for (String factor : factors(incident)) {
                byFactor.computeIfAbsent(factor, k -> new ArrayList<>()).add(incident);
            }
        }
        List<Repeat> out = new ArrayList<>();
        for (Incident incident : withFactors) {
            Instant from = incident.detected().minus(repeatWithin);
            // the earlier incidents of any shared factor, each once, in detection order
            Map<String, Incident> earlier = new HashMap<>();
            List<Incident> candidates = new ArrayList<>();
            for (String factor : factors(incident)) {
                List<Incident> list = byFactor.getOrDefault(factor, List.of());
                for (int k = firstAtOrAfter(list, from); k < list.size(); k++) {
                    Incident other = list.get(k);
                    if (BY_DETECTION.compare(other, incident) >= 0) {
                        break;
                    }
                    if (earlier.putIfAbsent(other.id(), other) == null) {
                        candidates.add(other);
                    }
                }
            }
            candidates.sort(BY_DETECTION);
            for (Incident other : candidates) {
                Optional<String> factor = factors(incident).stream().filter(factors(other)::contains).findFirst();
                Set<String> theirs = new LinkedHashSet<>();
                other.components().forEach(c -> theirs.add(c.componentId()));
                Optional<String> component = incident.components().stream().map(AffectedComponent::componentId)
                        .filter(theirs::contains).findFirst();
                if (factor.isPresent() && component.isPresent()) {
                    out.add(new Repeat(incident, other, factor.get(), component.get(),
                            incident.related().contains(other.id())));
                }
            }
        }
        return out;
    }

    /** The index of the first incident of {@code sorted} (by detection) detected at or after {@code from}. */
    private static int firstAtOrAfter(List<Incident> sorted, Instant from) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted.get(mid).detected().isBefore(from)) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The factors of an incident's published postmortem, each once; none without one. */
    private static List<String> factors(Incident incident) {
        return incident.postmortem().filter(Postmortem::isPublished).map(p -> p.factors().stream().distinct()
                .toList()).orElse(List.of());
    }
}
