package dev.sitrep.site.html;

import dev.sitrep.CheckResult;
import dev.sitrep.Sitrep;
import dev.sitrep.SitrepOptions;
import dev.sitrep.model.StatusRepository;
import dev.sitrep.site.OutputFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A small incident repository written into a folder, with every case the pages must show: an open incident, a
 * published postmortem full of hostile HTML and Markdown, a draft postmortem, an overdue one, action items in every
 * state, an upcoming maintenance, an ungrouped component, and titles and messages that try to inject markup.
 */
final class SiteFixture {

    static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    /** Markup that must show up as text on every page that shows a title or message. */
    static final String HOSTILE_TITLE = "Login <script>alert('t')</script> & \"quotes\" failing";

    static final String HOSTILE_POSTMORTEM = String.join("\n",
            "---",
            "authors: [Dana <b>Ito</b>]",
            "status: published",
            "published: 2026-11-12T09:00:00Z",
            "actionItems:",
            "  - id: db-failover-1",
            "    title: Alert on <img src=x onerror=alert(1)> replication lag",
            "    owner: sam",
            "    priority: immediate",
            "    type: detect",
            "    due: 2026-11-14",
            "    status: done",
            "    completed: 2026-11-13",
            "    link: https://tracker.example/OPS-1?a=1&b='2'",
            "  - id: db-failover-2",
            "    title: Rehearse failover",
            "    owner: dana",
            "    priority: short-term",
            "    due: 2026-11-18",
            "    status: open",
            "  - id: db-failover-3",
            "    title: Replace the proxy",
            "    owner: dana",
            "    priority: long-term",
            "    due: 2027-02-01",
            "    status: in-progress",
            "  - id: db-failover-4",
            "    title: Rewrite everything",
            "    owner: sam",
            "    priority: long-term",
            "    due: 2027-03-01",
            "    status: wont-do",
            "---",
            "## Summary",
            "",
            "The database failed over. <script>alert('script')</script>",
            "",
            "<img src=x onerror=alert('img')>",
            "",
            "<a href=\"javascript:alert('a')\">raw link</a> and [md link](javascript:alert('md')) and",
            "[data link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) and",
            "[entity link](jav&#x61;script:alert('entity')) and [tab link](java&#9;script:alert('tab')) and",
            "[vb link](vbscript:msgbox) and [relative link](../../../../etc/passwd) and",
            "![image](javascript:alert('image')) and ![data image](data:image/svg+xml,<svg onload=alert(1)>) and",
            "[quoted title](https://ok.example/q \"a \\\" onmouseover=alert('title') x\") and",
            "an autolink https://ok.example/auto and <https://ok.example/angle> and <mailto:oncall@example.com>.",
            "",
            "<style>body { display: none }</style>",
            "",
            "<p style=\"color: red\" onclick=\"alert('p')\">styled paragraph</p>",
            "",
            "<iframe src=\"https://evil.example/frame\"></iframe>",
            "",
            "<svg onload=\"alert('svg')\"><circle r=\"5\"/></svg>",
            "",
            "<div onmouseover=\"alert('div')\">",
            "raw html block",
            "</div>",
            "",
            "## Timeline",
            "",
            "- [x] 10:02 failover started",
            "- [ ] 10:40 `SELECT 1` <object data=\"x\"></object>",
            "",
            "## Root Cause",
            "",
            "A proxy cached the old primary. See [the summary](#summary).",
            "",
            "```sql",
            "SELECT '<script>alert(1)</script>';",
            "```",
            "",
            "## Impact",
            "",
            "| Region | Errors |",
            "|---|---|",
            "| eu <em onmouseover=x>west</em> | ~~12%~~ 11% |",
            "",
            "## Action Items",
            "",
            "Tracked in the front matter.",
            "");

    private SiteFixture() {
    }

    /** Writes the repository into {@code dir} and returns it. */
    static Path write(Path dir) {
        file(dir, "sitrep.yaml", """
                title: Acme <Status> & Co
                baseUrl: https://status.acme.example
                timezone: Europe/Berlin
                components:
                  - {id: api, name: Public API, group: Core, description: REST <endpoints>}
                  - {id: web, name: Dashboard, group: Core}
                  - {id: db, name: Databases}
                """);
        file(dir, "2026/2026-11-20-login-failing/incident.yaml", """
                title: %s
                severity: P1
                components:
                  api: major_outage
                  web: degraded_performance
                commander: Sam Roe
                started: 2026-11-20T11:00:00Z
                detected: 2026-11-20T11:05:00Z
                acknowledged: 2026-11-20T11:10:00Z
                updates:
                  - at: 2026-11-20T11:12:00Z
                    status: investigating
                    message: "Logins fail. <img src=x onerror=alert('u')> Details: https://acme.example/notes?a=1&b=2."
                  - at: 2026-11-20T11:50:00Z
                    status: identified
                    message: "javascript:alert('plain') is not a link; the cause is a bad certificate."
                """.formatted(yamlString(HOSTILE_TITLE)));
        file(dir, "2026/2026-11-10-db-failover/incident.yaml", """
                title: Database failover errors
                severity: P0
                components:
                  db: major_outage
                  api: partial_outage
                started: 2026-11-10T09:58:00Z
                detected: 2026-11-10T10:00:00Z
                acknowledged: 2026-11-10T10:03:00Z
                mitigated: 2026-11-10T10:30:00Z
                resolved: 2026-11-10T10:40:00Z
                updates:
                  - {at: 2026-11-10T10:05:00Z, status: investigating, message: Database connections fail.}
                  - {at: 2026-11-10T10:30:00Z, status: monitoring, message: Failed over to the replica.}
                  - {at: 2026-11-10T10:40:00Z, status: resolved, message: Resolved.}
                """);
        file(dir, "2026/2026-11-10-db-failover/postmortem.md", HOSTILE_POSTMORTEM);
        file(dir, "2026/2026-11-19-cache-draft/incident.yaml", """
                title: Stale dashboard data
                severity: P1
                components:
                  web: partial_outage
                detected: 2026-11-19T08:00:00Z
                acknowledged: 2026-11-19T08:05:00Z
                resolved: 2026-11-19T09:00:00Z
                updates:
                  - {at: 2026-11-19T08:10:00Z, status: identified, message: A cache serves stale data.}
                  - {at: 2026-11-19T09:00:00Z, status: resolved, message: Fixed.}
                """);
        file(dir, "2026/2026-11-19-cache-draft/postmortem.md", """
                ---
                authors: [Sam Roe]
                status: draft
                ---
                ## Summary

                SECRET-DRAFT-TEXT
                """);
        file(dir, "2026/2026-10-02-overdue-review/incident.yaml", """
                title: Checkout errors
                severity: P1
                components:
                  api: partial_outage
                detected: 2026-10-02T08:00:00Z
                acknowledged: 2026-10-02T08:05:00Z
                resolved: 2026-10-02T09:00:00Z
                updates:
                  - {at: 2026-10-02T08:10:00Z, status: investigating, message: Errors at checkout.}
                  - {at: 2026-10-02T09:00:00Z, status: resolved, message: Fixed.}
                """);
        file(dir, "2026/2026-09-15-minor-slowness/incident.yaml", """
                title: Slow dashboard
                severity: P3
                components:
                  web: degraded_performance
                detected: 2026-09-15T08:00:00Z
                resolved: 2026-09-15T09:00:00Z
                acknowledged: 2026-09-15T08:30:00Z
                updates:
                  - {at: 2026-09-15T09:00:00Z, status: resolved, message: The dashboard is fast again.}
                """);
        file(dir, "maintenance/2026-12-01-db-upgrade.yaml", """
                title: Database <upgrade>
                components: [db]
                scheduledStart: 2026-12-01T02:00:00Z
                scheduledEnd: 2026-12-01T04:00:00Z
                updates:
                  - {at: 2026-11-18T09:00:00Z, status: scheduled, message: We will upgrade the databases.}
                """);
        return dir;
    }

    /** Reads and checks the repository at {@code dir}; fails on data errors. */
    static StatusRepository read(Path dir) {
        CheckResult result = Sitrep.check(new SitrepOptions(dir, dir.resolve("out"), dir, NOW));
        if (result.hasDataErrors()) {
            throw new AssertionError("fixture has data errors: " + result.findings().stream()
                    .map(Object::toString).collect(Collectors.joining("\n")));
        }
        return result.repository().orElseThrow();
    }

    /** Writes {@code files} below {@code out}. */
    static Path writeSite(List<OutputFile> files, Path out) {
        for (OutputFile f : files) {
            file(out, f.path(), f.content());
        }
        return out;
    }

    static void file(Path dir, String path, String text) {
        file(dir, path, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void file(Path dir, String path, byte[] bytes) {
        try {
            Path p = dir.resolve(path);
            Files.createDirectories(p.getParent());
            Files.write(p, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String yamlString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
