package dev.sitrep.metrics;

import dev.sitrep.model.AffectedComponent;
import dev.sitrep.model.Component;
import dev.sitrep.model.ComponentImpact;
import dev.sitrep.model.Incident;
import dev.sitrep.model.StatusRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Computes uptime per component and group over the last {@value #DAYS} calendar days.
 *
 * <p>Days are calendar days in the site's time zone ending with today (the date of {@code now}). An incident affects
 * each of its components from {@link Incident#impactStart()} until {@link Incident#resolvedAt()}, or until
 * {@code now} while it is open; nothing counts after {@code now}. Downtime is the minutes in major outage plus 0.3
 * times the minutes in partial outage; degraded performance counts zero. Where incidents overlap on a component,
 * each minute counts once, at the worst impact of that minute. Days before the first incident are days like any
 * other: 100%.
 *
 * <p>Cost: incidents are indexed by component once, then each component's intervals are swept once together with the
 * day boundaries: O(affected components of all incidents x log + components x days).
 */
public final class Uptime {

    /** The length of the uptime window in days, as on Statuspage. */
    public static final int DAYS = 90;

    /** The calendar months of the monthly uptime of the component pages, the current one included. */
    public static final int MONTHS = 12;

    private static final ComponentImpact[] IMPACTS = ComponentImpact.values();

    private Uptime() {
    }

    /** Uptime over the last {@value #DAYS} days. */
    public static UptimeReport of(StatusRepository repository, Instant now) {
        return of(repository, now, DAYS);
    }

    /** Uptime over the last {@code days} days, today included. */
    public static UptimeReport of(StatusRepository repository, Instant now, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("days must be positive: " + days);
        }
        ZoneId zone = repository.config().timezone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate first = today.minusDays(days - 1L);
        List<LocalDate> dates = new ArrayList<>(days);
        Instant[] bounds = new Instant[days + 1];
        for (int d = 0; d < days; d++) {
            LocalDate date = first.plusDays(d);
            dates.add(date);
            bounds[d] = date.atStartOfDay(zone).toInstant();
        }
        bounds[days] = today.plusDays(1).atStartOfDay(zone).toInstant();
        if (bounds[days].isAfter(now)) {
            bounds[days] = now;
        }
        Window window = new Window(zone, first, bounds);

        Map<String, List<Interval>> byComponent = index(repository, window, now);
        List<ComponentUptime> components = new ArrayList<>();
        Map<String, ComponentUptime> byId = new HashMap<>();
        for (Component component : repository.config().components()) {
            ComponentUptime uptime = component(component.id(), byComponent.getOrDefault(component.id(), List.of()),
                    window, dates);
            components.add(uptime);
            byId.put(component.id(), uptime);
        }
        return new UptimeReport(zone, dates, components, groups(repository, byId, dates));
    }

    /**
     * Uptime per calendar month over the last {@value #MONTHS} months, the current month (up to {@code now}) included:
     * the days of {@link #of(StatusRepository, Instant, int)} from the first day of the oldest month, summed by month.
     */
    public static List<MonthlyUptime> monthly(StatusRepository repository, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, repository.config().timezone());
        LocalDate first = YearMonth.from(today).minusMonths(MONTHS - 1L).atDay(1);
        UptimeReport daily = of(repository, now, (int) ChronoUnit.DAYS.between(first, today) + 1);
        List<MonthlyUptime> out = new ArrayList<>();
        for (ComponentUptime component : daily.components()) {
            Map<YearMonth, List<UptimeDay>> byMonth = new TreeMap<>();
            for (UptimeDay day : component.days()) {
                byMonth.computeIfAbsent(YearMonth.from(day.date()), m -> new ArrayList<>()).add(day);
            }
            List<UptimeMonth> months = new ArrayList<>();
            byMonth.forEach((month, days) -> {
                double minutes = days.stream().mapToDouble(UptimeDay::minutes).sum();
                double downtime = days.stream().mapToDouble(UptimeDay::downtimeMinutes).sum();
                TreeSet<String> incidents = new TreeSet<>();
                days.forEach(d -> incidents.addAll(d.incidentIds()));
                months.add(new UptimeMonth(month, minutes, downtime, percent(downtime, minutes),
                        List.copyOf(incidents)));
            });
            out.add(new MonthlyUptime(component.componentId(), months));
        }
        return out;
    }

    /** One incident's effect on one component, clipped to the window and to {@code now}. */
    private record Interval(Instant start, Instant end, ComponentImpact impact, String incidentId) {
    }

    /** An interval starting (delta 1) or ending (delta -1) at a time. */
    private record Event(Instant time, int impact, int delta) {
    }

    /** The day boundaries: {@code bounds[d]} starts day d, {@code bounds[days]} ends the window (at most now). */
    private record Window(ZoneId zone, LocalDate first, Instant[] bounds) {

        int days() {
            return bounds.length - 1;
        }

        Instant start() {
            return bounds[0];
        }

        int dayOf(Instant t) {
            long index = ChronoUnit.DAYS.between(first, LocalDate.ofInstant(t, zone));
            return (int) Math.max(0, Math.min(days() - 1, index));
        }
    }

    private static Map<String, List<Interval>> index(StatusRepository repository, Window window, Instant now) {
        Map<String, List<Interval>> byComponent = new HashMap<>();
        for (Incident incident : repository.incidents()) {
            Instant start = incident.impactStart();
            Instant end = incident.resolvedAt().orElse(now);
            if (end.isAfter(now)) {
                end = now;
            }
            if (start.isAfter(end) || end.isBefore(window.start())
                    || (end.equals(window.start()) && start.isBefore(end))) {
                continue; // outside the window, or in the future
            }
            if (start.isBefore(window.start())) {
                start = window.start();
            }
            for (AffectedComponent affected : incident.components()) {
                byComponent.computeIfAbsent(affected.componentId(), k -> new ArrayList<>())
                        .add(new Interval(start, end, affected.impact(), incident.id()));
            }
        }
        return byComponent;
    }

    private static ComponentUptime component(String id, List<Interval> intervals, Window window,
                                             List<LocalDate> dates) {
        int days = window.days();
        long[][] millis = new long[days][IMPACTS.length];
        ComponentImpact[] worst = new ComponentImpact[days];
        List<TreeSet<String>> touched = new ArrayList<>(days);
        for (int d = 0; d < days; d++) {
            touched.add(new TreeSet<>());
        }

        // Which days each incident touched, and the worst impact per day.
        for (Interval interval : intervals) {
            int from = window.dayOf(interval.start());
            int to = window.dayOf(interval.end());
            if (to > from && interval.end().equals(window.bounds()[to])) {
                to--; // ended exactly at midnight: the next day is untouched
            }
            for (int d = from; d <= to; d++) {
                touched.get(d).add(interval.incidentId());
                worst[d] = worst[d] == null || interval.impact().compareTo(worst[d]) > 0 ? interval.impact() : worst[d];
            }
        }

        // Sweep the start and end events with the day boundaries; each moment counts at its worst active impact.
        List<Event> events = new ArrayList<>(intervals.size() * 2);
        for (Interval interval : intervals) {
            if (interval.start().isBefore(interval.end())) {
                events.add(new Event(interval.start(), interval.impact().ordinal(), 1));
                events.add(new Event(interval.end(), interval.impact().ordinal(), -1));
            }
        }
        events.sort(Comparator.comparing(Event::time));
        int[] active = new int[IMPACTS.length];
        int next = 0;
        for (int d = 0; d < days; d++) {
            Instant cursor = window.bounds()[d];
            Instant dayEnd = window.bounds()[d + 1];
            while (next < events.size() && events.get(next).time().isBefore(dayEnd)) {
                Event event = events.get(next);
                accumulate(active, cursor, event.time(), millis[d]);
                active[event.impact()] += event.delta();
                cursor = event.time();
                next++;
            }
            accumulate(active, cursor, dayEnd, millis[d]);
        }

        List<UptimeDay> result = new ArrayList<>(days);
        double totalMinutes = 0;
        double totalDowntime = 0;
        for (int d = 0; d < days; d++) {
            double minutes = (window.bounds()[d + 1].toEpochMilli() - window.bounds()[d].toEpochMilli()) / 60_000.0;
            double downtime = downtimeMinutes(millis[d]);
            totalMinutes += minutes;
            totalDowntime += downtime;
            result.add(new UptimeDay(dates.get(d), minutes, downtime, percent(downtime, minutes),
                    Optional.ofNullable(worst[d]), List.copyOf(touched.get(d))));
        }
        return new ComponentUptime(id, result, percent(totalDowntime, totalMinutes));
    }

    private static void accumulate(int[] active, Instant from, Instant to, long[] millis) {
        if (!from.isBefore(to)) {
            return;
        }
        for (int k = IMPACTS.length - 1; k >= 0; k--) {
            if (active[k] > 0) {
                millis[k] += to.toEpochMilli() - from.toEpochMilli();
                return;
            }
        }
    }

    private static double downtimeMinutes(long[] millis) {
        double weighted = 0;
        for (ComponentImpact impact : IMPACTS) {
            weighted += impact.downtimeWeight() * millis[impact.ordinal()];
        }
        return weighted / 60_000.0;
    }

    private static double percent(double downtime, double minutes) {
        return minutes <= 0 ? 100.0 : 100.0 * (1.0 - downtime / minutes);
    }

    private static List<GroupUptime> groups(StatusRepository repository, Map<String, ComponentUptime> byId,
                                            List<LocalDate> dates) {
        Map<String, List<ComponentUptime>> members = new LinkedHashMap<>();
        for (Component component : repository.config().components()) {
            component.group().ifPresent(g -> members.computeIfAbsent(g, k -> new ArrayList<>())
                    .add(byId.get(component.id())));
        }
        List<GroupUptime> groups = new ArrayList<>();
        members.forEach((name, list) -> {
            List<UptimeDay> days = new ArrayList<>(dates.size());
            for (int d = 0; d < dates.size(); d++) {
                double minutes = 0;
                double downtime = 0;
                double uptime = 0;
                ComponentImpact worst = null;
                TreeSet<String> incidents = new TreeSet<>();
                for (ComponentUptime member : list) {
                    UptimeDay day = member.days().get(d);
                    minutes = day.minutes();
                    downtime += day.downtimeMinutes();
                    uptime += day.uptimePercent();
                    if (day.worst().isPresent() && (worst == null || day.worst().get().compareTo(worst) > 0)) {
                        worst = day.worst().get();
                    }
                    incidents.addAll(day.incidentIds());
                }
                days.add(new UptimeDay(dates.get(d), minutes, downtime / list.size(), uptime / list.size(),
                        Optional.ofNullable(worst), List.copyOf(incidents)));
            }
            double percent = list.stream().mapToDouble(ComponentUptime::percent).sum() / list.size();
            groups.add(new GroupUptime(name, list.stream().map(ComponentUptime::componentId).toList(), days, percent));
        });
        return groups;
    }
}
