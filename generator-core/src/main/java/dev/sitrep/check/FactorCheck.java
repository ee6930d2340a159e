package dev.sitrep.check;

import dev.sitrep.finding.Findings;
import dev.sitrep.finding.Rule;
import dev.sitrep.finding.Suggestions;
import dev.sitrep.model.Factor;
import dev.sitrep.model.Incident;
import dev.sitrep.model.Location;
import dev.sitrep.model.Postmortem;
import dev.sitrep.model.PostmortemPolicy;
import dev.sitrep.model.ReadResult;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The contributing factors of postmortems, once {@code sitrep.yaml} declares a taxonomy ({@code postmortem.factors}):
 * every id in a postmortem's {@code factors} must be declared (data error, with the closest id), and a published
 * postmortem names at least one (data error). Without a taxonomy nothing is checked, so repositories that do not use
 * factors are not bothered; a postmortem that names factors then is not wrong either, just not counted.
 */
final class FactorCheck implements Check {

    @Override
    public void run(ReadResult input, Instant now, Findings out) {
        if (input.config().isEmpty() || !input.config().get().postmortem().hasTaxonomy()) {
            return;
        }
        PostmortemPolicy policy = input.config().get().postmortem();
        List<String> ids = policy.factors().stream().map(Factor::id).toList();
        String known = " (known: " + String.join(", ", ids) + ")";
        for (Incident incident : input.incidents()) {
            if (incident.postmortem().isEmpty()) {
                continue;
            }
            Postmortem postmortem = incident.postmortem().get();
            for (int i = 0; i < postmortem.factors().size(); i++) {
                String id = postmortem.factors().get(i);
                if (policy.factor(id).isEmpty()) {
                    Location at = postmortem.positions().of("/factors/" + i);
                    out.error(Rule.UNKNOWN_REFERENCE, at, suggestion(id, policy)
                            .map(s -> "unknown contributing factor '" + id + "'; did you mean '" + s + "'?" + known)
                            .orElse("unknown contributing factor '" + id + "'; use a factor id declared under "
                                    + "postmortem.factors in sitrep.yaml, or add it there" + known));
                }
            }
            // factors written with unreadable items (or as a mapping) already have their finding from the reader
            boolean unreadable = postmortem.positions().keys().keySet().stream()
                    .anyMatch(p -> p.startsWith("/factors/"));
            if (postmortem.isPublished() && postmortem.factors().isEmpty() && !unreadable) {
                if (postmortem.positions().hasKey("/factors")) {
                    out.error(Rule.MISSING_KEY, postmortem.positions().key("/factors"), "a published postmortem names "
                            + "at least one contributing factor, because sitrep.yaml declares them; write the ids that "
                            + "apply in 'factors'" + known);
                } else {
                    out.error(Rule.MISSING_KEY, postmortem.positions().key("/status"), "a published postmortem names "
                            + "its contributing factors, because sitrep.yaml declares them; add a line "
                            + "'factors: [...]' to the front matter with the ids that apply" + known);
                }
            }
        }
    }

    /**
     * The declared id meant by {@code written}: the closest by spelling; else the factor written by its name
     * ({@code Configuration change}); else the one id that it abbreviates or extends ({@code deploy} for
     * {@code deployment}, the short ids of sitrep's contract beside the starter set of {@code sitrep:init}).
     */
    static Optional<String> suggestion(String written, PostmortemPolicy policy) {
        List<String> ids = policy.factors().stream().map(Factor::id).toList();
        String w = written.strip().toLowerCase(Locale.ROOT);
        return Suggestions.closest(written, ids)
                .or(() -> policy.factors().stream().filter(f -> f.name().strip().equalsIgnoreCase(w)).map(Factor::id)
                        .findFirst())
                .or(() -> {
                    List<String> prefixed = ids.stream().filter(id -> w.length() >= 3
                            && (id.startsWith(w) || w.startsWith(id))).toList();
                    return prefixed.size() == 1 ? Optional.of(prefixed.get(0)) : Optional.empty();
                });
    }
}
