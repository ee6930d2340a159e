package dev.sitrep.maven;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The plugin descriptor that maven-plugin-plugin generated from the Mojos: every parameter is documented (its
 * field Javadoc is what {@code mvn sitrep:help -Ddetail} prints), and every user property is one of
 * {@link SitrepProperties}.
 */
class PluginDescriptorTest {

    private static Element descriptor() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        try (InputStream in = PluginDescriptorTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
            assertNotNull(in, "the plugin descriptor is generated before the tests run");
            Document document = factory.newDocumentBuilder().parse(in);
            return document.getDocumentElement();
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (name == null || e.getTagName().equals(name))) {
                out.add(e);
            }
        }
        return out;
    }

    private static String text(Element parent, String name) {
        return children(parent, name).get(0).getTextContent().strip();
    }

    /** Goal -> (parameter -> user property) of every sitrep goal. */
    private static Map<String, Map<String, String>> properties() throws Exception {
        Map<String, Map<String, String>> out = new TreeMap<>();
        for (Element mojo : children(children(descriptor(), "mojos").get(0), "mojo")) {
            String goal = text(mojo, "goal");
            if (goal.equals("help")) {
                continue;
            }
            for (Element parameter : children(children(mojo, "parameters").get(0), "parameter")) {
                assertFalse(text(parameter, "description").isEmpty(), goal + " " + text(parameter, "name") + " has Javadoc");
            }
            Map<String, String> byParameter = new TreeMap<>();
            for (Element value : children(children(mojo, "configuration").get(0), null)) {
                String expression = value.getTextContent().strip();
                if (expression.startsWith("${")) {
                    byParameter.put(value.getTagName(), expression.substring(2, expression.length() - 1));
                }
            }
            out.put(goal, byParameter);
        }
        return out;
    }

    /** The values of every String constant of {@link SitrepProperties}. */
    private static Set<String> constants() throws IllegalAccessException {
        Set<String> values = new TreeSet<>();
        for (Field field : SitrepProperties.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.get(null) instanceof String value) {
                values.add(value);
            }
        }
        return values;
    }

    @Test
    void checkHasTheContractsPropertiesAndPullRequestMode() throws Exception {
        assertEquals(Map.of("changedSince", SitrepProperties.CHANGED_SINCE, "failOnWarning", SitrepProperties.FAIL_ON_WARNING,
                        "now", SitrepProperties.NOW, "skip", SitrepProperties.SKIP,
                        "sourceDirectory", SitrepProperties.SOURCE_DIRECTORY,
                        "cacheDirectory", SitrepProperties.CACHE_DIRECTORY),
                properties().get("check"));
    }

    @Test
    void generateHasTheContractsProperties() throws Exception {
        assertEquals(Map.of("failOnWarning", SitrepProperties.FAIL_ON_WARNING, "now", SitrepProperties.NOW,
                        "outputDirectory", SitrepProperties.OUTPUT_DIRECTORY, "skip", SitrepProperties.SKIP,
                        "sourceDirectory", SitrepProperties.SOURCE_DIRECTORY,
                        "cacheDirectory", SitrepProperties.CACHE_DIRECTORY),
                properties().get("generate"));
    }

    @Test
    void everyUserPropertyIsASitrepPropertiesConstantAndEverySitrepPropertyIsUsed() throws Exception {
        Set<String> used = new TreeSet<>();
        properties().values().forEach(m -> used.addAll(m.values()));
        Set<String> constants = constants();
        Set<String> undeclared = new TreeSet<>(used);
        undeclared.removeAll(constants);
        assertEquals(Set.of(), undeclared, "user properties spelled outside SitrepProperties");
        Set<String> unused = new TreeSet<>();
        constants.stream().filter(c -> c.startsWith("sitrep.") && !used.contains(c)).forEach(unused::add);
        assertEquals(Set.of(), unused, "sitrep.* properties no goal reads");
    }
}
