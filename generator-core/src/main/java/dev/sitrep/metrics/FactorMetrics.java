package dev.sitrep.metrics;

import dev.sitrep.model.Factor;
import dev.sitrep.model.Incident;
import dev.sitrep.model.Postmortem;
import dev.sitrep.model.PostmortemPolicy;
import dev.sitrep.model.Repeat;
import dev.sitrep.model.Repeats;
import dev.sitrep.model.StatusRepository;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;

/**
 * The contributing factors across published postmortems, once {@code sitrep.yaml} declares a taxonomy.
 *
 * <p>Every figure goes by when the incident was <b>detected</b>, never by when its postmortem was published: a factor
 * counts where the incident happened, so a postmortem published late does not move an old incident into the recent
 * window, and the windows, the quarters and the repeat rule ({@code repeatWithin} before detection) all measure the
 * same time. The short window holds the incidents detected at or after {@code now − 90 days}, the long one those at
 * or after {@code now − 12 months} (calendar months in the site's time zone); neither has an end, so every count of
 * a factor is at most the next. A postmortem counts under each declared factor it names, once; ids that are not
 * declared are not counted (they are data errors). The repeats are {@link Repeats#of}, the same as the rule's.
 */
public final class FactorMetrics {

    /** The short window of the counts. */
    public static final Duration RECENT = Duration.ofDays(90);

    /** The long window of the counts, in calendar months. */
    public static final int YEAR_MONTHS = 12;

    private FactorMetrics() {
    }

    /** The factor counts, quarters and repeats of {@code repository} at {@code now}; all empty without a taxonomy. */
    public static FactorReport of(StatusRepository repository, Instant now) {
        ZoneId zone = repository.config().timezone();
        PostmortemPolicy policy = repository.config().postmortem();
        Instant recentFrom = now.minus(RECENT);
        Instant yearFrom = now.atZone(zone).minusMonths(YEAR_MONTHS).toInstant();
        if (!policy.hasTaxonomy()) {
            return new FactorReport(recentFrom, yearFrom, List.of(), List.of(), List.of());
        }
        List<Factor> factors = policy.factors();
        int[] recent = new int[factors.size()];
        int[] year = new int[factors.size()];
        int[] all = new int[factors.size()];
        TreeMap<Quarter, int[]> byQuarter = new TreeMap<>(); // per factor, then the incidents with any, last
        for (Incident incident : repository.incidents()) {
            Postmortem postmortem = PostmortemMetrics.published(incident).orElse(null);
            if (postmortem == null) {
                continue;
            }
            boolean[] named = named(factors, postmortem);
            boolean any = false;
            int[] quarter = byQuarter.computeIfAbsent(Quarter.of(incident.detected(), zone),
                    k -> new int[factors.size() + 1]);
            for (int f = 0; f < factors.size(); f++) {
                if (!named[f]) {
                    continue;
                }
                any = true;
                all[f]++;
                if (!incident.detected().isBefore(yearFrom)) {
                    year[f]++;
                }
                if (!incident.detected().isBefore(recentFrom)) {
                    recent[f]++;
                }
                quarter[f]++;
            }
            if (any) {
                quarter[factors.size()]++;
            }
        }
        byQuarter.values().removeIf(q -> q[factors.size()] == 0);

        List<FactorCount> counts = new ArrayList<>();
        for (int f = 0; f < factors.size(); f++) {
            counts.add(new FactorCount(factors.get(f), recent[f], year[f], all[f]));
        }
        List<QuarterFactors> quarters = new ArrayList<>();
        if (!byQuarter.isEmpty()) {
            Quarter current = Quarter.of(now, zone);
            Quarter last = byQuarter.lastKey().compareTo(current) > 0 ? byQuarter.lastKey() : current;
            for (Quarter q = byQuarter.firstKey(); q.compareTo(last) <= 0; q = q.next()) {
                int[] c = byQuarter.getOrDefault(q, new int[factors.size() + 1]);
                List<Integer> perFactor = new ArrayList<>();
                for (int f = 0; f < factors.size(); f++) {
                    perFactor.add(c[f]);
                }
                quarters.add(new QuarterFactors(q, perFactor, c[factors.size()]));
            }
        }
        List<Repeat> repeats = new ArrayList<>(Repeats.of(repository.incidents(), policy.repeatWithin()));
        Collections.reverse(repeats);
        return new FactorReport(recentFrom, yearFrom, counts, quarters, repeats);
    }

    /** Which factors of the taxonomy the postmortem names. */
    private static boolean[] named(List<Factor> factors, Postmortem postmortem) {
        boolean[] named = new boolean[factors.size()];
        for (int f = 0; f < factors.size(); f++) {
            named[f] = postmortem.factors().contains(factors.get(f).id());
        }
        return named;
    }
}
