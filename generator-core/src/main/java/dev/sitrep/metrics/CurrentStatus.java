package dev.sitrep.metrics;

import dev.sitrep.model.AffectedComponent;
import dev.sitrep.model.Component;
import dev.sitrep.model.Incident;
import dev.sitrep.model.Maintenance;
import dev.sitrep.model.Severity;
import dev.sitrep.model.StatusRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The status of the page at {@code now}: the overall indicator, every component and group, the unresolved incidents
 * and the active and upcoming maintenances.
 *
 * <p>A component's status is the worst impact on it among the unresolved incidents, else {@code under_maintenance}
 * while an active maintenance includes it, else {@code operational}. The indicator is the worst of the unresolved
 * incidents' severity impacts and of the component statuses (degraded performance is minor, partial outage major,
 * major outage critical), else {@code maintenance} while any maintenance is active, else {@code none}.
 *
 * @param components           every component in configuration order
 * @param groups               the named groups in order of first use; ungrouped components are in none
 * @param unresolved           the unresolved incidents, newest first (by detection, then id)
 * @param activeMaintenances   maintenances under way at {@code now}, by scheduled start, then id
 * @param upcomingMaintenances maintenances that have not started, by scheduled start, then id
 */
public record CurrentStatus(Indicator indicator, List<ComponentState> components, List<GroupState> groups,
                            List<Incident> unresolved, List<Maintenance> activeMaintenances,
                            List<Maintenance> upcomingMaintenances) {

    /** Newest first: by detection time descending, then id. */
    public static final Comparator<Incident> NEWEST_FIRST = Comparator.comparing(Incident::detected).reversed()
            .thenComparing(Incident::id);

    private static final Comparator<Maintenance> BY_START = Comparator.comparing(Maintenance::scheduledStart)
            .thenComparing(Maintenance::id);

    public CurrentStatus {
        Objects.requireNonNull(indicator, "indicator");
        components = List.copyOf(components);
        groups = List.copyOf(groups);
        unresolved = List.copyOf(unresolved);
        activeMaintenances = List.copyOf(activeMaintenances);
        upcomingMaintenances = List.copyOf(upcomingMaintenances);
    }

    /** The state of one component. */
    public ComponentState component(String id) {
        return components.stream().filter(c -> c.component().id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown component " + id));
    }

    /** Computes the status of {@code repository} at {@code now}. */
    public static CurrentStatus of(StatusRepository repository, Instant now) {
        Map<String, Severity> severities = new LinkedHashMap<>();
        repository.config().severities().forEach(s -> severities.put(s.id(), s));

        List<Incident> unresolved = repository.incidents().stream().filter(i -> !i.isResolved())
                .sorted(NEWEST_FIRST).toList();
        List<Maintenance> active = repository.maintenances().stream().filter(m -> m.isActive(now))
                .sorted(BY_START).toList();
        List<Maintenance> upcoming = repository.maintenances().stream().filter(m -> m.isUpcoming(now))
                .sorted(BY_START).toList();

        Map<String, ComponentStatus> worst = new TreeMap<>();
        Map<String, TreeSet<String>> incidentIds = new TreeMap<>();
        Map<String, TreeSet<String>> maintenanceIds = new TreeMap<>();
        Indicator indicator = Indicator.NONE;
        for (Incident incident : unresolved) {
            Severity severity = severities.get(incident.severity());
            if (severity != null) {
                indicator = worse(indicator, Indicator.of(severity.impact()));
            }
            for (AffectedComponent affected : incident.components()) {
                worst.merge(affected.componentId(), ComponentStatus.of(affected.impact()), ComponentStatus::worst);
                incidentIds.computeIfAbsent(affected.componentId(), k -> new TreeSet<>()).add(incident.id());
            }
        }
        for (Maintenance maintenance : active) {
            for (String componentId : maintenance.components()) {
                maintenanceIds.computeIfAbsent(componentId, k -> new TreeSet<>()).add(maintenance.id());
            }
        }

        List<ComponentState> states = new ArrayList<>();
        for (Component component : repository.config().components()) {
            String id = component.id();
            ComponentStatus status = worst.get(id);
            if (status == null) {
                status = maintenanceIds.containsKey(id) ? ComponentStatus.UNDER_MAINTENANCE : ComponentStatus.OPERATIONAL;
            }
            if (status.isIncident()) {
                indicator = worse(indicator, status.indicator());
            }
            states.add(new ComponentState(component, status, List.copyOf(incidentIds.getOrDefault(id, new TreeSet<>())),
                    List.copyOf(maintenanceIds.getOrDefault(id, new TreeSet<>()))));
        }
        if (indicator == Indicator.NONE && !active.isEmpty()) {
            indicator = Indicator.MAINTENANCE;
        }
        return new CurrentStatus(indicator, states, groups(states), unresolved, active, upcoming);
    }

    private static List<GroupState> groups(List<ComponentState> states) {
        Map<String, List<ComponentState>> members = new LinkedHashMap<>();
        for (ComponentState state : states) {
            state.component().group().ifPresent(g -> members.computeIfAbsent(g, k -> new ArrayList<>()).add(state));
        }
        List<GroupState> groups = new ArrayList<>();
        members.forEach((name, list) -> groups.add(new GroupState(name,
                list.stream().map(ComponentState::status).reduce(ComponentStatus.OPERATIONAL, ComponentStatus::worst),
                list)));
        return groups;
    }

    private static Indicator worse(Indicator a, Indicator b) {
        // only called with incident indicators (NONE..CRITICAL), whose order is their badness
        return b.compareTo(a) > 0 ? b : a;
    }
}
