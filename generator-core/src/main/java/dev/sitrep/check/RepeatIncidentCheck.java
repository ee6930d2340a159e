package dev.sitrep.check;

import dev.sitrep.finding.Findings;
import dev.sitrep.finding.Rule;
import dev.sitrep.model.Durations;
import dev.sitrep.model.PostmortemPolicy;
import dev.sitrep.model.ReadResult;
import dev.sitrep.model.Repeat;
import dev.sitrep.model.Repeats;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The repeat-incident rule (policy warning): an incident whose published postmortem names a contributing factor that
 * an earlier incident's published postmortem also names, where the two share a component and the earlier one was
 * detected within {@code repeatWithin} before it, and whose {@code related} does not list the earlier one. The
 * warning stands at the postmortem's {@code factors} and gives the {@code related:} line that acknowledges it. Only
 * with a taxonomy declared, like every factor rule.
 */
final class RepeatIncidentCheck implements Check {

    @Override
    public void run(ReadResult input, Instant now, Findings out) {
        if (input.config().isEmpty() || !input.config().get().postmortem().hasTaxonomy()) {
            return;
        }
        PostmortemPolicy policy = input.config().get().postmortem();
        for (Repeat repeat : Repeats.of(input.incidents(), policy.repeatWithin())) {
            if (repeat.acknowledged()) {
                continue;
            }
            List<String> related = new ArrayList<>(repeat.incident().related());
            related.add(repeat.earlier().id());
            Duration apart = Duration.between(repeat.earlier().detected(), repeat.incident().detected());
            var postmortem = repeat.incident().postmortem().orElseThrow();
            out.warning(Rule.REPEAT_INCIDENT, postmortem.positions().key("/factors"), "this incident looks like a "
                    + "repeat of " + repeat.earlier().id() + " (detected " + Durations.human(apart) + " earlier): "
                    + "both postmortems name the factor '" + repeat.factorId() + "' and both incidents affect '"
                    + repeat.componentId() + "'; if it repeats or follows it, acknowledge that in "
                    + repeat.incident().file() + " with 'related: [" + String.join(", ", related) + "]'");
        }
    }
}
