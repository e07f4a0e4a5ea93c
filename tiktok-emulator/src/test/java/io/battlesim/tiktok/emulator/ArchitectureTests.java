package io.battlesim.tiktok.emulator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTests {

    private static final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importUrl(
                    TikTokEmulator.class.getProtectionDomain().getCodeSource().getLocation());

    @Test
    void usesNeitherTheClientNorSpring() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.battlesim.tiktok.client..", "org.springframework..", "io.battlesim.app..")
                .check(classes);
    }

    @Test
    void touchesTheServletApiOnlyInTheServletAdapter() {
        noClasses()
                .that()
                .doNotHaveSimpleName("EmulatorServlet")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("jakarta.servlet..")
                .check(classes);
    }

    @Test
    void keepsTheFeaturePackagesFreeOfTheWiringAndTransports() {
        noClasses()
                .that()
                .resideInAPackage("io.battlesim.tiktok.emulator.*..")
                .should()
                .dependOnClassesThat()
                .haveNameMatching("io\\.battlesim\\.tiktok\\.emulator\\."
                        + "(TikTokEmulator|EmulatorServer|EmulatorServlet|JdkExchangeHandler|Dispatcher)(\\$.*)?")
                .check(classes);
    }

    @Test
    void hasNoCyclesBetweenFeaturePackages() {
        slices().matching("io.battlesim.tiktok.emulator.(*)..")
                .should()
                .beFreeOfCycles()
                .check(classes);
    }
}
