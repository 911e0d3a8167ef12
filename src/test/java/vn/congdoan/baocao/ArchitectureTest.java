package vn.congdoan.baocao;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seam between the engine and the features runs one way: {@code api} calls {@code process} and the
 * features, {@code process} calls the features, the features call neither and know nothing of Camunda.
 */
class ArchitectureTest {

    private static final List<String> FEATURES = List.of("cycle", "unit", "template", "report", "review", "document",
            "notification", "province", "spreadsheet", "system", "security", "people", "pdf", "dispatch", "delivery", "national");
    private static final Path SOURCES = Path.of("src/main/java/vn/congdoan/baocao");
    /** What a feature's source may not import; compile-time constants leave no trace in the classes. */
    private static final Pattern FORBIDDEN_IMPORT = Pattern.compile(
            "^import\\s+(static\\s+)?(vn\\.congdoan\\.baocao\\.(process|api)|org\\.camunda)\\.", Pattern.MULTILINE);

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.congdoan.baocao");
    }

    @Test
    void featuresKnowNeitherTheProcessNorTheApiNorTheEngine() {
        noClasses().that().resideInAnyPackage(FEATURES.stream().map(f -> "..baocao." + f + "..").toArray(String[]::new))
                .should().dependOnClassesThat().resideInAnyPackage("..baocao.process..", "..baocao.api..",
                        "org.camunda..")
                .check(classes);
    }

    @Test
    void onlyTheProcessUsesTheEngine() {
        noClasses().that().resideOutsideOfPackage("..baocao.process..")
                .should().dependOnClassesThat().resideInAnyPackage("org.camunda..")
                .check(classes);
    }

    @Test
    void theProcessDoesNotCallTheApi() {
        noClasses().that().resideInAPackage("..baocao.process..")
                .should().dependOnClassesThat().resideInAPackage("..baocao.api..")
                .check(classes);
    }

    /** Also by source: a feature reading a constant of {@code process} depends on it without a trace in its class. */
    @Test
    void noFeatureImportsTheProcessOrTheApiOrTheEngine() throws IOException {
        List<String> found = new ArrayList<>();
        for (String feature : FEATURES) {
            try (Stream<Path> files = Files.walk(SOURCES.resolve(feature))) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    FORBIDDEN_IMPORT.matcher(Files.readString(file)).results()
                            .forEach(import_ -> found.add(file + ": " + import_.group()));
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
