package dev.sitrep.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sitrep.model.Positions;

/** A parsed YAML document and the position of every value in it. */
record YamlDocument(JsonNode root, Positions positions) {
}
