package dev.sitrep.markdown;

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
 * The Markdown of postmortem bodies, as flexmark options: CommonMark plus GFM tables, task lists, strikethrough,
 * autolinks and heading anchors. The parse stage finds a body's sections with them, and the site renders the body
 * with them, so that the page shows the sections the checks saw.
 */
public final class Markdown {

    /** The options of every Markdown parse: the parse stage's sections and the site's rendering. */
    public static final DataHolder OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TaskListExtension.create(),
                    StrikethroughExtension.create(), AutolinkExtension.create(), AnchorLinkExtension.create()))
            .set(TablesExtension.WITH_CAPTION, false)
            .set(TablesExtension.COLUMN_SPANS, false)
            .toImmutable();

    private Markdown() {
    }
}
