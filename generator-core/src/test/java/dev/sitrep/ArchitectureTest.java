package dev.sitrep;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The package graph of generator-core, written down: which package may use which. Any other edge between sitrep's
 * packages fails the build, and so does a package that is not in the graph.
 *
 * <p>To add a package, add its line to {@link #GRAPH} with the packages it needs, keeping the graph one-way: a
 * package never uses one that is above it.
 */
@AnalyzeClasses(packages = "dev.sitrep", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /**
     * Each package and the packages of sitrep it may use: {@code facade} is {@code dev.sitrep} itself ({@link Sitrep},
     * {@link SitrepOptions}, the results); {@code site} includes its subpackages {@code html}, {@code feed},
     * {@code api} and {@code calendar}. The Maven plugin sits on top of the facade and {@code author}.
     *
     * <p>Some edges need a word: {@code i18n} (the strings of each language) sits below everything that writes
     * words, so the read stage can check a repository's strings files, the site can write them and {@code author}
     * can announce in the site's language; a finding carries a model {@code Location}, so whoever reads findings sees
     * the model;
     * {@code templating} holds the one FreeMarker configuration that the read stage checks a repository's templates
     * with and the site renders with;
     * {@code git} reads earlier versions of postmortems (the publication witness) with the parse stage; the authoring
     * tools of {@code author} check what they write through the facade.
     */
    static final String GRAPH = """
            model    ->
            markdown ->
            i18n     ->
            templating ->
            finding  -> model
            source   -> model finding
            parse    -> model finding source markdown i18n templating
            check    -> model finding
            metrics  -> model
            git      -> model finding source parse
            report   -> model finding
            cache    -> model finding
            site     -> model metrics markdown i18n cache templating
            facade   -> model finding source parse check metrics git site i18n cache templating
            author   -> facade model finding source parse report i18n
            """;

    /** Being deleted: the worker JVM. Nothing may use it, and it is not checked itself. */
    private static final String IGNORED = "worker";

    /**
     * The failure of the whole API that is not the input's fault. Every stage may throw it: it stays in the facade's
     * package because the plugin catches it there, and it uses nothing of sitrep.
     */
    private static final Class<?> SHARED = SitrepException.class;

    @ArchTest
    static void importsFollowTheGraph(JavaClasses classes) {
        List<String> violations = new ArrayList<>();
        graph().forEach((from, to) -> {
            List<String> allowed = new ArrayList<>();
            allowed.add(packages(from));
            to.forEach(p -> allowed.add(packages(p)));
            ArchRule rule = noClasses().that().resideInAPackage(packages(from))
                    .should().dependOnClassesThat(resideInAPackage("dev.sitrep..")
                            .and(not(resideInAnyPackage(allowed.toArray(new String[0]))))
                            .and(not(equivalentTo(SHARED))))
                    .as(from + " uses " + (to.isEmpty() ? "nothing of sitrep" : "only " + String.join(", ", to)));
            EvaluationResult result = rule.evaluate(classes);
            if (result.hasViolation()) {
                violations.add(result.getFailureReport().toString());
            }
        });
        assertTrue(violations.isEmpty(), () -> "imports against the package graph (see GRAPH):\n"
                + String.join("\n", violations));
    }

    @ArchTest
    static void everyPackageIsInTheGraph(JavaClasses classes) {
        Set<String> found = new TreeSet<>();
        for (JavaClass c : classes) {
            String name = c.getPackageName();
            if (name.startsWith("dev.sitrep")) {
                String top = name.equals("dev.sitrep") ? "facade" : name.substring("dev.sitrep.".length()).split("\\.")[0];
                if (!top.equals(IGNORED)) {
                    found.add(top);
                }
            }
        }
        assertEquals(new TreeSet<>(graph().keySet()), found, "every package of generator-core has its line in GRAPH");
    }

    /**
     * The parts of the site (pages, feeds, JSON API, calendars) are independent of each other; they share only
     * dev.sitrep.site.
     */
    @ArchTest
    static final ArchRule siteParts = slices().matching("dev.sitrep.site.(*)..").should().notDependOnEachOther();

    /** The model is plain Java: records, enums and java.* only. */
    @ArchTest
    static final ArchRule modelIsPlainJava = classes().that().resideInAPackage("dev.sitrep.model..")
            .should().onlyDependOnClassesThat(resideInAnyPackage("dev.sitrep.model..", "java.."));

    /** The core runs without Maven: a plain main or a test can run the whole pipeline. */
    @ArchTest
    static final ArchRule noMaven = noClasses().should().dependOnClassesThat(resideInAPackage("org.apache.maven.."));

    /** {@link #GRAPH} as a map from each package to the packages it may use. */
    static Map<String, List<String>> graph() {
        Map<String, List<String>> graph = new LinkedHashMap<>();
        GRAPH.lines().forEach(line -> {
            String[] sides = line.split("->", -1);
            String to = sides[1].strip();
            graph.put(sides[0].strip(), to.isEmpty() ? List.of() : List.of(to.split("\\s+")));
        });
        return graph;
    }

    /** The ArchUnit package pattern of a package of the graph. */
    private static String packages(String name) {
        return name.equals("facade") ? "dev.sitrep" : "dev.sitrep." + name + "..";
    }
}
