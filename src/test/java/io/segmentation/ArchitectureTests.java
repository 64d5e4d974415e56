package io.segmentation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards the layout of docs/ARCHITECTURE.md: no cycle between top-level packages, no framework in the numerical
 * core, and the package graph in that document equal to the one the code has.
 */
class ArchitectureTests {

    /** The numerical core: plain Java (and Commons Math), no Spring, no MongoDB driver, no Jakarta APIs. */
    static final List<String> CORE = List.of("maths", "cleaning", "rfm", "rules", "clustering", "clv");

    private static final String ROOT = "io.segmentation";
    private static final Path DOC = Path.of("docs/ARCHITECTURE.md");

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void topLevelPackagesHaveNoCycle() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void numericalCoreUsesNoFrameworkAndNoDatabase() {
        noClasses().that().resideInAnyPackage(CORE.stream().map(p -> ROOT + "." + p + "..").toArray(String[]::new))
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..",
                        "org.bson..", "jakarta..", "io.swagger..", "tools.jackson..", "com.fasterxml..")
                .check(classes);
    }

    @Test
    void numericalCoreUsesOnlyTheCore() {
        Map<String, Set<String>> graph = packageGraph(classes);
        for (String core : CORE) {
            assertThat(graph.getOrDefault(core, Set.of())).as("packages %s uses", core).isSubsetOf(CORE);
        }
    }

    @Test
    void documentedGraphIsTheCodesGraph() throws IOException {
        Map<String, Set<String>> actual = packageGraph(classes);
        Map<String, Set<String>> documented = documentedGraph(Files.readString(DOC));
        assertThat(documented)
                .as("the 'may use' column of %s; the code's graph is %s", DOC, actual)
                .isEqualTo(actual);
        assertThat(drawnEdges(Files.readString(DOC)))
                .as("the mermaid graph of %s; the code's edges are:%n%s", DOC, mermaid(actual))
                .isEqualTo(edges(actual));
    }

    private static Set<String> edges(Map<String, Set<String>> graph) {
        Set<String> edges = new TreeSet<>();
        graph.forEach((from, uses) -> uses.forEach(to -> edges.add(from + " --> " + to)));
        return edges;
    }

    private static String mermaid(Map<String, Set<String>> graph) {
        return String.join("\n", edges(graph).stream().map(e -> "    " + e).toList());
    }

    /** The {@code a --> b} lines of the document's mermaid block. */
    static Set<String> drawnEdges(String markdown) {
        return Pattern.compile("^\\s*([a-z]+) --> ([a-z]+)\\s*$", Pattern.MULTILINE).matcher(markdown).results()
                .map(r -> r.group(1) + " --> " + r.group(2)).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Top-level package -> the other top-level packages its classes use. */
    static Map<String, Set<String>> packageGraph(JavaClasses classes) {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (JavaClass c : classes) {
            String from = topLevel(c.getPackageName());
            if (from == null) {
                continue;
            }
            Set<String> uses = graph.computeIfAbsent(from, k -> new TreeSet<>());
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String to = topLevel(d.getTargetClass().getPackageName());
                if (to != null && !to.equals(from)) {
                    uses.add(to);
                }
            }
        }
        return graph;
    }

    private static String topLevel(String packageName) {
        if (!packageName.startsWith(ROOT + ".")) {
            return null;
        }
        String rest = packageName.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** Reads the table rows {@code | `pkg` | owns | `a`, `b` |} of the document. */
    static Map<String, Set<String>> documentedGraph(String markdown) {
        Pattern row = Pattern.compile("^\\|\\s*`([a-z]+)/?`\\s*\\|[^|]*\\|([^|]*)\\|\\s*$", Pattern.MULTILINE);
        Matcher m = row.matcher(markdown);
        Map<String, Set<String>> graph = new TreeMap<>();
        while (m.find()) {
            Set<String> uses = Pattern.compile("`([a-z]+)/?`").matcher(m.group(2)).results()
                    .map(r -> r.group(1)).collect(Collectors.toCollection(TreeSet::new));
            graph.put(m.group(1), uses);
        }
        return graph;
    }
}
