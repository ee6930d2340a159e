package dev.sitrep;

import dev.sitrep.finding.Finding;
import dev.sitrep.model.ActionItem;
import dev.sitrep.model.ActionItemPolicy;
import dev.sitrep.model.ActionStatus;
import dev.sitrep.model.AffectedComponent;
import dev.sitrep.model.Component;
import dev.sitrep.model.ComponentImpact;
import dev.sitrep.model.Incident;
import dev.sitrep.model.IncidentStatus;
import dev.sitrep.model.Maintenance;
import dev.sitrep.model.MaintenanceStatus;
import dev.sitrep.model.MaintenanceUpdate;
import dev.sitrep.model.Positions;
import dev.sitrep.model.Postmortem;
import dev.sitrep.model.PostmortemPolicy;
import dev.sitrep.model.PostmortemStatus;
import dev.sitrep.model.Priority;
import dev.sitrep.model.Severity;
import dev.sitrep.model.SiteConfig;
import dev.sitrep.model.StatusRepository;
import dev.sitrep.model.StatusUpdate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The test fixtures of generator-core, in one place. Three kinds:
 *
 * <ul>
 *   <li>The small site: a source tree in {@code src/test/resources/dev/sitrep/site/golden/source} with every case the
 *   pages must show (an open incident, a published postmortem full of hostile HTML and Markdown, a draft, an overdue
 *   postmortem, action items in every state, an upcoming maintenance, an ungrouped component, titles that try to
 *   inject markup). {@link #site} copies it to a folder; {@code GoldenSiteTest} holds its output byte for byte.</li>
 *   <li>A source tree written file by file, checked through the front door: {@link #repo} (paths relative to the
 *   tree) and {@link #project} (the tree in {@code incidents/} of a project folder, as in a Maven project).</li>
 *   <li>Model records built in memory, without files: {@link #config}, {@link #incident}, {@link #postmortem},
 *   {@link #actionItem}, {@link #maintenance}, for the metrics and the site's parts.</li>
 * </ul>
 */
public final class Fixture {

    /** The clock of the small site: 2026-11-20T12:00:00Z. */
    public static final Instant SITE_NOW = Instant.parse("2026-11-20T12:00:00Z");

    /** The small site's source tree. */
    public static final Path SITE = Path.of("src/test/resources/dev/sitrep/site/golden/source");

    /** A title of the small site that tries to inject markup: every page must show it as text. */
    public static final String HOSTILE_TITLE = "Login <script>alert('t')</script> & \"quotes\" failing";

    /** The clock of {@link #repo}: shortly after {@link #INCIDENT} was resolved, so no postmortem is due yet. */
    public static final Instant NOW = Instant.parse("2026-11-03T16:00:00Z");

    /** The {@code sitrep.yaml} of {@link #repo}: UTC, components api, checkout and web, the default severities. */
    public static final String CONFIG = """
            title: Acme Status
            baseUrl: https://status.acme.example
            components:
              - {id: api, name: Public API}
              - {id: checkout, name: Checkout}
              - {id: web, name: Web}
            """;

    /** A {@code sitrep.yaml} in Europe/Berlin with the postmortem policy written out, as the authoring tests use. */
    public static final String BERLIN_CONFIG = """
            title: Acme Status
            baseUrl: https://status.acme.example/
            timezone: Europe/Berlin
            components:
              - {id: api, name: Public API}
              - {id: checkout, name: Checkout}
              - {id: web, name: Web Dashboard}
            postmortem:
              dueWithin: 48h
              requiredSections:
                - {name: Summary, aliases: [TL;DR]}
                - Timeline
                - {name: Root Cause, aliases: [Contributing Factors]}
                - Impact
                - Action Items
            """;

    /** A P1 {@code incident.yaml} that breaks no rule at {@link #NOW}. */
    public static final String INCIDENT = """
            title: Checkout timeouts
            severity: P1
            components:
              checkout: partial_outage
            detected: 2026-11-03T14:02:00Z
            acknowledged: 2026-11-03T14:05:00Z
            resolved: 2026-11-03T15:40:00Z
            updates:
              - at: 2026-11-03T14:08:00Z
                status: investigating
                message: Investigating.
              - at: 2026-11-03T15:00:00Z
                status: monitoring
                message: Fixed.
              - at: 2026-11-03T15:40:00Z
                status: resolved
                message: Recovered.
            """;

    /** The body of a postmortem with every default required section. */
    public static final String SECTIONS = """
            ## Summary
            Text.

            ## Timeline
            Text.

            ## Root Cause
            Text.

            ## Impact
            Text.

            ## Action Items
            Text.
            """;

    private Fixture() {
    }

    // ---------------------------------------------------------------------------------------------------- the small site

    /** Copies the small site's source tree into {@code dir} (which may then be changed) and returns {@code dir}. */
    public static Path site(Path dir) {
        return copyTree(SITE, dir);
    }

    /** Copies the folder {@code from} with everything in it to {@code to} and returns {@code to}. */
    public static Path copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }

    /** Reads and checks the source tree at {@code source} at {@link #SITE_NOW}; fails on data errors. */
    public static StatusRepository read(Path source) {
        CheckResult result = Sitrep.check(new SitrepOptions(source, source.resolve("out"), source, SITE_NOW));
        if (result.hasDataErrors()) {
            throw new AssertionError("the fixture has data errors: " + result.findings().stream()
                    .map(Finding::format).collect(Collectors.joining("\n")));
        }
        return result.repository().orElseThrow();
    }

    /** Writes {@code text} to {@code path} below {@code dir}, creating its folders. */
    public static Path file(Path dir, String path, String text) {
        return file(dir, path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code bytes} to {@code path} below {@code dir}, creating its folders. */
    public static Path file(Path dir, String path, byte[] bytes) {
        try {
            Path file = dir.resolve(path);
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------------- source trees

    /** A source tree in {@code dir} with {@link #CONFIG}; findings' paths are relative to {@code dir}. */
    public static Repo repo(Path dir) {
        return new Repo(dir, dir).write("sitrep.yaml", CONFIG);
    }

    /**
     * A project in {@code dir} whose source tree is {@code dir/incidents}, with {@code config} as its
     * {@code sitrep.yaml}; findings' paths are relative to {@code dir}, as Maven prints them.
     */
    public static Repo project(Path dir, String config) {
        return new Repo(dir, dir.resolve("incidents")).write("sitrep.yaml", config);
    }

    /** A source tree in a folder, written file by file and checked through {@link Sitrep#check}. */
    public static final class Repo {
        private final Path base;
        private final Path source;

        private Repo(Path base, Path source) {
            this.base = base;
            this.source = source;
        }

        /** The folder that findings' paths are relative to. */
        public Path base() {
            return base;
        }

        /** The source tree. */
        public Path source() {
            return source;
        }

        /** Writes {@code text} to {@code path} of the source tree. */
        public Repo write(String path, String text) {
            file(source, path, text);
            return this;
        }

        /** The text of {@code path} of the source tree. */
        public String read(String path) {
            try {
                return Files.readString(source.resolve(path), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public CheckResult result(Instant now) {
            return Sitrep.check(new SitrepOptions(source, base.resolve("out"), base, now));
        }

        /** Every finding at {@code now} as {@code path:line:col: level: message}. */
        public List<String> check(Instant now) {
            return result(now).findings().stream().map(Finding::format).toList();
        }

        /** Every finding at {@link #NOW}. */
        public List<String> check() {
            return check(NOW);
        }
    }

    // ---------------------------------------------------------------------------------------------------- models

    public static Instant at(String instant) {
        return Instant.parse(instant);
    }

    public static Component component(String id, String group) {
        return new Component(id, "Component " + id, Optional.ofNullable(group), Optional.empty());
    }

    /** A configuration with the default severities and policies. */
    public static SiteConfig config(String zone, Component... components) {
        return new SiteConfig("Test Status", "https://status.test.example", ZoneId.of(zone), Arrays.asList(components),
                Severity.defaults(), PostmortemPolicy.defaults(), ActionItemPolicy.defaults(),
                Positions.none("sitrep.yaml"));
    }

    public static StatusRepository repository(SiteConfig config, List<Incident> incidents,
                                              List<Maintenance> maintenances) {
        return new StatusRepository(config, incidents, maintenances);
    }

    public static IncidentBuilder incident(String id) {
        return new IncidentBuilder(id);
    }

    /** A maintenance with one update a day before its start, then one a minute apart, for each of {@code statuses}. */
    public static Maintenance maintenance(String id, String start, String end, List<String> components,
                                          MaintenanceStatus... statuses) {
        List<MaintenanceUpdate> updates = new ArrayList<>();
        Instant t = at(start).minusSeconds(86_400);
        for (MaintenanceStatus status : statuses) {
            updates.add(new MaintenanceUpdate(t, status, "Maintenance " + status.id() + "."));
            t = t.plusSeconds(60);
        }
        return new Maintenance(id, "maintenance/" + id + ".yaml", "Maintenance " + id, components, at(start), at(end),
                updates, Positions.none("maintenance/" + id + ".yaml"));
    }

    public static ActionItem actionItem(String id, String due, ActionStatus status, String completed) {
        return new ActionItem(id, "Do " + id, "owner", Priority.SHORT_TERM, Optional.empty(), LocalDate.parse(due),
                status, Optional.ofNullable(completed).map(LocalDate::parse), Optional.empty(), "/actionItems/0");
    }

    /** A postmortem published at {@code published}, or a draft when it is null. */
    public static Postmortem postmortem(String published, ActionItem... items) {
        return new Postmortem("pm.md", List.of("Dana"), published == null ? PostmortemStatus.DRAFT
                : PostmortemStatus.PUBLISHED, Optional.ofNullable(published).map(Instant::parse), Arrays.asList(items),
                "## Summary\n\nText.\n", 5, List.of(), Positions.none("pm.md"));
    }

    /** Builds an incident: detected is required, everything else optional. */
    public static final class IncidentBuilder {
        private final String id;
        private String title;
        private String severity = "P1";
        private final List<AffectedComponent> components = new ArrayList<>();
        private Instant started;
        private Instant detected;
        private Instant acknowledged;
        private Instant resolved;
        private final List<StatusUpdate> updates = new ArrayList<>();
        private Postmortem postmortem;

        private IncidentBuilder(String id) {
            this.id = id;
            this.title = "Incident " + id;
        }

        public IncidentBuilder title(String value) {
            title = value;
            return this;
        }

        public IncidentBuilder severity(String value) {
            severity = value;
            return this;
        }

        public IncidentBuilder affects(String component, ComponentImpact impact) {
            components.add(new AffectedComponent(component, impact));
            return this;
        }

        public IncidentBuilder started(String value) {
            started = at(value);
            return this;
        }

        public IncidentBuilder detected(String value) {
            detected = at(value);
            return this;
        }

        public IncidentBuilder acknowledged(String value) {
            acknowledged = at(value);
            return this;
        }

        /** Resolves the incident at {@code value}: the resolved field and a last update with status resolved. */
        public IncidentBuilder resolved(String value) {
            resolved = at(value);
            return this;
        }

        public IncidentBuilder update(String value, IncidentStatus status, String message) {
            updates.add(new StatusUpdate(at(value), status, message));
            return this;
        }

        public IncidentBuilder postmortem(Postmortem value) {
            postmortem = value;
            return this;
        }

        public Incident build() {
            List<StatusUpdate> all = new ArrayList<>(updates);
            if (all.isEmpty()) {
                all.add(new StatusUpdate(detected, IncidentStatus.INVESTIGATING, "Investigating " + id + "."));
            }
            if (resolved != null && all.get(all.size() - 1).status() != IncidentStatus.RESOLVED) {
                all.add(new StatusUpdate(resolved, IncidentStatus.RESOLVED, "Resolved " + id + "."));
            }
            return new Incident(id, "incidents/" + id + "/incident.yaml", title, severity, components,
                    Optional.empty(), Optional.ofNullable(started), detected, Optional.ofNullable(acknowledged),
                    Optional.empty(), Optional.ofNullable(resolved), all, Optional.ofNullable(postmortem),
                    Positions.none("incidents/" + id + "/incident.yaml"));
        }
    }
}
