package dev.sitrep.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitrep.SitrepException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonDocumentsTest {

    private record Item(String name, boolean on, int count) implements JsonDocuments.Document {
        @Override
        public void write(com.fasterxml.jackson.core.JsonGenerator json) throws IOException {
            json.writeStartObject();
            json.writeStringField("name", name);
            json.writeBooleanField("on", on);
            json.writeNumberField("count", count);
            json.writeEndObject();
        }
    }

    private record Doc(Item first, Item none, List<Item> items, List<Item> empty, List<Item> missing)
            implements JsonDocuments.Document {
        @Override
        public void write(com.fasterxml.jackson.core.JsonGenerator json) throws IOException {
            json.writeStartObject();
            JsonDocuments.object(json, "first", first);
            JsonDocuments.object(json, "none", none);
            JsonDocuments.array(json, "items", items);
            JsonDocuments.array(json, "empty", empty);
            JsonDocuments.array(json, "missing", missing);
            json.writeEndObject();
        }
    }

    @Test
    void aDocumentIsWrittenWithTwoSpacesOfIndentAndANewlineAtTheEnd() {
        Doc doc = new Doc(new Item("a", true, 1), null, List.of(new Item("b", false, -2), new Item("c", true, 0)),
                List.of(), null);
        // the layout of every JSON file of the site: a change here changes every published file
        assertEquals("""
                {
                  "first": {
                    "name": "a",
                    "on": true,
                    "count": 1
                  },
                  "none": null,
                  "items": [
                    {
                      "name": "b",
                      "on": false,
                      "count": -2
                    },
                    {
                      "name": "c",
                      "on": true,
                      "count": 0
                    }
                  ],
                  "empty": [],
                  "missing": null
                }
                """, new String(JsonDocuments.bytes("doc.json", doc), StandardCharsets.UTF_8));
    }

    @Test
    void textIsEscapedAsJsonAndKeptAsUtf8() throws IOException {
        String hostile = "\"quoted\" </script><script>alert(1)</script> \\ \n\t\u0001 \u2028 Störung ⚠";
        byte[] bytes = JsonDocuments.bytes("doc.json", new Item(hostile, false, 0));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"\\\"quoted\\\" </script>"), text);
        assertTrue(text.contains("\\\\ \\n\\t\\u0001"), text);
        assertTrue(text.contains("Störung ⚠"), text);
        JsonNode read = new ObjectMapper().readTree(bytes);
        assertEquals(hostile, read.get("name").asText());
    }

    @Test
    void aDocumentThatCannotBeWrittenNamesItsPath() {
        JsonDocuments.Document broken = json -> {
            json.writeStartObject();
            json.writeStartObject(); // a value where a field name must come
        };
        SitrepException e = assertThrows(SitrepException.class, () -> JsonDocuments.bytes("api/v2/x.json", broken));
        assertTrue(e.getMessage().startsWith("cannot write api/v2/x.json: "), e.getMessage());
    }
}
