package dev.sitrep.parse;

import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;

import java.util.List;

/**
 * The flexmark options sitrep reads postmortems with: CommonMark plus GFM tables, task lists, strikethrough and
 * autolinks. The site renders with them; {@link Sections} finds headings with their block parsing.
 */
public final class Markdown {

    /** The options of every Markdown parse: the site's renderer and the heading index of the read stage. */
    public static final DataHolder OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TaskListExtension.create(),
                    StrikethroughExtension.create(), AutolinkExtension.create(), AnchorLinkExtension.create()))
            .set(TablesExtension.WITH_CAPTION, false)
            .set(TablesExtension.COLUMN_SPANS, false)
            .toImmutable();

    private Markdown() {
    }
}
