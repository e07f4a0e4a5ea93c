package io.battlesim.tiktok.client;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTests {

    private final JavaClasses sdk = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.battlesim.tiktok.client");

    @Test
    void dependsOnNoSpringAndNoOtherModule() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta..", "io.battlesim.tiktok.emulator..")
                .check(sdk);
    }

    @Test
    void followsTheGeneralCodingRules() {
        NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(sdk);
        NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(sdk);
        NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS.check(sdk);
    }
}
