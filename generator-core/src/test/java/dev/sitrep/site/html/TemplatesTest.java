package dev.sitrep.site.html;

import dev.sitrep.SitrepException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemplatesTest {

    @TempDir
    Path folder;

    /** Records how many bytes each write to the file carried. */
    private static final class Chunks extends OutputStream {
        final ByteArrayOutputStream all = new ByteArrayOutputStream();
        final List<Integer> sizes = new ArrayList<>();

        @Override
        public void write(int b) {
            all.write(b);
            sizes.add(1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            all.write(b, off, len);
            sizes.add(len);
        }
    }

    @Test
    void aLargePageIsWrittenInPiecesAndASurrogatePairIsNeverSplit() throws IOException {
        // "xx" puts a lone high surrogate exactly at the 65,536th character, where the first piece is cut
        Files.writeString(folder.resolve("big.ftlh"),
                "xx<#list 1..60000 as i>a${\"\\xD83D\"}${\"\\xDE00\"}</#list>", StandardCharsets.UTF_8);
        Templates templates = new Templates(Optional.of(folder), ZoneOffset.UTC);
        Chunks out = new Chunks();

        templates.render("big.ftlh", Map.of(), out);

        String expected = "xx" + "a\uD83D\uDE00".repeat(60000);
        assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), out.all.toByteArray());
        assertTrue(out.sizes.size() > 2, "written in pieces, not as one page: " + out.sizes.size());
        assertTrue(out.sizes.stream().allMatch(n -> n <= 4 * 70_000), "no piece holds the whole page: " + out.sizes);
    }

    @Test
    void everyPageOfAnUnparsableTemplateSaysWhereItIsBroken() throws IOException {
        Path broken = Files.writeString(folder.resolve("history.ftlh"), "<h1>History</h1>\n\n<#if page.total>\n");
        Templates templates = new Templates(Optional.of(folder), ZoneOffset.UTC);
        // the second page of the template finds FreeMarker's memory of the first failure, as the other thread of a
        // build does; both must name the file and line, not "an error on an earlier attempt"
        for (String page : List.of("history/index.html", "history/2026/index.html")) {
            SitrepException e = assertThrows(SitrepException.class,
                    () -> templates.render("history.ftlh", Map.of(), OutputStream.nullOutputStream()), page);
            assertTrue(e.getMessage().startsWith(broken + ":"), page + ": " + e.getMessage());
            assertTrue(e.getMessage().contains(": error: the template cannot be parsed: "), page + ": " + e.getMessage());
        }
    }
}
