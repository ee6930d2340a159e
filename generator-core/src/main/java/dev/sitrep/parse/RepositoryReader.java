package dev.sitrep.parse;

import dev.sitrep.finding.Findings;
import dev.sitrep.finding.Rule;
import dev.sitrep.model.Incident;
import dev.sitrep.model.Location;
import dev.sitrep.model.Maintenance;
import dev.sitrep.model.Postmortem;
import dev.sitrep.model.ReadResult;
import dev.sitrep.model.SiteConfig;
import dev.sitrep.source.SourceFile;
import dev.sitrep.source.SourceTree;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The parse stage: reads every file of a {@link SourceTree} into model records, in parallel, reporting findings. */
public final class RepositoryReader {

    private volatile Parsers parsers;

    /** Reads the whole tree. Files are read in parallel; the result does not depend on the order. */
    public ReadResult read(SourceTree tree, Findings findings) {
        return read(tree, findings, ParseMemo.NONE);
    }

    /**
     * Reads the whole tree, taking what {@code memo} remembers of a file with the same kind, name and bytes instead
     * of parsing it again, and telling it what each other file gave.
     */
    public ReadResult read(SourceTree tree, Findings findings, ParseMemo memo) {
        Optional<SiteConfig> config = tree.config()
                .flatMap(f -> read(f, findings, memo))
                .map(SiteConfig.class::cast);
        config.ifPresent(c -> LanguageReader.read(c, tree, tree.config().get().display(), findings));
        TemplateReader.read(tree.templates(), tree.templatesShown(), findings);

        // One parallel pass over every file, whatever its kind, so that no core idles at the end of one kind
        // while the other finishes it; then postmortems are attached to the incidents of their folders. The files
        // go in path order, each postmortem beside its incident: a parallel stream hands each core runs of
        // neighbouring files, and the postmortems (the most work each) would otherwise all land in the first run.
        List<SourceFile> files = new ArrayList<>(tree.postmortems());
        files.addAll(tree.incidents());
        files.addAll(tree.maintenances());
        files.sort(Comparator.comparing(SourceFile::display));
        List<Map.Entry<Path, Object>> read = files.parallelStream()
                .map(f -> read(f, findings, memo).map(value -> Map.entry(f.path().getParent(), value)))
                .flatMap(Optional::stream)
                .toList();
        Map<Path, Postmortem> postmortems = new HashMap<>();
        List<Map.Entry<Path, Incident>> incidentsRead = new ArrayList<>();
        List<Maintenance> maintenances = new ArrayList<>();
        for (Map.Entry<Path, Object> entry : read) {
            if (entry.getValue() instanceof Postmortem postmortem) {
                postmortems.put(entry.getKey(), postmortem);
            } else if (entry.getValue() instanceof Incident incident) {
                incidentsRead.add(Map.entry(entry.getKey(), incident));
            } else if (entry.getValue() instanceof Maintenance maintenance) {
                maintenances.add(maintenance);
            }
        }
        List<Incident> incidents = new ArrayList<>(incidentsRead.size());
        for (Map.Entry<Path, Incident> entry : incidentsRead) {
            incidents.add(attach(entry.getValue(), postmortems.get(entry.getKey())));
        }
        incidents.sort(Comparator.comparing(Incident::id).thenComparing(Incident::file));
        maintenances.sort(Comparator.comparing(Maintenance::id).thenComparing(Maintenance::file));
        return new ReadResult(config, List.copyOf(incidents), List.copyOf(maintenances));
    }

    /**
     * One file of the tree as its model record (the configuration, a postmortem, an incident or a maintenance), when
     * it can be read; from {@code memo} when it has read the same bytes under the same name before.
     */
    private Optional<Object> read(SourceFile file, Findings findings, ParseMemo memo) {
        if (!SourceText.sizeAllowed(file.display(), file.size(), findings)) {
            return Optional.empty();
        }
        Optional<ParseMemo.Parsed> unchanged = memo.recallUnchanged(file.kind(), file.display(), file.size(),
                file.modifiedNanos());
        if (unchanged.isPresent()) {
            findings.addAll(unchanged.get().findings());
            return unchanged.get().value();
        }
        long readAt = System.currentTimeMillis();
        Optional<byte[]> read = readAll(file, findings);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes = read.get();
        ParseMemo.Reading reading = memo.reading(file.kind(), file.display(), bytes);
        Optional<ParseMemo.Parsed> known = reading.recall();
        ParseMemo.Parsed parsed;
        if (known.isPresent()) {
            parsed = known.get();
        } else {
            Findings own = new Findings();
            Optional<Object> value = SourceText.decode(file.display(), bytes, own)
                    .flatMap(text -> parse(file, text, own));
            parsed = new ParseMemo.Parsed(value, own.sorted());
            reading.remember(parsed);
        }
        // the size and time the walk found, before the bytes were read: a file written since is read again next time
        reading.stat(file.size(), file.modifiedNanos(), readAt);
        findings.addAll(parsed.findings());
        return parsed.value();
    }

    private Optional<Object> parse(SourceFile file, String text, Findings findings) {
        Parsers parsers = parsers();
        YamlReader yaml = parsers.yaml();
        return switch (file.kind()) {
            case POSTMORTEM -> PostmortemReader.read(file.display(), text, yaml, parsers.headings(), findings)
                    .map(p -> p);
            case INCIDENT -> yaml.read(file.display(), text, 1, findings)
                    .flatMap(doc -> IncidentReader.read(file.folderName(), doc, findings));
            case MAINTENANCE -> yaml.read(file.display(), text, 1, findings)
                    .flatMap(doc -> MaintenanceReader.read(file.baseName(), doc, findings));
            case CONFIG -> yaml.read(file.display(), text, 1, findings)
                    .flatMap(doc -> ConfigReader.read(doc, findings));
        };
    }

    /** Reads one version of a postmortem's text (e.g. from git history); empty when it cannot be read. */
    public Optional<Postmortem> readPostmortem(String file, String text) {
        Parsers parsers = parsers();
        return PostmortemReader.read(file, text, parsers.yaml(), parsers.headings(), new Findings());
    }

    /** The YAML and Markdown parsers, made when the first file must be parsed. */
    private Parsers parsers() {
        Parsers made = parsers;
        if (made == null) {
            synchronized (this) {
                made = parsers;
                if (made == null) {
                    made = new Parsers(new YamlReader(), new Sections());
                    parsers = made;
                }
            }
        }
        return made;
    }

    /**
     * The parsers of one reader, shared by its threads. They are made on first use, not with the reader: loading
     * Jackson, SnakeYAML and flexmark takes a sixth of a second in a fresh JVM, and a rebuild in which no file
     * changed parses nothing.
     */
    private record Parsers(YamlReader yaml, Sections headings) {
    }

    private static Incident attach(Incident incident, Postmortem postmortem) {
        return postmortem == null ? incident : incident.withPostmortem(postmortem);
    }

    private static Optional<byte[]> readAll(SourceFile file, Findings findings) {
        try {
            return Optional.of(Files.readAllBytes(file.path()));
        } catch (IOException e) {
            return cannotRead(file, e, findings);
        }
    }

    private static <T> Optional<T> cannotRead(SourceFile file, IOException e, Findings findings) {
        findings.error(Rule.SYNTAX, Location.startOf(file.display()), "cannot read the file: " + e.getMessage());
        return Optional.empty();
    }

}
