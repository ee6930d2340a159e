package dev.sitrep.check;

import dev.sitrep.finding.Finding;
import dev.sitrep.finding.Findings;
import dev.sitrep.finding.Level;
import dev.sitrep.finding.Rule;
import dev.sitrep.finding.Suggestions;
import dev.sitrep.model.Incident;
import dev.sitrep.model.Location;
import dev.sitrep.model.Postmortem;
import dev.sitrep.model.ReadResult;
import dev.sitrep.model.RequiredSection;
import dev.sitrep.model.Section;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The required sections of a postmortem ({@link Rule#MISSING_SECTION}, {@link Rule#EMPTY_SECTION}): each of
 * {@code postmortem.requiredSections} is a level-2 heading, under its name or an alias (case-insensitive), with
 * content before the next heading of the same or a higher level.
 *
 * <p>A draft is work in progress: its missing and empty sections are <b>warnings</b>, so that a draft can be merged
 * early and filled in; in a published postmortem they are <b>errors</b>. When a required section is missing, the
 * finding points at the heading that was probably meant: the same name at another level ({@code # Timeline}), or a
 * level-2 heading that is a near-miss spelling ({@code ## Root Casue}); otherwise at the first line of the body.
 */
final class SectionCheck implements Check {

    @Override
    public void run(ReadResult input, Instant now, Findings out) {
        if (input.config().isEmpty()) {
            return;
        }
        List<RequiredSection> required = input.config().get().postmortem().requiredSections();
        // normalised once per run, not for every heading of every postmortem
        List<Set<String>> names = required.stream().map(RequiredSection::names).toList();
        for (Incident incident : input.incidents()) {
            incident.postmortem().ifPresent(pm -> check(pm, required, names, out));
        }
    }

    private static void check(Postmortem pm, List<RequiredSection> required, List<Set<String>> names, Findings out) {
        Level level = pm.isPublished() ? Level.ERROR : Level.WARNING;
        String draftNote = pm.isPublished() ? "" : " (a warning while the postmortem is a draft)";
        List<Section> sections = pm.sections();
        List<String> headings = sections.stream().map(s -> RequiredSection.normalise(s.heading())).toList();
        List<Section> unmatched = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            String heading = headings.get(i);
            if (sections.get(i).level() == 2 && names.stream().noneMatch(n -> n.contains(heading))) {
                unmatched.add(sections.get(i));
            }
        }
        for (int k = 0; k < required.size(); k++) {
            RequiredSection r = required.get(k);
            Set<String> rNames = names.get(k);
            List<Section> atLevel2 = new ArrayList<>();
            Optional<Section> otherLevel = Optional.empty();
            for (int i = 0; i < sections.size(); i++) {
                if (rNames.contains(headings.get(i))) {
                    if (sections.get(i).level() == 2) {
                        atLevel2.add(sections.get(i));
                    }
                    if (otherLevel.isEmpty()) {
                        otherLevel = Optional.of(sections.get(i));
                    }
                }
            }
            if (!atLevel2.isEmpty()) {
                if (atLevel2.stream().noneMatch(Section::hasContent)) {
                    Section s = atLevel2.get(0);
                    out.add(new Finding(level, Rule.EMPTY_SECTION, s.location(), "required section '## "
                            + s.heading() + "' is empty; write its content below the heading" + draftNote));
                }
                continue;
            }
            if (otherLevel.isPresent()) {
                Section s = otherLevel.get();
                out.add(new Finding(level, Rule.MISSING_SECTION, s.location(), "'" + "#".repeat(s.level()) + " "
                        + s.heading() + "' is a level-" + s.level() + " heading; required sections are level 2: '## "
                        + s.heading() + "'" + draftNote));
                continue;
            }
            Optional<Section> misspelt = misspelling(r, unmatched);
            if (misspelt.isPresent()) {
                Section s = misspelt.get();
                unmatched.remove(s);
                out.add(new Finding(level, Rule.MISSING_SECTION, s.location(), "heading '## " + s.heading()
                        + "' looks like a misspelling of the required section '## " + r.name() + "'; rename it to '## "
                        + r.name() + "'" + draftNote));
                continue;
            }
            out.add(new Finding(level, Rule.MISSING_SECTION, bodyStart(pm), "missing required section '## "
                    + r.name() + "'" + aliases(r) + "; add it as a level-2 heading with its content" + draftNote));
        }
    }

    /** A level-2 heading that is no required section but spelt close to {@code r}'s name or an alias. */
    private static Optional<Section> misspelling(RequiredSection r, List<Section> unmatched) {
        List<String> names = new ArrayList<>();
        names.add(r.name());
        names.addAll(r.aliases());
        return unmatched.stream().filter(s -> Suggestions.closest(s.heading(), names).isPresent()).findFirst();
    }

    private static String aliases(RequiredSection r) {
        return r.aliases().isEmpty() ? "" : " (or one of: " + String.join(", ", r.aliases()) + ")";
    }

    /** The first line of the body, or the last line of the front matter when the body is empty. */
    private static Location bodyStart(Postmortem pm) {
        int line = pm.body().isBlank() ? Math.max(1, pm.bodyLine() - 1) : pm.bodyLine();
        return new Location(pm.file(), line, 1);
    }
}
