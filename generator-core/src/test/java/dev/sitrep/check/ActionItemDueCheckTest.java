package dev.sitrep.check;

import dev.sitrep.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static dev.sitrep.Fixture.INCIDENT;
import static dev.sitrep.Fixture.SECTIONS;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ActionItemDueCheckTest {

    @TempDir
    Path dir;

    private Fixture.Repo repo(String timezone, String status, String extra) {
        String config = Fixture.CONFIG + (timezone.isEmpty() ? "" : "timezone: " + timezone + "\n");
        return Fixture.repo(dir).write("sitrep.yaml", config)
                .write("2026/a/incident.yaml", INCIDENT)
                .write("2026/a/postmortem.md", """
                        ---
                        authors: [Dana]
                        status: published
                        published: 2026-11-04T10:00:00Z
                        actionItems:
                          - id: a-1
                            title: Alert on pool saturation
                            owner: sam
                            priority: immediate
                            due: 2026-11-10
                            status: %s
                        %s---
                        """.formatted(status, extra) + SECTIONS);
    }

    @Test
    void pendingItemAfterTheEndOfItsDueDayIsOverdueAtItsId() {
        assertEquals(List.of("2026/a/postmortem.md:6:5: warning: action item 'a-1' (in-progress) was due 2026-11-10 "
                        + "and is 2d 12h overdue; finish it and set status: done with a completed date, or agree on a "
                        + "new due date"),
                repo("", "in-progress", "").check(Instant.parse("2026-11-13T12:00:00Z")));
    }

    @Test
    void theDueDayItselfIsNotOverdue() {
        assertEquals(List.of(), repo("", "open", "").check(Instant.parse("2026-11-10T23:59:00Z")));
    }

    @Test
    void theDueDayEndsInTheSiteTimeZone() {
        // 2026-11-10 ends at 2026-11-10T15:00Z in Tokyo (+09:00)
        assertEquals(List.of("2026/a/postmortem.md:6:5: warning: action item 'a-1' (open) was due 2026-11-10 and is "
                        + "1h overdue; finish it and set status: done with a completed date, or agree on a new due "
                        + "date"),
                repo("Asia/Tokyo", "open", "").check(Instant.parse("2026-11-10T16:00:00Z")));
    }

    @Test
    void doneAndWontDoAreNeverOverdue() {
        Instant late = Instant.parse("2026-11-13T12:00:00Z");
        assertEquals(List.of(), repo("", "done", "    completed: 2026-11-12\n").check(late));
        assertEquals(List.of(), repo("", "wont-do", "").check(late));
    }
}
