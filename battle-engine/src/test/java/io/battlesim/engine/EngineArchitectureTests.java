package io.battlesim.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/** The engine's purity is checked, not promised: plain Java, no I/O, no threads, no frameworks, no cycles. */
class EngineArchitectureTests {

    private static final String ENGINE = "io.battlesim.engine";

    private static final JavaClasses ENGINE_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ENGINE);

    private static final SliceAssignment FEATURES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (name.equals(ENGINE)) {
                return SliceIdentifier.of("engine (api)");
            }
            if (name.startsWith(ENGINE + ".")) {
                return SliceIdentifier.of(name.substring(ENGINE.length() + 1).split("\\.")[0]);
            }
            return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "engine feature packages";
        }
    };

    @Test
    void importsTheEngine() {
        assertThat(ENGINE_CLASSES.containPackage(ENGINE + ".gift")).isTrue();
        assertThat(ENGINE_CLASSES.contain(Battle.class)).isTrue();
    }

    @Test
    void dependsOnlyOnTheCoreJdkAndJSpecify() {
        classes()
                .that()
                .resideInAPackage(ENGINE + "..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        ENGINE + "..",
                        "java.lang",
                        "java.lang.invoke",
                        "java.lang.runtime",
                        "java.lang.constant",
                        "java.util",
                        "java.util.function",
                        // seeded randomness for agents, simulations and rollouts (never a clock)
                        "java.util.random",
                        "java.time",
                        "java.math",
                        "org.jspecify..")
                .check(ENGINE_CLASSES);
    }

    @Test
    void usesNoIoNetworkDatabaseOrFrameworks() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "java.io..",
                        "java.net..",
                        "java.nio..",
                        "java.sql..",
                        "javax.sql..",
                        "java.util.concurrent..",
                        "java.util.logging..",
                        "org.springframework..",
                        "jakarta..",
                        "javax..",
                        "org.slf4j..",
                        "io.battlesim.tiktok..",
                        "io.battlesim.app..")
                .check(ENGINE_CLASSES);
    }

    @Test
    void startsNoThreadsAndReadsNoClock() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .belongToAnyOf(Thread.class, ThreadLocal.class, java.time.Clock.class)
                .orShould()
                .callMethod(System.class, "currentTimeMillis")
                .orShould()
                .callMethod(System.class, "nanoTime")
                .orShould()
                .callMethod(java.time.Instant.class, "now")
                .check(ENGINE_CLASSES);
    }

    @Test
    void writesNothingToTheStandardStreams() {
        NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(ENGINE_CLASSES);
        NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(ENGINE_CLASSES);
        NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS.check(ENGINE_CLASSES);
    }

    @Test
    void hasNoPackageCycles() {
        slices().assignedFrom(FEATURES).should().beFreeOfCycles().check(ENGINE_CLASSES);
    }

    /**
     * The building blocks (events, gifts, power-ups, scoring, the audience rules) never see the battle; the packages
     * that play or read whole battles (agents, the simulator, the odds, tournaments) sit on top of it.
     */
    @Test
    void keepsFeaturePackagesIndependentOfTheApiPackage() {
        noClasses()
                .that()
                .resideOutsideOfPackages(
                        ENGINE, ENGINE + ".odds..", ENGINE + ".agent..", ENGINE + ".sim..", ENGINE + ".tournament..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(ENGINE)
                .check(ENGINE_CLASSES);
    }
}
