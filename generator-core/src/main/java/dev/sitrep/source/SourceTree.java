package dev.sitrep.source;

import dev.sitrep.finding.Findings;
import dev.sitrep.finding.Rule;
import dev.sitrep.model.Location;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

/**
 * The files of one source tree, found by a sorted walk that never follows links and never leaves the tree.
 *
 * <pre>
 * sitrep.yaml                     configuration
 * any/depth/&lt;id&gt;/incident.yaml     an incident (the folder name is its id)
 * any/depth/&lt;id&gt;/postmortem.md     its postmortem
 * maintenance/**&#47;&lt;id&gt;.yaml       a scheduled maintenance
 * templates/                      template overrides (not read here)
 * </pre>
 * Hidden files and folders are skipped. Files sitrep would silently miss because of a near-miss name
 * ({@code incident.yml}, a postmortem without its incident) are reported.
 *
 * @param templates      the {@code templates/} folder, when there is one
 * @param templatesShown how a file in {@code templates/} is shown in findings: this, then its path below the folder
 */
public record SourceTree(Path root, Optional<SourceFile> config, List<SourceFile> incidents,
                         List<SourceFile> postmortems, List<SourceFile> maintenances, Optional<Path> templates,
                         String templatesShown) {

    /** The name of the configuration file. */
    public static final String CONFIG = "sitrep.yaml";
    public static final String INCIDENT = "incident.yaml";
    public static final String POSTMORTEM = "postmortem.md";
    public static final String MAINTENANCE_DIR = "maintenance";
    public static final String TEMPLATES_DIR = "templates";
    /** What the platform puts in a file name for bytes that are not valid UTF-8. */
    private static final char UNDECODABLE = '\uFFFD';

    public SourceTree {
        incidents = List.copyOf(incidents);
        postmortems = List.copyOf(postmortems);
        maintenances = List.copyOf(maintenances);
    }

    /** All files to read, in a stable order. */
    public List<SourceFile> all() {
        List<SourceFile> all = new ArrayList<>();
        config.ifPresent(all::add);
        all.addAll(incidents);
        all.addAll(postmortems);
        all.addAll(maintenances);
        return all;
    }

    /**
     * Walks {@code root}.
     *
     * @param displayBase paths in findings are shown relative to this folder (the project directory)
     */
    public static SourceTree scan(Path root, Path displayBase, Findings findings) {
        Path absRoot = root.toAbsolutePath().normalize();
        Path base = displayBase.toAbsolutePath().normalize();
        if (!Files.isDirectory(absRoot)) {
            findings.error(Rule.SYNTAX, Location.startOf(display(base, absRoot)),
                    "source directory does not exist; create it with a sitrep.yaml, or point sitrep.sourceDirectory at it");
            return new SourceTree(absRoot, Optional.empty(), List.of(), List.of(), List.of(), Optional.empty(),
                    TEMPLATES_DIR + "/");
        }
        // One entry per file with its sort key and the attributes the walk already read (links not followed), so
        // that neither sorting nor classifying touches the file system or re-relativises paths again.
        List<Walked> files = new ArrayList<>(walk(absRoot));
        files.sort(Comparator.comparing(Walked::key));
        Set<Path> incidentFiles = new HashSet<>();
        for (Walked walked : files) {
            if (walked.file().getFileName().toString().equals(INCIDENT) && walked.attributes().isRegularFile()) {
                incidentFiles.add(walked.file());
            }
        }

        // a file is shown as the root is, then its path below the root (display() for each of 20,000 files took a
        // tenth of a second of path arithmetic)
        String rootShown = display(base, absRoot);
        String shownRoot = rootShown.equals(".") ? "" : rootShown.endsWith("/") ? rootShown : rootShown + "/";
        Optional<SourceFile> config = Optional.empty();
        List<SourceFile> incidents = new ArrayList<>();
        List<SourceFile> postmortems = new ArrayList<>();
        List<SourceFile> maintenances = new ArrayList<>();
        for (Walked walked : files) {
            Path file = walked.file();
            String name = file.getFileName().toString();
            String shown = shownRoot + walked.key();
            Path rel = walked.relative();
            boolean inMaintenance = rel.getNameCount() > 1 && rel.getName(0).toString().equals(MAINTENANCE_DIR);
            boolean inputName = name.endsWith(".yaml") || name.endsWith(".md") || name.endsWith(".yml");
            if (walked.key().indexOf(UNDECODABLE) >= 0) {
                if (inputName) {
                    findings.error(Rule.STRAY_FILE, Location.startOf(shown), "this path has a folder or file name "
                            + "that is not valid UTF-8 (shown with " + UNDECODABLE + "), so it cannot be an id or a "
                            + "link on the site; rename it with lowercase letters, digits and hyphens");
                }
                continue;
            }
            if (walked.attributes().isSymbolicLink()) {
                if (inputName) {
                    findings.error(Rule.STRAY_FILE, Location.startOf(shown),
                            "symbolic links are not followed, so that no input leaves the source tree; "
                                    + "replace the link with the file itself");
                } else if (Files.isDirectory(file)) {
                    findings.error(Rule.STRAY_FILE, Location.startOf(shown),
                            "this is a symbolic link to a folder, and links are not followed, so that no input "
                                    + "leaves the source tree; replace the link with the folder itself");
                }
                continue;
            }
            if (!walked.attributes().isRegularFile()) {
                if (inputName) {
                    findings.error(Rule.STRAY_FILE, Location.startOf(shown), "this is not a regular file (a named "
                            + "pipe, a device or a socket), and sitrep reads only regular files; replace it with "
                            + "the file itself");
                }
                continue;
            }
            if (rel.getNameCount() == 1 && name.equals(CONFIG)) {
                config = Optional.of(walked.source(shown, SourceKind.CONFIG));
            } else if (rel.getNameCount() == 1 && name.equals("sitrep.yml")) {
                findings.error(Rule.STRAY_FILE, Location.startOf(shown),
                        "sitrep reads its configuration from sitrep.yaml; rename this file to sitrep.yaml");
            } else if (inMaintenance) {
                if (name.endsWith(".yaml")) {
                    maintenances.add(walked.source(shown, SourceKind.MAINTENANCE));
                } else if (name.endsWith(".yml")) {
                    findings.error(Rule.STRAY_FILE, Location.startOf(shown),
                            "maintenance files end in .yaml; rename this file so that sitrep reads it");
                }
            } else if (name.equals(INCIDENT)) {
                incidents.add(walked.source(shown, SourceKind.INCIDENT));
            } else if (name.equals("incident.yml")) {
                findings.error(Rule.STRAY_FILE, Location.startOf(shown),
                        "sitrep reads incidents from incident.yaml; rename this file to incident.yaml");
            } else if (name.equals(POSTMORTEM)) {
                if (incidentFiles.contains(file.resolveSibling(INCIDENT))) {
                    postmortems.add(walked.source(shown, SourceKind.POSTMORTEM));
                } else {
                    findings.error(Rule.STRAY_FILE, Location.startOf(shown),
                            "postmortem.md without an incident.yaml beside it; move it into its incident's folder");
                }
            }
        }
        if (config.isEmpty()) {
            findings.error(Rule.MISSING_KEY, Location.startOf(display(base, absRoot.resolve(CONFIG))),
                    "sitrep.yaml is missing; create it with at least title, baseUrl and components");
        }
        Path templates = absRoot.resolve(TEMPLATES_DIR);
        Optional<Path> templateDir = Files.isDirectory(templates, LinkOption.NOFOLLOW_LINKS)
                ? Optional.of(templates) : Optional.empty();
        return new SourceTree(absRoot, config, incidents, postmortems, maintenances, templateDir,
                shownRoot + TEMPLATES_DIR + "/");
    }

    /**
     * Every file below {@code root}, in no particular order, found on all cores: a history of ten thousand incidents
     * is ten thousand folders, and the file system answers for each of them separately.
     */
    private static Queue<Walked> walk(Path root) {
        Queue<Walked> files = new ConcurrentLinkedQueue<>();
        try {
            walk(root, root, files);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot read the source directory " + root, e.getCause());
        }
        return files;
    }

    /**
     * Adds the files of {@code dir} to {@code files}, then walks its folders in parallel. Hidden files and folders and
     * the top-level {@code templates/} are skipped; links are never followed (a link is reported as a file with its
     * own attributes, as {@link Files#walkFileTree} does).
     */
    private static void walk(Path root, Path dir, Queue<Walked> files) {
        List<Path> folders = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (attributes.isDirectory()) {
                    if (!(dir.equals(root) && name.equals(TEMPLATES_DIR))) {
                        folders.add(entry);
                    }
                } else {
                    Path rel = root.relativize(entry);
                    files.add(new Walked(entry, rel, rel.toString().replace('\\', '/'), attributes));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        (folders.size() > 1 ? folders.parallelStream() : folders.stream()).forEach(f -> walk(root, f, files));
    }

    /** A file the walk found: its path, its path relative to the root, that path with forward slashes, its attributes. */
    private record Walked(Path file, Path relative, String key, BasicFileAttributes attributes) {

        /** The file as a source file of {@code kind}, shown as {@code display}, with the size and time walked. */
        SourceFile source(String display, SourceKind kind) {
            return new SourceFile(file, display, kind, attributes.size(),
                    attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
        }
    }

    /** {@code file} relative to {@code base} with forward slashes, or absolute when it is not below it. */
    public static String display(Path base, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path shown = abs.startsWith(base) ? base.relativize(abs) : abs;
        String s = shown.toString().replace('\\', '/');
        return s.isEmpty() ? "." : s;
    }
}
