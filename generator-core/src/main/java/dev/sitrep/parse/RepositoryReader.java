package dev.sitrep.parse;

import dev.sitrep.finding.Findings;
import dev.sitrep.finding.Rule;
import dev.sitrep.model.Incident;
import dev.sitrep.model.Location;
import dev.sitrep.model.Maintenance;
import dev.sitrep.model.Postmortem;
import dev.sitrep.model.SiteConfig;
import dev.sitrep.source.SourceFile;
import dev.sitrep.source.SourceTree;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The parse stage: reads every file of a {@link SourceTree} into model records, in parallel, reporting findings. */
public final class RepositoryReader {

    private final YamlReader yaml = new YamlReader();
    private final Sections headings = new Sections();

    /** Reads the whole tree. Files are read in parallel; the result does not depend on the order. */
    public ReadResult read(SourceTree tree, Findings findings) {
        Optional<SiteConfig> config = tree.config()
                .flatMap(f -> text(f, findings))
                .flatMap(t -> yaml.read(tree.config().get().display(), t, 1, findings))
                .flatMap(doc -> ConfigReader.read(doc, findings));

        Map<Path, Postmortem> postmortems = tree.postmortems().parallelStream()
                .map(f -> text(f, findings).flatMap(t -> PostmortemReader.read(f.display(), t, yaml, headings, findings))
                        .map(pm -> Map.entry(f.path().getParent(), pm)))
                .flatMap(Optional::stream)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        List<Incident> incidents = tree.incidents().parallelStream()
                .map(f -> readYaml(f, findings).flatMap(doc -> IncidentReader.read(f.folderName(), doc, findings))
                        .map(i -> attach(i, postmortems.get(f.path().getParent()))))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(Incident::id).thenComparing(Incident::file))
                .toList();

        List<Maintenance> maintenances = tree.maintenances().parallelStream()
                .map(f -> readYaml(f, findings).flatMap(doc -> MaintenanceReader.read(f.baseName(), doc, findings)))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(Maintenance::id).thenComparing(Maintenance::file))
                .toList();
        return new ReadResult(config, incidents, maintenances);
    }

    /** Reads one version of a postmortem's text (e.g. from git history); empty when it cannot be read. */
    public Optional<Postmortem> readPostmortem(String file, String text) {
        return PostmortemReader.read(file, text, yaml, headings, new Findings());
    }

    private static Incident attach(Incident incident, Postmortem postmortem) {
        return postmortem == null ? incident : incident.withPostmortem(postmortem);
    }

    private Optional<YamlDocument> readYaml(SourceFile file, Findings findings) {
        return text(file, findings).flatMap(t -> yaml.read(file.display(), t, 1, findings));
    }

    private static Optional<String> text(SourceFile file, Findings findings) {
        byte[] bytes;
        try {
            if (!SourceText.sizeAllowed(file.display(), Files.size(file.path()), findings)) {
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file.path());
        } catch (IOException e) {
            findings.error(Rule.SYNTAX, Location.startOf(file.display()), "cannot read the file: " + e.getMessage());
            return Optional.empty();
        }
        return SourceText.decode(file.display(), bytes, findings);
    }

}
