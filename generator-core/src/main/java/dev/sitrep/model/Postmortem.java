package dev.sitrep.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A postmortem, {@code postmortem.md}: its front matter, its Markdown body and the body's level-2 sections.
 *
 * @param factors   the ids of its contributing factors ({@code factors}), as written
 * @param body      the Markdown after the front matter
 * @param bodyLine  the 1-based line of the file on which the body starts
 * @param positions positions in the front matter
 */
public record Postmortem(String file, List<String> authors, PostmortemStatus status, Optional<Instant> published,
                         List<String> factors, List<ActionItem> actionItems, String body, int bodyLine,
                         List<Section> sections, Positions positions) {

    public Postmortem {
        Objects.requireNonNull(file, "file");
        authors = List.copyOf(authors);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(published, "published");
        factors = List.copyOf(factors);
        actionItems = List.copyOf(actionItems);
        Objects.requireNonNull(body, "body");
        sections = List.copyOf(sections);
        Objects.requireNonNull(positions, "positions");
    }

    /** A postmortem that names no contributing factor. */
    public Postmortem(String file, List<String> authors, PostmortemStatus status, Optional<Instant> published,
                      List<ActionItem> actionItems, String body, int bodyLine, List<Section> sections,
                      Positions positions) {
        this(file, authors, status, published, List.of(), actionItems, body, bodyLine, sections, positions);
    }

    public boolean isPublished() {
        return status == PostmortemStatus.PUBLISHED;
    }
}
