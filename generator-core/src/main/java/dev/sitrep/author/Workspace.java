package dev.sitrep.author;

import dev.sitrep.CheckResult;
import dev.sitrep.Sitrep;
import dev.sitrep.SitrepOptions;
import dev.sitrep.finding.Finding;
import dev.sitrep.finding.Findings;
import dev.sitrep.finding.Rule;
import dev.sitrep.finding.Suggestions;
import dev.sitrep.i18n.Strings;
import dev.sitrep.model.ActionItem;
import dev.sitrep.model.Incident;
import dev.sitrep.model.SiteConfig;
import dev.sitrep.model.StatusRepository;
import dev.sitrep.report.TextReport;
import dev.sitrep.source.SourceFile;
import dev.sitrep.source.SourceTree;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An incident repository as the authoring tools see it: its configuration, every id in use and where each incident's
 * file is, read and checked once with the same code as {@code sitrep:check}.
 */
public final class Workspace {

    private final Path sourceDirectory;
    private final Path baseDirectory;
    private final SourceTree tree;
    private final CheckResult checked;
    private final StatusRepository repository;

    private Workspace(Path sourceDirectory, Path baseDirectory, SourceTree tree, CheckResult checked,
                      StatusRepository repository) {
        this.sourceDirectory = sourceDirectory;
        this.baseDirectory = baseDirectory;
        this.tree = tree;
        this.checked = checked;
        this.repository = repository;
    }

    /**
     * Reads and checks the repository in {@code sourceDirectory}.
     *
     * @param baseDirectory paths in messages are shown relative to it (the project directory)
     * @param now           the clock of the check
     * @throws AuthoringException when the folder or its {@code sitrep.yaml} cannot be used
     */
    public static Workspace load(Path sourceDirectory, Path baseDirectory, Instant now) {
        Path source = sourceDirectory.toAbsolutePath().normalize();
        Path base = baseDirectory.toAbsolutePath().normalize();
        CheckResult checked = Sitrep.check(new SitrepOptions(source, base.resolve("target"), base, now));
        String config = SourceTree.display(base, source.resolve(SourceTree.CONFIG));
        List<Finding> configErrors = checked.findings().stream()
                .filter(f -> f.isError() && (f.location().file().equals(config)
                        || f.location().file().equals(SourceTree.display(base, source))))
                .toList();
        if (!configErrors.isEmpty() || checked.repository().isEmpty()) {
            throw new AuthoringException("cannot use the incident repository " + SourceTree.display(base, source)
                    + " until sitrep.yaml is fixed (set sitrep.sourceDirectory if it is elsewhere):\n"
                    + lines(configErrors));
        }
        SourceTree tree = SourceTree.scan(source, base, new Findings());
        return new Workspace(source, base, tree, checked, checked.repository().get());
    }

    public Path sourceDirectory() {
        return sourceDirectory;
    }

    public Path baseDirectory() {
        return baseDirectory;
    }

    public SiteConfig config() {
        return repository.config();
    }

    /** The words of the repository's {@code language}, with the overrides of its {@code templates/} folder. */
    public Strings strings() {
        Path templates = sourceDirectory.resolve(SourceTree.TEMPLATES_DIR);
        return Strings.of(config().language(),
                Files.isDirectory(templates) ? Optional.of(templates) : Optional.empty());
    }

    /** The result of checking the repository as it was when loaded. */
    public CheckResult checked() {
        return checked;
    }

    /** A path as shown to the user: relative to the base directory. */
    public String display(Path file) {
        return SourceTree.display(baseDirectory, file);
    }

    /** Every id in use: incident folders, maintenance files and action items, which share one namespace. */
    public Set<String> idsInUse() {
        Set<String> ids = new TreeSet<>();
        tree.incidents().forEach(f -> ids.add(f.folderName()));
        tree.maintenances().forEach(f -> ids.add(f.baseName()));
        for (Incident incident : repository.incidents()) {
            incident.postmortem().ifPresent(pm -> pm.actionItems().stream().map(ActionItem::id).forEach(ids::add));
        }
        return ids;
    }

    /**
     * The {@code incident.yaml} of the incident {@code id}.
     *
     * @throws AuthoringException when no incident has that id (naming the closest ones) or two folders share it
     */
    public Path incidentFile(String id) {
        List<SourceFile> matches = tree.incidents().stream().filter(f -> f.folderName().equals(id)).toList();
        if (matches.size() > 1) {
            throw new AuthoringException("incident id '" + id + "' is used by more than one folder ("
                    + matches.stream().map(SourceFile::display).collect(Collectors.joining(", "))
                    + "); rename all but one so that ids are unique");
        }
        if (matches.isEmpty()) {
            throw new AuthoringException(unknownIncident(id));
        }
        return matches.get(0).path();
    }

    /**
     * The incident {@code id}, read and without data errors in its {@code incident.yaml}.
     *
     * @throws AuthoringException when it is unknown, or its file has data errors (listed)
     */
    public Incident incident(String id) {
        Path file = incidentFile(id);
        List<Finding> errors = errorsIn(file).stream().filter(f -> f.rule().kind() == Rule.Kind.DATA).toList();
        if (!errors.isEmpty()) {
            throw new AuthoringException("incident '" + id + "' has errors; fix them first:\n" + lines(errors));
        }
        return repository.incidents().stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> new AuthoringException("incident '" + id + "' cannot be read; run sitrep:check"));
    }

    /** The errors the check found in {@code file}. */
    List<Finding> errorsIn(Path file) {
        String shown = display(file);
        return checked.findings().stream().filter(f -> f.isError() && f.location().file().equals(shown)).toList();
    }

    private String unknownIncident(String id) {
        List<String> ids = tree.incidents().stream().map(SourceFile::folderName).distinct().sorted().toList();
        List<String> close = new ArrayList<>();
        Suggestions.closest(id, ids).ifPresent(close::add);
        String lower = id.toLowerCase(Locale.ROOT);
        ids.stream().filter(i -> !lower.isBlank() && i.contains(lower) && !close.contains(i)).limit(5)
                .forEach(close::add);
        StringBuilder message = new StringBuilder("unknown incident '").append(id).append("'");
        if (!close.isEmpty()) {
            message.append("; did you mean ").append(close.stream().map(c -> "'" + c + "'")
                    .collect(Collectors.joining(" or "))).append('?');
        } else {
            List<String> open = repository.incidents().stream().filter(i -> !i.isResolved()).map(Incident::id)
                    .sorted().toList();
            message.append(open.isEmpty() ? "; there is no open incident" : "; open incidents: "
                    + String.join(", ", open));
        }
        message.append(" (the id is the name of the incident's folder under ").append(display(sourceDirectory))
                .append(')');
        return message.toString();
    }

    /** Findings as indented lines for a message. */
    static String lines(List<Finding> findings) {
        return findings.stream().map(f -> "  " + TextReport.line(f)).collect(Collectors.joining("\n"));
    }

    /** The incident whose files are at {@code folder}, as read by a fresh check. */
    static Optional<Incident> find(CheckResult result, String id) {
        return result.repository().flatMap(r -> r.incidents().stream().filter(i -> i.id().equals(id)).findFirst());
    }
}
