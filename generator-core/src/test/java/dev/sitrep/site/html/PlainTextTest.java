package dev.sitrep.site.html;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlainTextTest {

    @Test
    void linksHttpUrlsAndLeavesTrailingPunctuationOut() {
        assertEquals(List.of(new Segment("See ", ""), new Segment("https://docs.example.com/api/openapi.json",
                        "https://docs.example.com/api/openapi.json"), new Segment(" while we investigate.", "")),
                PlainText.segments("See https://docs.example.com/api/openapi.json while we investigate."));
        assertEquals(List.of(new Segment("(", ""), new Segment("http://a.example/x_(y)", "http://a.example/x_(y)"),
                new Segment(").", "")), PlainText.segments("(http://a.example/x_(y))."));
    }

    @Test
    void leavesOtherSchemesAndMarkupAsText() {
        assertEquals(List.of(new Segment("javascript:alert(1) <b>x</b> ftp://x.example", "")),
                PlainText.segments("javascript:alert(1) <b>x</b> ftp://x.example"));
        assertEquals(List.of(new Segment("\"", ""), new Segment("https://a.example/", "https://a.example/"),
                new Segment("\"><script>", "")), PlainText.segments("\"https://a.example/\"><script>"));
    }

    @Test
    void plainTextIsOneSegment() {
        assertEquals(List.of(new Segment("No links here.", "")), PlainText.segments("No links here."));
        assertEquals(List.of(), PlainText.segments(""));
    }
}
