package dev.sitrep.site.html;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code docs/theming.md} lists every page model a template can reach, with every field: the records from the
 * page records down (their components, in order, with their types), and the enums among them (their public
 * zero-argument methods, which templates read as fields). A field added, removed, renamed or retyped in the code
 * fails here until the list says the same.
 */
class ThemingDocTest {

    private static final Path DOC = Path.of("../docs/theming.md");

    /** The models of the page templates; everything else is reached from them. */
    private static final List<Class<?>> PAGES = List.of(StatusPage.class, HistoryPage.class, IncidentPage.class,
            PostmortemIndexPage.class, ActionItemsPage.class, MetricsPage.class, ComponentPage.class);

    private static final Pattern HEADING = Pattern.compile("^### ([A-Za-z.]+)( \\(enum\\))?$");
    private static final Pattern ROW = Pattern.compile("^\\| `([A-Za-z0-9]+)` \\| `([^`]+)` \\| (.+) \\|$");

    @Test
    void theDocListsEveryPageModelWithEveryField() throws IOException {
        Map<String, List<String>> documented = documented();
        Map<String, List<String>> code = reachable();
        assertEquals(new TreeSet<>(code.keySet()), new TreeSet<>(documented.keySet()),
                DOC + ": the '### Name' sections differ from the page models templates can reach");
        code.forEach((type, fields) -> {
            List<String> listed = documented.get(type);
            boolean isEnum = fields.stream().anyMatch(f -> f.startsWith("enum "));
            if (isEnum) {
                assertEquals(new TreeSet<>(fields.subList(1, fields.size())), new TreeSet<>(listed),
                        DOC + ": the fields of " + type + " (enum)");
            } else {
                assertEquals(fields, listed, DOC + ": the fields of " + type + ", in declaration order");
            }
        });
    }

    /** Each {@code ### Name} section of the doc and its table rows, as {@code field: Type}. */
    private static Map<String, List<String>> documented() throws IOException {
        Map<String, List<String>> types = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : Files.readAllLines(DOC)) {
            Matcher heading = HEADING.matcher(line);
            Matcher row = ROW.matcher(line);
            if (heading.matches()) {
                current = new ArrayList<>();
                types.put(heading.group(1), current);
            } else if (line.startsWith("#")) {
                current = null;
            } else if (current != null && row.matches()) {
                current.add(row.group(1) + ": " + row.group(2));
            }
        }
        return types;
    }

    /**
     * Every record and enum reachable from {@link #PAGES}, as {@code field: Type}; an enum's list starts with
     * {@code enum <name>}.
     */
    private static Map<String, List<String>> reachable() {
        Map<String, List<String>> types = new LinkedHashMap<>();
        Deque<Class<?>> todo = new ArrayDeque<>(PAGES);
        while (!todo.isEmpty()) {
            Class<?> c = todo.poll();
            if (types.containsKey(name(c))) {
                continue;
            }
            List<String> fields = new ArrayList<>();
            if (c.isRecord()) {
                for (RecordComponent component : c.getRecordComponents()) {
                    fields.add(component.getName() + ": " + name(component.getGenericType()));
                    modelTypes(component.getGenericType(), todo);
                }
            } else if (c.isEnum()) {
                fields.add("enum " + name(c));
                Arrays.stream(c.getDeclaredMethods())
                        .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                        .filter(m -> m.getParameterCount() == 0)
                        .map(m -> m.getName() + ": " + name(m.getGenericReturnType()))
                        .sorted()
                        .forEach(fields::add);
            } else {
                throw new AssertionError(c + " is reachable from a page model but is neither a record nor an enum");
            }
            types.put(name(c), fields);
        }
        return types;
    }

    /** The page-model classes that {@code type} names: itself, or the elements of a list. */
    private static void modelTypes(Type type, Deque<Class<?>> out) {
        if (type instanceof Class<?> c && c.getPackageName().equals(ThemingDocTest.class.getPackageName())) {
            out.add(c);
        } else if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                modelTypes(argument, out);
            }
        }
    }

    /** A type as the doc writes it: {@code String}, {@code List<IncidentCard>}, {@code Chart.Line}. */
    private static String name(Type type) {
        if (type instanceof Class<?> c) {
            return c.getEnclosingClass() == null ? c.getSimpleName() : c.getEnclosingClass().getSimpleName() + "."
                    + c.getSimpleName();
        }
        if (type instanceof ParameterizedType p) {
            List<String> arguments = Arrays.stream(p.getActualTypeArguments()).map(ThemingDocTest::name).toList();
            return name(p.getRawType()) + "<" + String.join(", ", arguments) + ">";
        }
        return type.getTypeName();
    }
}
