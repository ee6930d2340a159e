package dev.sitrep.author;

import dev.sitrep.Fixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostmortemTemplateTest {

    static final Instant NOW = Instant.parse("2026-11-20T16:00:00Z");
    static final String ID = "2026-11-20-checkout-errors";
    static final String INCIDENT = """
            title: Checkout <errors> for *some* cards
            severity: P1
            components:
              checkout: major_outage
              api: partial_outage
            commander: Dana Ito
            started: 2026-11-20T09:42:00Z
            detected: 2026-11-20T09:50:00Z
            acknowledged: 2026-11-20T09:56:00Z
            mitigated: 2026-11-20T11:35:00Z
            resolved: 2026-11-20T12:20:00Z
            updates:
              - at: 2026-11-20T10:01:00Z
                status: investigating
                message: Card payments fail for some customers.
              - at: 2026-11-20T10:48:00Z
                status: identified
                message: |-
                  A library update mishandles [3-D Secure]
                  responses; we are rolling back.
              - at: 2026-11-20T11:35:00Z
                status: monitoring
                message: The rollback is complete.
              - at: 2026-11-20T12:20:00Z
                status: resolved
                message: Payments work normally again.
            """;

    @TempDir
    Path dir;
    private Fixture.Repo repo;

    @BeforeEach
    void setUp() {
        repo = Fixture.project(dir, Fixture.BERLIN_CONFIG);
        repo.write("2026/" + ID + "/incident.yaml", INCIDENT);
    }

    @Test
    void writesTheRequiredSectionsWithTheIncidentsFacts() {
        Path file = PostmortemTemplate.create(Workspace.load(repo.source(), repo.base(), NOW), ID, List.of(), NOW);
        assertEquals(repo.source().resolve("2026/" + ID + "/postmortem.md"), file);
        assertEquals("""
                ---
                authors: [Dana Ito]
                status: draft
                # When the review is done: status: published, and published: <time>, e.g. 2026-11-20T16:00:00Z
                # Track every follow-up as an action item (ids are unique across the repository), e.g.
                # actionItems:
                #   - id: 2026-11-20-checkout-errors-1
                #     title: Alert when the error rate of the affected service rises
                #     owner: Dana Ito
                #     priority: immediate        # immediate | short-term | long-term
                #     type: detect               # prevent | mitigate | detect | repair | process | other
                #     due: 2026-11-27
                #     status: open               # open | in-progress | done | wont-do
                #     link: https://tracker.example.com/OPS-123
                actionItems: []
                ---
                _Draft postmortem of "Checkout \\<errors\\> for \\*some\\* cards" (2026-11-20-checkout-errors). It is blameless: it asks what happened, why, and what we will change in our systems and processes, never who is to blame. Replace every prompt in italics._

                ## Summary

                - **Title**: Checkout \\<errors\\> for \\*some\\* cards
                - **Severity**: P1 (High)
                - **Duration**: 2 hours 38 minutes, from 2026-11-20 10:42 CET to 13:20 CET
                - **Impact**: Checkout (major outage), Public API (partial outage)
                - **Incident commander**: Dana Ito

                _What happened? Two or three sentences a customer would understand: what broke, for whom, and how it was fixed._

                ## Timeline

                All times are Europe/Berlin (CET).

                - 2026-11-20 10:42 – Impact started
                - 2026-11-20 10:50 – Detected
                - 2026-11-20 10:56 – Acknowledged
                - 2026-11-20 11:01 – Update (Investigating): Card payments fail for some customers.
                - 2026-11-20 11:48 – Update (Identified): A library update mishandles \\[3-D Secure\\] responses; we are rolling back.
                - 2026-11-20 12:35 – Update (Monitoring): The rollback is complete.
                - 2026-11-20 12:35 – Mitigated
                - 2026-11-20 13:20 – Update (Resolved): Payments work normally again.

                _Add what the updates do not show: alerts, escalations, investigation milestones, mitigation steps and decisions._

                ## Root Cause

                _What happened: a detailed description of the failure._

                _Why did it happen? Ask "why?" until the answer is a system or a process, not a person._

                _Contributing factors: what made it more likely, larger or longer?_

                ## Impact

                - **Components**: Checkout (major outage), Public API (partial outage)
                - **Duration**: 2 hours 38 minutes, from 2026-11-20 10:42 CET to 13:20 CET

                _Users affected: how many, and what percentage?_

                _Revenue impact, if any._

                _Reputation impact, if any._

                ## Action Items

                _What action items will we take? Track each one under actionItems in the front matter, with an owner and a due date, so that the status site follows it up:_

                - _Immediate: short-term fixes_
                - _Short-term: next sprint items_
                - _Long-term: process improvements_

                ## Response

                _How did we respond? What went well? What could be improved?_
                """, repo.read("2026/" + ID + "/postmortem.md"));
        assertTrue(Workspace.load(repo.source(), repo.base(), NOW).checked().findings().stream().noneMatch(f -> f.isError()),
                () -> Workspace.load(repo.source(), repo.base(), NOW).checked().findings().toString());
        Workspace reread = Workspace.load(repo.source(), repo.base(), NOW);
        assertEquals(List.of("Summary", "Timeline", "Root Cause", "Impact", "Action Items", "Response"),
                reread.incident(ID).postmortem().orElseThrow().sections().stream().map(s -> s.heading()).toList());
    }

    @Test
    void followsTheConfiguredSectionsAndAuthors() {
        repo.write("sitrep.yaml", Fixture.BERLIN_CONFIG.replaceAll("(?s)  requiredSections:.*",
                "  requiredSections:\n    - {name: TL;DR}\n    - What Went Well\n    - Lessons for *Finance*\n"));
        String text = PostmortemTemplate.render(Workspace.load(repo.source(), repo.base(), NOW).config(), Workspace.load(repo.source(), repo.base(), NOW).incident(ID),
                PostmortemTemplate.authors(" Sam Roe, Lea: Fischer ,"), NOW);
        assertTrue(text.startsWith("---\nauthors: [Sam Roe, \"Lea: Fischer\"]\n"), text);
        String body = text.substring(text.indexOf("\n## "));
        assertEquals("""

                ## TL;DR

                - **Title**: Checkout \\<errors\\> for \\*some\\* cards
                - **Severity**: P1 (High)
                - **Duration**: 2 hours 38 minutes, from 2026-11-20 10:42 CET to 13:20 CET
                - **Impact**: Checkout (major outage), Public API (partial outage)
                - **Incident commander**: Dana Ito

                _What happened? Two or three sentences a customer would understand: what broke, for whom, and how it was fixed._

                ## What Went Well

                _How did we respond? What went well? What could be improved?_

                ## Lessons for \\*Finance\\*

                _Lessons for \\*Finance\\*: write this section._
                """, body);
        Path file = PostmortemTemplate.create(Workspace.load(repo.source(), repo.base(), NOW), ID, List.of("Sam Roe"), NOW);
        assertEquals(List.of("TL;DR", "What Went Well", "Lessons for *Finance*"),
                Workspace.load(repo.source(), repo.base(), NOW).incident(ID).postmortem().orElseThrow().sections().stream().map(s -> s.heading())
                        .toList(), file.toString());
        assertTrue(Workspace.load(repo.source(), repo.base(), NOW).checked().findings().stream().noneMatch(f -> f.isError()),
                () -> Workspace.load(repo.source(), repo.base(), NOW).checked().findings().toString());
    }

    @Test
    void withATaxonomyTheFrontMatterAsksForFactorsAndListsThem() {
        repo.write("sitrep.yaml", Fixture.BERLIN_CONFIG + """
                  factors:
                    - {id: deployment, name: Deployment, description: A change rolled out to production}
                    - {id: config-change, name: "Configuration\\nchange"}
                    - {id: capacity, name: Capacity}
                """);
        Path file = PostmortemTemplate.create(Workspace.load(repo.source(), repo.base(), NOW), ID, List.of(), NOW);
        String text = repo.read("2026/" + ID + "/postmortem.md");
        assertTrue(text.startsWith("""
                ---
                authors: [Dana Ito]
                status: draft
                # When the review is done: status: published, and published: <time>, e.g. 2026-11-20T16:00:00Z
                # Contributing factors: the ids that apply, from postmortem.factors in sitrep.yaml (at least one once published):
                #   deployment     Deployment
                #   config-change  Configuration change
                #   capacity       Capacity
                factors: []
                # Track every follow-up as an action item (ids are unique across the repository), e.g.
                """), text);
        assertTrue(text.contains("""
                _Contributing factors: what made it more likely, larger or longer? Name them in factors in the front matter._
                """), text);
        Workspace reread = Workspace.load(repo.source(), repo.base(), NOW);
        assertEquals(List.of(), reread.incident(ID).postmortem().orElseThrow().factors(), file.toString());
        assertEquals(List.of(), reread.checked().findings());
    }

    @Test
    void publishedAsWrittenTheDraftAsksForItsFactors() {
        repo.write("sitrep.yaml", Fixture.BERLIN_CONFIG + "  factors:\n    - {id: deployment, name: Deployment}\n");
        PostmortemTemplate.create(Workspace.load(repo.source(), repo.base(), NOW), ID, List.of(), NOW);
        String path = "2026/" + ID + "/postmortem.md";
        repo.write(path, repo.read(path).replace("status: draft", "status: published\npublished: 2026-11-20T15:00:00Z"));
        assertEquals(List.of("incidents/2026/2026-11-20-checkout-errors/postmortem.md:8:1: error: a published "
                        + "postmortem names at least one contributing factor, because sitrep.yaml declares them; write "
                        + "the ids that apply in 'factors' (known: deployment)"),
                repo.check(NOW).stream().filter(f -> f.contains(": error: ")).toList());
    }

    @Test
    void neverOverwritesAPostmortem() {
        repo.write("2026/" + ID + "/postmortem.md", "my notes\n");
        AuthoringException e = assertThrows(AuthoringException.class,
                () -> PostmortemTemplate.create(Workspace.load(repo.source(), repo.base(), NOW), ID, List.of(), NOW));
        assertEquals("incidents/2026/2026-11-20-checkout-errors/postmortem.md already exists; sitrep never "
                + "overwrites a postmortem. Edit it, or delete it first to start again from the template", e.getMessage());
        assertEquals("my notes\n", repo.read("2026/" + ID + "/postmortem.md"));
    }

    @Test
    void needsAuthorsWhenThereIsNoCommander() {
        repo.write("2026/" + ID + "/incident.yaml", INCIDENT.replace("commander: Dana Ito\n", ""));
        AuthoringException e = assertThrows(AuthoringException.class,
                () -> PostmortemTemplate.create(Workspace.load(repo.source(), repo.base(), NOW), ID, List.of(), NOW));
        assertEquals("name the postmortem's authors, e.g. authors=\"Dana Ito, Sam Roe\" (incident "
                + "'2026-11-20-checkout-errors' has no commander to default to)", e.getMessage());
    }

    @Test
    void saysSoWhileTheIncidentIsOpen() {
        String open = INCIDENT.replace("resolved: 2026-11-20T12:20:00Z\n", "")
                .replace("""
                          - at: 2026-11-20T12:20:00Z
                            status: resolved
                            message: Payments work normally again.
                        """, "");
        repo.write("2026/" + ID + "/incident.yaml", open);
        String text = PostmortemTemplate.render(Workspace.load(repo.source(), repo.base(), NOW).config(), Workspace.load(repo.source(), repo.base(), NOW).incident(ID),
                List.of("Sam"), NOW);
        assertTrue(text.contains("- **Duration**: not resolved yet: 6 hours 18 minutes so far, since 2026-11-20 "
                + "10:42 CET\n"), text);
    }
}
