package dev.sitrep.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.vladsch.flexmark.util.ast.Node;
import dev.sitrep.finding.Findings;
import dev.sitrep.finding.Rule;
import dev.sitrep.markdown.DeepStack;
import dev.sitrep.model.ActionItem;
import dev.sitrep.model.ActionStatus;
import dev.sitrep.model.ActionType;
import dev.sitrep.model.Location;
import dev.sitrep.model.Positions;
import dev.sitrep.model.Postmortem;
import dev.sitrep.model.PostmortemStatus;
import dev.sitrep.model.Priority;
import dev.sitrep.model.Section;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code postmortem.md}: YAML front matter between two {@code ---} lines, then a Markdown body whose
 * headings are indexed with their lines.
 */
final class PostmortemReader {

    private PostmortemReader() {
    }

    /** Reads one postmortem: its front matter, and the sections of its body. */
    static Optional<Postmortem> read(String file, String text, YamlReader yaml, Sections headings,
                                     Findings findings) {
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            findings.error(Rule.SYNTAX, Location.startOf(file), "postmortem.md must start with front matter: "
                    + "a line '---', the YAML keys (authors, status, published, actionItems), and a closing '---'");
            return Optional.empty();
        }
        int close = -1;
        for (int i = 1; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.equals("---") || l.equals("...")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            findings.error(Rule.SYNTAX, Location.startOf(file),
                    "the front matter is never closed; add a line '---' after the YAML keys");
            return Optional.empty();
        }
        String yamlText = String.join("\n", lines.subList(1, close));
        int bodyLine = close + 2;
        String body = String.join("\n", lines.subList(close + 1, lines.size()));
        if (yamlText.isBlank()) {
            findings.error(Rule.MISSING_KEY, new Location(file, 1, 1),
                    "the front matter is empty; it needs at least 'authors' and 'status'");
            return Optional.empty();
        }
        Optional<YamlDocument> doc = yaml.read(file, yamlText, 2, findings);
        if (doc.isEmpty()) {
            return Optional.empty();
        }
        Optional<Fields> maybe = Fields.of(doc.get().root(), "", doc.get().positions(), findings, "the front matter");
        if (maybe.isEmpty()) {
            return Optional.empty();
        }
        Fields f = maybe.get();
        f.allowOnly("the postmortem front matter", "authors", "status", "published", "factors", "actionItems");
        List<String> authors = f.textList("authors", true).orElse(List.of());
        PostmortemStatus status = f.choice("status", false, PostmortemStatus.values(), PostmortemStatus::id)
                .orElse(PostmortemStatus.DRAFT);
        Optional<Instant> published = f.instant("published", status == PostmortemStatus.PUBLISHED);
        List<String> factors = factors(f);
        List<ActionItem> items = actionItems(f);
        String parsable = MarkdownLimits.checkText(file, body, bodyLine, findings);
        List<Section> sections = DeepStack.call(() -> {
            Node blocks = headings.parse(parsable);
            MarkdownLimits.check(file, blocks, bodyLine, findings);
            return Sections.of(file, blocks, bodyLine);
        });
        return Optional.of(new Postmortem(file, authors, status, published, factors, items, body, bodyLine, sections,
                doc.get().positions()));
    }

    private static List<ActionItem> actionItems(Fields f) {
        List<ActionItem> out = new ArrayList<>();
        Optional<JsonNode> v = f.value("actionItems", false);
        if (v.isEmpty()) {
            return out;
        }
        if (!v.get().isArray()) {
            f.invalid("actionItems", "'actionItems' must be a list of action items");
            return out;
        }
        Positions positions = f.positions();
        for (int i = 0; i < v.get().size(); i++) {
            String ptr = f.pointer("actionItems") + "/" + i;
            Optional<Fields> a = Fields.of(v.get().get(i), ptr, positions, f.findings(), "an action item");
            if (a.isEmpty()) {
                continue;
            }
            Fields af = a.get();
            af.allowOnly("an action item", "id", "title", "owner", "priority", "type", "due", "status", "completed",
                    "link");
            Optional<String> id = af.id("id", true);
            Optional<String> title = af.text("title", true);
            Optional<String> owner = af.text("owner", true);
            Optional<Priority> priority = af.choice("priority", true, Priority.values(), Priority::id);
            Optional<ActionType> type = af.choice("type", false, ActionType.values(), ActionType::id);
            Optional<LocalDate> due = af.date("due", true);
            Optional<ActionStatus> status = af.choice("status", true, ActionStatus.values(), ActionStatus::id);
            Optional<LocalDate> completed = af.date("completed", false);
            Optional<String> link = af.text("link", false).filter(l -> checkLink(l, af));
            if (status.isPresent()) {
                if (status.get() == ActionStatus.DONE && completed.isEmpty() && !af.has("completed")) {
                    f.findings().error(Rule.MISSING_KEY, af.at("status"),
                            "action item is done but has no 'completed' date; add completed: YYYY-MM-DD");
                } else if (status.get() != ActionStatus.DONE && af.has("completed")) {
                    af.invalid("completed", "'completed' is set but the status is '" + status.get().id()
                            + "'; set status: done, or remove 'completed'");
                }
            }
            if (id.isPresent() && title.isPresent() && owner.isPresent() && priority.isPresent() && due.isPresent()
                    && status.isPresent()) {
                out.add(new ActionItem(id.get(), title.get(), owner.get(), priority.get(), type, due.get(),
                        status.get(), status.get() == ActionStatus.DONE ? completed : Optional.empty(), link, ptr));
            }
        }
        return out;
    }

    private static boolean checkLink(String link, Fields f) {
        try {
            URI uri = new URI(link);
            if (("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null) {
                return true;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        f.invalid("link", "'link' '" + link + "' must be an absolute http:// or https:// URL");
        return false;
    }

    /**
     * The contributing factors as written. {@code factors:} with no value is an empty list, as {@code factors: []}
     * (the checks say what to write there). A single id written without brackets is an error, but is still read as
     * that id, so that the checks see what the author meant and do not also report the postmortem as naming none.
     */
    private static List<String> factors(Fields f) {
        Optional<JsonNode> value = f.value("factors", false);
        if (value.isEmpty() || value.get().isValueNode() && value.get().asText().isBlank()) {
            return List.of();
        }
        return f.textList("factors", false).orElseGet(() -> value.filter(JsonNode::isValueNode)
                .map(v -> List.of(v.asText().strip())).orElse(List.of()));
    }
}
