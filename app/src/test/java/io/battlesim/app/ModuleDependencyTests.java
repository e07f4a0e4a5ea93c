package io.battlesim.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The arrows between the Maven modules point one way: {@code app} uses the others, {@code battle-engine} uses
 * none, the emulator does not use the client, and neither the SDK nor the engine knows Spring. Maven's
 * dependency lists make most of this hold at compile time; these rules keep it so if someone adds a
 * dependency to a pom.
 */
class ModuleDependencyTests {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.battlesim");
    }

    @Test
    void engineDependsOnNoOtherModule() {
        noClasses()
                .that()
                .resideInAPackage("io.battlesim.engine..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.battlesim.app..", "io.battlesim.tiktok..", "io.battlesim.bench..")
                .check(classes);
    }

    @Test
    void engineHasNoFrameworkNorIo() {
        noClasses()
                .that()
                .resideInAPackage("io.battlesim.engine..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..", "jakarta..", "java.sql..", "java.io..", "java.net..", "java.nio..")
                .check(classes);
    }

    @Test
    void emulatorDoesNotUseTheClient() {
        noClasses()
                .that()
                .resideInAPackage("io.battlesim.tiktok.emulator..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.battlesim.tiktok.client..", "io.battlesim.app..", "io.battlesim.engine..")
                .check(classes);
    }

    @Test
    void clientKnowsNoSpringNorOtherModules() {
        noClasses()
                .that()
                .resideInAPackage("io.battlesim.tiktok.client..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "io.battlesim.tiktok.emulator..",
                        "io.battlesim.app..",
                        "io.battlesim.engine..")
                .check(classes);
    }

    @Test
    void emulatorKnowsNoSpring() {
        noClasses()
                .that()
                .resideInAPackage("io.battlesim.tiktok.emulator..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.springframework..")
                .check(classes);
    }
}
