package dev.sitrep.author;

import dev.sitrep.Fixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class UpdateWriterTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00.250Z");
    private static final String FILE = "2026/2026-11-20-checkout-errors/incident.yaml";

    @TempDir
    Path dir;
    private Fixture.Repo repo;

    @BeforeEach
    void setUp() {
        repo = Fixture.project(dir, Fixture.BERLIN_CONFIG);
    }

    private UpdateWriter.Appended post(String status, String message) {
        return post(status, message, Optional.empty());
    }

    private UpdateWriter.Appended post(String status, String message, Optional<String> acknowledged) {
        return UpdateWriter.append(Workspace.load(repo.source(), repo.base(), NOW),
                new UpdateWriter.Request("2026-11-20-checkout-errors", status, message, acknowledged), NOW);
    }

    private String failure(String id, String status, String message) {
        return assertThrows(AuthoringException.class, () -> UpdateWriter.append(Workspace.load(repo.source(), repo.base(), NOW),
                new UpdateWriter.Request(id, status, message, Optional.empty()), NOW)).getMessage();
    }

    @Test
    void appendsABlockItemKeepingCommentsAndSettingResolvedAfterMitigated() {
        repo.write(FILE, """
                # Opened from the pager alert.
                title: Checkout errors   # as customers see it
                severity: P1
                components:
                  checkout: major_outage

                detected: 2026-11-20T10:00:00Z
                acknowledged: 2026-11-20T10:05:00Z
                mitigated: 2026-11-20T11:00:00Z   # rollback done
                updates:
                    # the first word on the status page
                    -   at: 2026-11-20T10:10:00Z
                        status: investigating
                        message: >-
                          We are investigating
                          checkout errors.

                        # a comment inside the item
                    -   at: 2026-11-20T11:00:00Z
                        status: monitoring
                        message: 'A fix is deployed: we are watching.'

                # trailing notes stay at the end
                """);
        UpdateWriter.Appended appended = post("resolved", "Checkout works again: error rates are normal.");
        assertEquals(List.of("added update 3 (resolved) at 2026-11-20T12:00:00Z",
                "set resolved: 2026-11-20T12:00:00Z"), appended.changes());
        assertEquals("""
                # Opened from the pager alert.
                title: Checkout errors   # as customers see it
                severity: P1
                components:
                  checkout: major_outage

                detected: 2026-11-20T10:00:00Z
                acknowledged: 2026-11-20T10:05:00Z
                mitigated: 2026-11-20T11:00:00Z   # rollback done
                resolved: 2026-11-20T12:00:00Z
                updates:
                    # the first word on the status page
                    -   at: 2026-11-20T10:10:00Z
                        status: investigating
                        message: >-
                          We are investigating
                          checkout errors.

                        # a comment inside the item
                    -   at: 2026-11-20T11:00:00Z
                        status: monitoring
                        message: 'A fix is deployed: we are watching.'
                    -   at: 2026-11-20T12:00:00Z
                        status: resolved
                        message: "Checkout works again: error rates are normal."

                # trailing notes stay at the end
                """, repo.read(FILE));
    }

    @Test
    void appendsAFlowItemInTheKeyOrderOfTheLastOne() {
        repo.write(FILE, """
                title: Checkout errors
                severity: P2
                components: {checkout: partial_outage}
                detected: 2026-11-20T10:00:00+01:00
                updates:
                - {at: 2026-11-20T10:10:00+01:00, status: investigating, message: Looking into it.}
                - {status: identified, at: 2026-11-20T10:40:00+01:00, message: Found it}
                commander: Sam Roe""");
        post("monitoring", "Fixed, watching [dashboards] {all}");
        assertEquals("""
                title: Checkout errors
                severity: P2
                components: {checkout: partial_outage}
                detected: 2026-11-20T10:00:00+01:00
                updates:
                - {at: 2026-11-20T10:10:00+01:00, status: investigating, message: Looking into it.}
                - {status: identified, at: 2026-11-20T10:40:00+01:00, message: Found it}
                - {status: monitoring, at: 2026-11-20T12:00:00Z, message: "Fixed, watching [dashboards] {all}"}
                commander: Sam Roe""", repo.read(FILE));
    }

    @Test
    void resolvingWithoutAcknowledgedNeedsTheTime() {
        String text = """
                title: Checkout errors
                severity: P2
                components:
                  checkout: partial_outage
                started: 2026-11-20T09:50:00Z
                detected: 2026-11-20T10:00:00Z
                updates:
                  - at: 2026-11-20T10:10:00Z
                    status: investigating
                    message: Looking into it.
                """;
        repo.write(FILE, text);
        assertEquals("incident '2026-11-20-checkout-errors' has no 'acknowledged' time, and a resolved incident "
                + "needs one (it measures the time to acknowledge); say when someone first responded, e.g. "
                + "acknowledged=2026-11-20T10:00:00Z (or acknowledged=now)", failure("2026-11-20-checkout-errors",
                "resolved", "Fixed."));
        assertEquals(text, repo.read(FILE));

        AuthoringException future = assertThrows(AuthoringException.class,
                () -> post("resolved", "Fixed.", Optional.of("2026-11-20T12:30:00Z")));
        assertEquals("acknowledged (2026-11-20T12:30:00Z) is later than now (2026-11-20T12:00:00Z); give the time "
                + "someone first responded, or acknowledged=now", future.getMessage());
        assertEquals(text, repo.read(FILE));

        UpdateWriter.Appended appended = post("resolved", "Fixed.", Optional.of("2026-11-20T11:02:00+01:00"));
        assertEquals(List.of("added update 2 (resolved) at 2026-11-20T12:00:00Z",
                "set acknowledged: 2026-11-20T10:02:00Z", "set resolved: 2026-11-20T12:00:00Z"), appended.changes());
        assertEquals("""
                title: Checkout errors
                severity: P2
                components:
                  checkout: partial_outage
                started: 2026-11-20T09:50:00Z
                detected: 2026-11-20T10:00:00Z
                acknowledged: 2026-11-20T10:02:00Z
                resolved: 2026-11-20T12:00:00Z
                updates:
                  - at: 2026-11-20T10:10:00Z
                    status: investigating
                    message: Looking into it.
                  - at: 2026-11-20T12:00:00Z
                    status: resolved
                    message: Fixed.
                """, repo.read(FILE));
    }

    @Test
    void reopeningRemovesResolvedAndResolvingAgainReplacesIt() {
        repo.write(FILE, """
                title: Checkout errors
                severity: P3
                components:
                  checkout: degraded_performance
                detected: 2026-11-20T10:00:00Z
                acknowledged: 2026-11-20T10:01:00Z
                resolved: 2026-11-20T11:00:00Z  # first fix
                updates:
                  - at: 2026-11-20T10:10:00Z
                    status: investigating
                    message: Looking into it.
                  - at: 2026-11-20T11:00:00Z
                    status: resolved
                    message: Fixed.
                """);
        assertEquals(List.of("added update 3 (identified) at 2026-11-20T12:00:00Z",
                "removed resolved: the incident is open again"), post("identified", "It is back.").changes());
        assertEquals(List.of("added update 4 (resolved) at 2026-11-20T12:00:00Z",
                "set resolved: 2026-11-20T12:00:00Z"), post("resolved", "Fixed for good.").changes());
        repo.write(FILE, repo.read(FILE).replace("resolved: 2026-11-20T12:00:00Z\n",
                "resolved: '2026-11-20T12:00:00Z'  # second fix\n"));
        assertEquals(List.of("added update 5 (resolved) at 2026-11-20T12:00:00Z",
                "set resolved: 2026-11-20T12:00:00Z (was '2026-11-20T12:00:00Z')"),
                post("resolved", "Really fixed.").changes());
        assertEquals("""
                title: Checkout errors
                severity: P3
                components:
                  checkout: degraded_performance
                detected: 2026-11-20T10:00:00Z
                acknowledged: 2026-11-20T10:01:00Z
                resolved: 2026-11-20T12:00:00Z  # second fix
                updates:
                  - at: 2026-11-20T10:10:00Z
                    status: investigating
                    message: Looking into it.
                  - at: 2026-11-20T11:00:00Z
                    status: resolved
                    message: Fixed.
                  - at: 2026-11-20T12:00:00Z
                    status: identified
                    message: It is back.
                  - at: 2026-11-20T12:00:00Z
                    status: resolved
                    message: Fixed for good.
                  - at: 2026-11-20T12:00:00Z
                    status: resolved
                    message: Really fixed.
                """, repo.read(FILE));
    }

    @Test
    void keepsCrlfLineEndsAndTheByteOrderMark() throws Exception {
        String text = "\uFEFFtitle: Checkout errors\r\nseverity: P3\r\ncomponents:\r\n  checkout: degraded_performance\r\n"
                + "detected: 2026-11-20T10:00:00Z\r\nupdates:\r\n  - at: 2026-11-20T10:10:00Z\r\n"
                + "    status: investigating\r\n    message: Looking into it.\r\n";
        repo.write(FILE, text);
        Path file = repo.source().resolve(FILE);
        post("identified", "Zürich: 東京 🚨 \"quoted\"\nsecond line");
        String expected = text + "  - at: 2026-11-20T12:00:00Z\r\n    status: identified\r\n"
                + "    message: \"Zürich: 東京 🚨 \\\"quoted\\\"\\nsecond line\"\r\n";
        assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
    }

    @Test
    void addsALineBreakWhenTheFileEndsWithoutOne() {
        repo.write(FILE, "title: Checkout errors\nseverity: P3\ncomponents:\n  checkout: degraded_performance\n"
                + "detected: 2026-11-20T10:00:00Z\nupdates:\n- at: 2026-11-20T10:10:00Z\n  status: investigating\n"
                + "  message: Looking into it.");
        post("monitoring", "yes");
        assertEquals("title: Checkout errors\nseverity: P3\ncomponents:\n  checkout: degraded_performance\n"
                + "detected: 2026-11-20T10:00:00Z\nupdates:\n- at: 2026-11-20T10:10:00Z\n  status: investigating\n"
                + "  message: Looking into it.\n- at: 2026-11-20T12:00:00Z\n  status: monitoring\n"
                + "  message: \"yes\"\n", repo.read(FILE));
    }

    @Test
    void explainsWhatIsWrongWithTheRequest() {
        repo.write(FILE, """
                title: Checkout errors
                severity: P3
                components:
                  checkout: degraded_performance
                detected: 2026-11-20T10:00:00Z
                updates:
                  - at: 2026-11-20T12:30:00Z
                    status: investigating
                    message: Looking into it.
                """);
        assertEquals("unknown incident 'checkout-errors'; did you mean '2026-11-20-checkout-errors'? (the id is the "
                + "name of the incident's folder under incidents)", failure("checkout-errors", "identified", "x"));
        assertEquals("unknown incident '2026-11-02-checkout-errors'; did you mean '2026-11-20-checkout-errors'? "
                + "(the id is the name of the incident's folder under incidents)",
                failure("2026-11-02-checkout-errors", "identified", "x"));
        assertEquals("unknown incident 'dns'; open incidents: 2026-11-20-checkout-errors (the id is the name of the "
                + "incident's folder under incidents)", failure("dns", "identified", "x"));
        assertEquals("say which incident to update: id=<the incident's folder name>", failure(" ", "identified", "x"));
        assertEquals("unknown status 'identifed'; did you mean 'identified'? use one of: investigating, identified, "
                + "monitoring, resolved", failure("2026-11-20-checkout-errors", "identifed", "x"));
        assertEquals("the update needs a status: one of investigating, identified, monitoring, resolved",
                failure("2026-11-20-checkout-errors", "", "x"));
        assertEquals("the update needs a message: what changed and what customers should know, e.g. "
                + "message=\"We have identified the cause and are deploying a fix.\"",
                failure("2026-11-20-checkout-errors", "identified", "  "));
        assertEquals("the last update of '2026-11-20-checkout-errors' is at 2026-11-20T12:30:00Z, later than now "
                + "(2026-11-20T12:00:00Z); updates must be in order, so check the clock (or sitrep.now)",
                failure("2026-11-20-checkout-errors", "identified", "x"));
    }

    @Test
    void refusesToRepeatTheLastUpdateWordForWord() {
        repo.write(FILE, """
                title: Checkout errors
                severity: P3
                components:
                  checkout: degraded_performance
                detected: 2026-11-20T10:00:00Z
                updates:
                  - at: 2026-11-20T10:30:00Z
                    status: investigating
                    message: Looking into it.
                """);
        assertEquals("the last update of '2026-11-20-checkout-errors' (2026-11-20T10:30:00Z) already says this: "
                + "investigating, \"Looking into it.\"; nothing was added (was the command run twice?)",
                failure("2026-11-20-checkout-errors", "investigating", " Looking into it. "));
        assertEquals(List.of("added update 2 (investigating) at 2026-11-20T12:00:00Z"),
                post("investigating", "Still looking.").changes(), "the same status with news is an update");
    }

    @Test
    void refusesFilesItCannotEditSafely() {
        repo.write(FILE, """
                title: Checkout errors
                severity: P3
                components:
                  checkout: degraded_performance
                detected: 2026-11-20T10:00:00Z
                updates: [{at: 2026-11-20T10:10:00Z, status: investigating, message: Looking into it.}]
                """);
        assertEquals("incidents/2026/2026-11-20-checkout-errors/incident.yaml:6:10: 'updates' is written as a flow "
                + "list [...]; write it as a block list with one '- ' item per line, then post the update again",
                failure("2026-11-20-checkout-errors", "identified", "x"));
        repo.write(FILE, """
                title: Checkout errors
                severity: P3
                components:
                  checkout: degraded_performance
                detected: 2026-11-20T10:00:00Z
                updates:
                  - at: 2026-11-20T10:10:00Z
                    status: investigatin
                    message: Looking into it.
                """);
        assertEquals("incident '2026-11-20-checkout-errors' has errors; fix them first:\n"
                + "  incidents/2026/2026-11-20-checkout-errors/incident.yaml:8:13: error: 'status' 'investigatin' is "
                + "not allowed; did you mean 'investigating'? use one of: investigating, identified, monitoring, "
                + "resolved", failure("2026-11-20-checkout-errors", "identified", "x"));
    }

    @Test
    void restoresTheFileWhenTheCheckFindsANewError() {
        String text = """
                title: Checkout errors
                severity: P3
                components:
                  checkout: degraded_performance
                detected: 2026-11-20T10:00:00Z
                acknowledged: 2026-11-20T10:01:00Z
                mitigated: 2026-11-20T13:00:00Z   # typed an hour too late
                updates:
                  - at: 2026-11-20T10:10:00Z
                    status: investigating
                    message: Looking into it.
                """;
        repo.write(FILE, text);
        assertEquals("the update was not written: with it, incidents/2026/2026-11-20-checkout-errors/incident.yaml "
                + "would not pass the check:\n"
                + "  incidents/2026/2026-11-20-checkout-errors/incident.yaml:8:1: error: 'resolved' "
                + "(2026-11-20T12:00:00Z) is before 'mitigated' (2026-11-20T13:00:00Z); times must follow started <= "
                + "detected <= acknowledged <= mitigated <= resolved, so correct one of the two",
                failure("2026-11-20-checkout-errors", "resolved", "Fixed."));
        assertEquals(text, repo.read(FILE));
    }

    @Test
    void aTaggedFlowItemIsStillAFlowItem() {
        repo.write(FILE, """
                title: Checkout errors
                severity: P3
                components:
                  checkout: degraded_performance
                detected: 2026-11-20T10:00:00Z
                updates:
                  - !!map {at: 2026-11-20T10:10:00Z, status: investigating, message: Looking into it.}
                """);
        post("monitoring", "Fixed: watching");
        assertEquals("""
                title: Checkout errors
                severity: P3
                components:
                  checkout: degraded_performance
                detected: 2026-11-20T10:00:00Z
                updates:
                  - !!map {at: 2026-11-20T10:10:00Z, status: investigating, message: Looking into it.}
                  - {at: 2026-11-20T12:00:00Z, status: monitoring, message: "Fixed: watching"}
                """, repo.read(FILE));
    }
}
