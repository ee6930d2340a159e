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
 * autolinks. One {@link Parser} is built per run and shared; it is safe for concurrent use.
 */
public final class Markdown {

    /** The options shared by the parser here and the HTML renderer of the site stage. */
    public static final DataHolder OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TaskListExtension.create(),
                    StrikethroughExtension.create(), AutolinkExtension.create(), AnchorLinkExtension.create()))
            .set(TablesExtension.WITH_CAPTION, false)
            .set(TablesExtension.COLUMN_SPANS, false)
            .toImmutable();

    private Markdown() {
    }

    /** A parser with {@link #OPTIONS}. */
    public static Parser parser() {
        return Parser.builder(OPTIONS).build();
    }
}
