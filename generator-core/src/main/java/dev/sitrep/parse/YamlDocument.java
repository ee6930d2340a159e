package dev.sitrep.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sitrep.finding.Findings;
import dev.sitrep.model.Positions;

import java.util.Optional;

/**
 * A parsed YAML document and the position of every value in it.
 *
 * <p>Public so that tools which edit a file in place (the authoring goals) can find the lines of its keys and
 * values with the same reader, limits and findings as the checks.
 */
public record YamlDocument(JsonNode root, Positions positions) {

    /**
     * Parses one YAML document the way sitrep reads its source files.
     *
     * @param file the path shown in findings and positions
     * @param text the text, with {@code \n} line ends
     * @return the document, or empty when it could not be read (a finding in {@code findings} says why)
     */
    public static Optional<YamlDocument> parse(String file, String text, Findings findings) {
        return new YamlReader().read(file, text, 1, findings);
    }
}
